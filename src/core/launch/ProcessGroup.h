#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>

namespace shardscope {

// Runs one program as the leader of a new process group, stdout and stderr merged and
// handed out line by line as they come. Stopping signals the whole group: the docker CLI
// runs `docker compose` as a child plugin and docker-compose v1 is a Python program with
// its own children, so signalling the direct child alone would leave them working.
//
// Reports exactly one of finished() and failedToStart(), never from inside a call.
class ProcessGroup : public QObject
{
    Q_OBJECT

public:
    explicit ProcessGroup(QObject *parent = nullptr);
    // Kills what still runs, without signals.
    ~ProcessGroup() override;

    void setEnvironment(const QProcessEnvironment &environment) { m_process.setProcessEnvironment(environment); }
    void setWorkingDirectory(const QString &directory) { m_process.setWorkingDirectory(directory); }
    // How long terminate() waits after SIGTERM before it sends SIGKILL. Default 5 s.
    void setKillGrace(int msecs) { m_killTimer.setInterval(msecs); }

    void start(const QString &program, const QStringList &arguments);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // SIGTERM to the group, SIGKILL to it if the leader has not exited after the grace
    // period. finished() follows as usual.
    void terminate();

    // Every line so far.
    const QStringList &output() const { return m_output; }

signals:
    void line(const QString &text);
    // The exit status, or -1 when a signal ended the program.
    void finished(int exitCode);
    void failedToStart(const QString &why);

private:
    void readOutput();
    void takeLine(QByteArray bytes);
    void signalGroup(int signal);

    QProcess m_process;
    QTimer m_killTimer;
    QByteArray m_partial;
    QStringList m_output;
};

} // namespace shardscope
