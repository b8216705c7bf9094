#include "ClusterEndpoint.h"

namespace shardscope {

QString ClusterEndpoint::loopbackDsn(int port, const QString &passFile)
{
    QString quoted = passFile;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=postgres passfile='%2'").arg(port).arg(quoted);
}

} // namespace shardscope
