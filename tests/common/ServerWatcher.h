#pragma once

// Stops the PostgreSQL servers under a test's directory and removes the directory once the
// test process has ended, however it ended.
//
// A test's destructors and scope guards do not run when its process is killed (ctest's
// TIMEOUT sends SIGKILL), aborts (qFatal) or crashes, and a postmaster is no child of the
// test: it would run on, and its directory stay in /tmp. So a watcher outside the test's
// process tree and session (neither ctest's kill nor a terminal's Ctrl-C reach it) polls
// for the test process, then stops (-m immediate) every server whose postmaster.pid it
// finds under the directory and removes the directory. It ends on its own once the
// directory is gone, as after a clean end of the test.

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <unistd.h>

namespace ServerWatcher {

// pgCtl: the command that runs pg_ctl as the servers' owner ("runuser -u postgres --
// /usr/lib/postgresql/15/bin/pg_ctl" as root).
inline bool watch(const QString &directory, const QStringList &pgCtl)
{
    static const QString script = QStringLiteral(
        "pid=$1; dir=$2; shift 2;"
        " while kill -0 \"$pid\" && [ -d \"$dir\" ]; do sleep 0.5; done;"
        " [ -d \"$dir\" ] || exit 0;"
        " find \"$dir\" -maxdepth 3 -name postmaster.pid | while read -r pidfile; do"
        "  \"$@\" -D \"${pidfile%/postmaster.pid}\" -m immediate -w -t 30 stop; done;"
        " rm -rf \"$dir\"");
    QStringList arguments = QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), script,
                                        QStringLiteral("shardscope-test-watcher"), QString::number(::getpid()), directory}
        + pgCtl;
    // setsid (util-linux) gives it a session of its own; without it, it still leaves the
    // test's process tree.
    QString program = QStandardPaths::findExecutable(QStringLiteral("setsid"));
    if (program.isEmpty())
        program = arguments.takeFirst();
    QProcess watcher;
    watcher.setProgram(program);
    watcher.setArguments(arguments);
    watcher.setWorkingDirectory(QStringLiteral("/"));
    // Not holding ctest's output pipe, which ctest reads to its end.
    watcher.setStandardInputFile(QProcess::nullDevice());
    watcher.setStandardOutputFile(QProcess::nullDevice());
    watcher.setStandardErrorFile(QProcess::nullDevice());
    return watcher.startDetached();
}

} // namespace ServerWatcher
