#pragma once

#include "LaunchError.h"

#include <QCoreApplication>
#include <QStringList>

namespace shardscope {

// Tells from what docker compose (v1 or v2) printed why it failed, and says what to do.
class ComposeOutputClassifier
{
    Q_DECLARE_TR_FUNCTIONS(ComposeOutputClassifier)

public:
    // output: the tool's lines; exitCode -1 when a signal ended it; port: the coordinator
    // port asked for, named when Docker does not say which port was taken.
    static LaunchError classify(const QStringList &output, int exitCode, int port);
    // What to say when the coordinator's port is taken.
    static QString portInUse(int port);
};

} // namespace shardscope
