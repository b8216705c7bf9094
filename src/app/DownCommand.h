#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace shardscope {

// `shardscope down [--mode docker|local] [--data-dir DIR] [--volumes | --worker N]`: stops
// the cluster; with --volumes also deletes its data (Docker volumes, or the local servers'
// directories); with --worker only that worker, as if it were lost (up starts it again).
class DownCommand
{
    Q_DECLARE_TR_FUNCTIONS(DownCommand)

public:
    static constexpr const char *name = "down";
    static int run(const QStringList &arguments);
};

} // namespace shardscope
