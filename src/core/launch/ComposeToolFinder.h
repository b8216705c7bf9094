#pragma once

#include "ComposeTool.h"
#include "LaunchError.h"

#include <QObject>
#include <QProcessEnvironment>

namespace shardscope {

class ProcessGroup;

// Looks for Docker Compose on the PATH of the environment the tools will run in: the v2
// plugin first (`docker compose version` must work: the docker CLI may be there without
// it), then v1's docker-compose. Reports found() or failed() once per find(), never from
// inside the call.
class ComposeToolFinder : public QObject
{
    Q_OBJECT

public:
    explicit ComposeToolFinder(QObject *parent = nullptr);

    void find(const QProcessEnvironment &environment);
    // Stops looking, without signals.
    void stop();

signals:
    void found(const shardscope::ComposeTool &tool);
    void failed(const shardscope::LaunchError &error);

private:
    void tryVersionOne(const QString &docker, const QString &pluginOutput);

    QProcessEnvironment m_environment;
    ProcessGroup *m_process = nullptr;
    quint64 m_attempt = 0; // bumped by stop(), so an answer already on its way is dropped
};

} // namespace shardscope
