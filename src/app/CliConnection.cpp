#include "CliConnection.h"

#include "CliOutput.h"
#include "PgConnection.h"

namespace shardscope {

QCommandLineOption CliConnection::dsnOption()
{
    return QCommandLineOption(QStringLiteral("dsn"),
                              tr("libpq connection string of the coordinator: \"host=... port=... dbname=... "
                                 "user=...\" or postgresql://..."),
                              tr("DSN"));
}

ConnectionProfile CliConnection::profile(const QString &dsn)
{
    ConnectionProfile profile;
    profile.dsn = dsn;
    return profile;
}

bool CliConnection::open(PgConnection &connection, const ConnectionProfile &profile, const QString &command)
{
    PgError error;
    if (connection.connectBlocking(profile, &error))
        return true;
    CliOutput::fail(command, error.translatedText());
    return false;
}

} // namespace shardscope
