#include "ClusterEndpoint.h"

#include "ConnInfoValue.h"

namespace shardscope {

QString ClusterEndpoint::loopbackDsn(int port, const QString &passFile)
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=postgres passfile=%2")
        .arg(port)
        .arg(ConnInfoValue::quoted(passFile));
}

} // namespace shardscope
