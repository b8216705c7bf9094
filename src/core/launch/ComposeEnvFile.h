#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace shardscope {

// The compose project's .env: the nodes' password and the other Compose settings. Written
// on first start with a random password, readable by its owner only; a file the user
// wrote is used as it is.
class ComposeEnvFile
{
    Q_DECLARE_TR_FUNCTIONS(ComposeEnvFile)

public:
    // Creates the file when there is none. False, and *error, when it cannot.
    static bool ensure(const QString &path, QString *error);
    // KEY=VALUE lines, quotes around values removed; nothing, and *error, when unreadable.
    static std::optional<QHash<QString, QString>> read(const QString &path, QString *error);
};

} // namespace shardscope
