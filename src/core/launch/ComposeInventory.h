#pragma once

#include "ComposeResources.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QTimer>

#include <functional>

namespace shardscope {

class ProcessGroup;

// Lists, without blocking, what a Compose project has in the Docker engine (containers,
// volumes, networks), through the docker CLI and the labels Compose v1 and v2 both put on
// what they create. Reports taken() or failed() once per take(), never from inside it.
class ComposeInventory : public QObject
{
    Q_OBJECT

public:
    explicit ComposeInventory(QObject *parent = nullptr);

    // docker: the docker CLI's path; project: the Compose project's name.
    void take(const QString &docker, const QProcessEnvironment &environment, const QString &project);
    // Stops listing, without signals.
    void stop();
    bool isBusy() const { return m_process != nullptr; }

signals:
    void taken(const shardscope::ComposeResources &resources);
    void failed(const QString &why);

private:
    using Lines = std::function<void(const QStringList &lines)>;
    // Runs `docker arguments...`, hands its lines to then; failed() when it does not work.
    void run(const QStringList &arguments, Lines then);

    QString m_docker;
    QString m_filter;
    QProcessEnvironment m_environment;
    ProcessGroup *m_process = nullptr;
    ComposeResources m_resources;
    QTimer m_deadline;
};

} // namespace shardscope
