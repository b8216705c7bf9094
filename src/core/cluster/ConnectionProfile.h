#pragma once

#include "PgError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace shardscope {

// Where and as whom to connect: either the separate fields or a full libpq connection
// string (key=value or postgresql:// URI). A non-empty dsn wins over the fields.
class ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    using Parameters = QList<std::pair<QByteArray, QByteArray>>;

    QString host; // empty: libpq's default (PGHOST or the local socket)
    int port = 0; // 0: libpq's default
    QString database;
    QString user;
    QString sslMode; // disable, allow, prefer, require, verify-ca, verify-full; empty: prefer
    QString dsn;
    // Kept in memory only: nothing stores it. When empty, libpq looks at the DSN,
    // PGPASSWORD and ~/.pgpass as usual.
    QString password;

    // Keyword/value pairs for PQconnectStartParams, password included, checked by
    // PQconninfoParse. Nothing, and a InvalidConnectionString error, when malformed.
    std::optional<Parameters> parameters(PgError *error = nullptr) const;
    // The same as a key=value string without the password, for showing and storing;
    // empty when malformed.
    QString conninfo() const;

    // The dsn as it may be stored: as typed, or rewritten as key=value without its password
    // when it holds one (postgresql://user:secret@host, password=secret); empty when there
    // is none, and when it is malformed, since there is no telling where a password in it
    // would be.
    QString storableDsn() const;

private:
    QString connectionString() const;
    // What the connection string itself says, without this profile's password.
    std::optional<Parameters> parse(PgError *error) const;
};

} // namespace shardscope
