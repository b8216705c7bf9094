#include "ProcessGroup.h"

#include <csignal>
#include <utility>

#include <unistd.h>

namespace shardscope {

ProcessGroup::ProcessGroup(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // A tool that asks a question must not wait for an answer that never comes.
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(5000);
    connect(&m_killTimer, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ProcessGroup::readOutput);
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        m_killTimer.stop();
        readOutput();
        if (!m_partial.isEmpty())
            takeLine(std::exchange(m_partial, {}));
        emit finished(status == QProcess::NormalExit ? exitCode : -1);
    });
    // Queued: QProcess reports a missing program from inside start().
    connect(
        &m_process, &QProcess::errorOccurred, this,
        [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                emit failedToStart(m_process.errorString());
        },
        Qt::QueuedConnection);
}

ProcessGroup::~ProcessGroup()
{
    if (isRunning()) {
        disconnect(&m_process, nullptr, this, nullptr);
        signalGroup(SIGKILL);
        m_process.waitForFinished(1000);
    }
}

void ProcessGroup::start(const QString &program, const QStringList &arguments)
{
    m_output.clear();
    m_partial.clear();
    m_process.start(program, arguments);
}

void ProcessGroup::terminate()
{
    if (!isRunning())
        return;
    signalGroup(SIGTERM);
    m_killTimer.start();
}

void ProcessGroup::readOutput()
{
    m_partial += m_process.readAllStandardOutput();
    qsizetype end;
    while ((end = m_partial.indexOf('\n')) >= 0) {
        takeLine(m_partial.left(end));
        m_partial.remove(0, end + 1);
    }
}

void ProcessGroup::takeLine(QByteArray bytes)
{
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    const QString text = QString::fromLocal8Bit(bytes);
    m_output << text;
    emit line(text);
}

void ProcessGroup::signalGroup(int signal)
{
    const qint64 pid = m_process.processId();
    if (pid <= 0)
        return;
    // Right after fork the child may not have made its group yet: then only it exists.
    if (::kill(-pid_t(pid), signal) != 0)
        ::kill(pid_t(pid), signal);
}

} // namespace shardscope
