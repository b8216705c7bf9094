#pragma once

// The real shardscope executable run to its end, as a user runs it from a shell: its exit
// status (-1 when it crashed) and what it wrote on stdout and stderr.
//
//     const ShardscopeRun run({QStringLiteral("shards"), QStringLiteral("--dsn"), dsn});
//     QVERIFY2(run.status == 0, qPrintable(run.err));

#include <QProcess>
#include <QStringList>

struct ShardscopeRun {
    int status = -1;
    QString out;
    QString err;

    explicit ShardscopeRun(const QStringList &arguments, int timeoutMsecs = 120000)
    {
        QProcess process;
        process.start(QStringLiteral(SHARDSCOPE_BINARY), arguments);
        if (!process.waitForFinished(timeoutMsecs))
            qFatal("shardscope did not finish");
        status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        out = QString::fromUtf8(process.readAllStandardOutput());
        err = QString::fromUtf8(process.readAllStandardError());
    }
};
