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
    // port asked for, named when Docker does not say which port was taken. The error
    // keeps the output whole in its log and the line that says why as its cause.
    static LaunchError classify(const QStringList &output, int exitCode, int port);
    // What to say when the coordinator's port is taken.
    static QString portInUse(int port);
    // The one line of the output that says why: the exception that ended a Python
    // traceback (Compose v1), else the first line test picks out (Docker's own sentence),
    // else the last line.
    static QString cause(const QStringList &output, bool (*test)(const QString &) = nullptr);

private:
    static LaunchError kindOf(const QStringList &output, int exitCode, int port);
};

} // namespace shardscope
