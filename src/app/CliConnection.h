#pragma once

#include "ConnectionProfile.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace shardscope {

class PgConnection;

// The --dsn option of the subcommands that talk to a server, and connecting with it. The
// password comes from the DSN, PGPASSWORD or ~/.pgpass, as libpq finds it: never from an
// option of ours, which other users could read in the process list.
class CliConnection
{
    Q_DECLARE_TR_FUNCTIONS(CliConnection)

public:
    static QCommandLineOption dsnOption();
    // An empty DSN leaves everything to libpq's defaults (PGHOST, PGPORT, ...).
    static ConnectionProfile profile(const QString &dsn);
    // Connects, or prints "shardscope: command: why" and returns false.
    static bool open(PgConnection &connection, const ConnectionProfile &profile, const QString &command);
};

} // namespace shardscope
