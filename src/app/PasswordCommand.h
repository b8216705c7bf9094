#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace shardscope {

// `shardscope password store|check|forget --dsn DSN`: the password of a connection in the
// desktop keychain, where the wizard finds it when its password field is left empty.
// store reads it from standard input. check exits 0 when one is saved, 1 when none is;
// every command exits 2, saying so, when there is no keychain to ask or it fails.
class PasswordCommand
{
    Q_DECLARE_TR_FUNCTIONS(PasswordCommand)

public:
    static constexpr const char *name = "password";
    static constexpr int notStoredStatus = 1;
    static int run(const QStringList &arguments);
};

} // namespace shardscope
