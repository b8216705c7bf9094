#pragma once

#include <QCoreApplication>
#include <QString>

namespace shardscope {

// A libpq password file, named by passfile= in the connection strings ShardScope prints,
// so that they can be shown, copied and stored without the password in them.
class PassFile
{
    Q_DECLARE_TR_FUNCTIONS(PassFile)

public:
    // One line for the user postgres on any host, port and database; readable by its
    // owner only, as libpq demands. False, and *error, when it cannot be written.
    static bool write(const QString &path, const QString &password, QString *error);
    // The password written by write(); empty when the file is missing or holds none.
    static QString read(const QString &path);
};

} // namespace shardscope
