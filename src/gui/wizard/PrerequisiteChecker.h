#pragma once

#include "StatusLabel.h"

#include <QObject>
#include <QProcessEnvironment>

class QProcess;

namespace shardscope {

class ComposeToolFinder;

// Finds out, without blocking, what this machine has for running a Citus cluster: Docker
// and its daemon, Docker Compose, local PostgreSQL server programs and Citus for them.
// Each answer comes as one result(); all of them before done().
class PrerequisiteChecker : public QObject
{
    Q_OBJECT

public:
    enum class Item { Docker, Compose, Postgres, Citus };
    Q_ENUM(Item)

    explicit PrerequisiteChecker(QObject *parent = nullptr);
    ~PrerequisiteChecker() override;

    // Starts again when already checking; the environment's PATH decides what is found.
    void check(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    bool isBusy() const { return m_pending > 0; }

signals:
    void result(shardscope::PrerequisiteChecker::Item item, shardscope::StatusLabel::Status status,
                const QString &text, const QString &hint);
    void done();

private:
    void checkDocker();
    void checkCompose();
    void checkPostgres();
    void stopProcesses();
    // Runs program; then(exitCode, output), exitCode -1 when it did not start or crashed.
    void run(const QString &program, const QStringList &arguments, std::function<void(int, const QString &)> then);
    void report(Item item, StatusLabel::Status status, const QString &text, const QString &hint = {});

    QProcessEnvironment m_environment;
    ComposeToolFinder *m_finder;
    QList<QProcess *> m_processes;
    int m_pending = 0;
};

} // namespace shardscope
