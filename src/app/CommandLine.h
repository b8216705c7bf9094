#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace shardscope {

// The headless side of the executable: `shardscope <subcommand> ...`. Errors go to
// stderr as "shardscope: <what>: <why>" with exit status 2.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static bool isSubcommand(const QString &argument);
    // Subcommands that may draw a plan, which takes a QApplication.
    static bool drawsPlans(const QString &argument);
    static int run(const QStringList &arguments);
};

} // namespace shardscope
