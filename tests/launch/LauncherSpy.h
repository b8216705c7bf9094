#pragma once

// Records what a ClusterLauncher reports and waits for the end of its operation.

#include "ClusterLauncher.h"

#include <QTest>

#include <optional>

class LauncherSpy : public QObject
{
public:
    struct Progress {
        int step;
        int total;
        QString label;
    };

    explicit LauncherSpy(shardscope::ClusterLauncher &launcher)
    {
        using shardscope::ClusterLauncher;
        connect(&launcher, &ClusterLauncher::progress, this,
                [this](int step, int total, const QString &label) { progress.append({step, total, label}); });
        connect(&launcher, &ClusterLauncher::logLine, this, [this](const QString &line) { log << line; });
        connect(&launcher, &ClusterLauncher::ready, this, [this](const shardscope::ClusterEndpoint &result) {
            endpoint = result;
            ++ends;
        });
        connect(&launcher, &ClusterLauncher::statusKnown, this, [this](const shardscope::ClusterStatus &result) {
            status = result;
            ++ends;
        });
        connect(&launcher, &ClusterLauncher::stopped, this, [this] {
            stopped = true;
            ++ends;
        });
        connect(&launcher, &ClusterLauncher::failed, this, [this](const shardscope::LaunchError &result) {
            error = result;
            ++ends;
        });
    }

    // A guard against hanging, not a measure: the operations end far sooner, and the bound
    // is well inside ctest's TIMEOUT. Says so when it runs out, before the QVERIFY fails.
    bool waitForEnd(int msecs = 30000)
    {
        if (QTest::qWaitFor([this] { return ends > 0; }, msecs))
            return true;
        qWarning("the launcher's operation did not end within %d s (last step: %s)", msecs / 1000,
                 progress.isEmpty() ? "none" : qPrintable(progress.constLast().label));
        return false;
    }

    // The error's text, for QVERIFY2 messages.
    QByteArray why() const
    {
        return error ? (error->message + QLatin1Char('\n') + error->log).toUtf8() : QByteArray("no error");
    }

    int ends = 0;
    std::optional<shardscope::ClusterEndpoint> endpoint;
    std::optional<shardscope::ClusterStatus> status;
    bool stopped = false;
    std::optional<shardscope::LaunchError> error;
    QList<Progress> progress;
    QStringList log;
};
