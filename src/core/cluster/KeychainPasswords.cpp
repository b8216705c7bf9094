#include "KeychainPasswords.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace shardscope {

namespace {

const QString program = QStringLiteral("secret-tool");

QStringList attributes(const QString &conninfo)
{
    return {QStringLiteral("application"), QStringLiteral("shardscope"), QStringLiteral("conninfo"), conninfo};
}

} // namespace

KeychainPasswords::KeychainPasswords(QObject *parent) : QObject(parent) {}

KeychainPasswords::~KeychainPasswords()
{
    if (m_process) {
        // A password being stored must not be lost because its page closed: secret-tool
        // takes milliseconds, so it gets a moment to finish before it is stopped.
        m_process->disconnect(this);
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
}

bool KeychainPasswords::isAvailable()
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

void KeychainPasswords::lookup(const QString &conninfo)
{
    run(Operation::Lookup, conninfo, QStringList{QStringLiteral("lookup")} + attributes(conninfo));
}

void KeychainPasswords::store(const QString &conninfo, const QString &password)
{
    // The password goes through a pipe, never on a command line other users could read.
    run(Operation::Store, conninfo,
        QStringList{QStringLiteral("store"), QStringLiteral("--label"), tr("ShardScope: %1").arg(conninfo)}
            + attributes(conninfo),
        password.toUtf8());
}

void KeychainPasswords::forget(const QString &conninfo)
{
    run(Operation::Forget, conninfo, QStringList{QStringLiteral("clear")} + attributes(conninfo));
}

void KeychainPasswords::run(Operation operation, const QString &conninfo, const QStringList &arguments,
                            const QByteArray &input)
{
    if (m_process || !isAvailable()) {
        QTimer::singleShot(0, this, [this, operation, conninfo] { finish(operation, conninfo, false); });
        return;
    }
    m_process = new QProcess(this);
    connect(m_process, &QProcess::finished, this, [this, operation, conninfo](int code, QProcess::ExitStatus status) {
        finish(operation, conninfo, status == QProcess::NormalExit && code == 0);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this, operation, conninfo](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(operation, conninfo, false);
    });
    m_process->start(program, arguments);
    if (!input.isNull()) {
        m_process->write(input);
        m_process->closeWriteChannel();
    }
}

void KeychainPasswords::finish(Operation operation, const QString &conninfo, bool ok)
{
    QString password;
    if (m_process) {
        if (ok && operation == Operation::Lookup)
            password = QString::fromUtf8(m_process->readAllStandardOutput());
        m_process->deleteLater();
        m_process = nullptr;
    }
    switch (operation) {
    case Operation::Lookup:
        emit found(conninfo, password);
        break;
    case Operation::Store:
        emit stored(conninfo, ok);
        break;
    case Operation::Forget:
        emit forgotten(conninfo);
        break;
    }
}

} // namespace shardscope
