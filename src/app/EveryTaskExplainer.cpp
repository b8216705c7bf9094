#include "EveryTaskExplainer.h"

#include "ClusterSession.h"
#include "ExplainStep.h"

namespace shardscope {

EveryTaskExplainer::EveryTaskExplainer(ClusterSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_step(new ExplainStep(session->connection(), this))
{
    m_step->setAllTasks(true);
    connect(m_step, &TutorialStep::finished, this, &EveryTaskExplainer::finish);
    connect(session, &ClusterSession::connected, this, [this] {
        if (std::exchange(m_waitingForConnection, false))
            run();
    });
    connect(session, &ClusterSession::connectFailed, this, [this](const QString &message) {
        if (std::exchange(m_waitingForConnection, false)) {
            m_original.reset();
            emit failed(message);
        }
    });
}

bool EveryTaskExplainer::canExplain(const PlanDocumentPtr &document)
{
    return document && !document->statement.isEmpty();
}

bool EveryTaskExplainer::isBusy() const
{
    return m_original != nullptr;
}

void EveryTaskExplainer::explain(PlanDocumentPtr document)
{
    if (isBusy() || !canExplain(document))
        return;
    m_original = std::move(document);
    m_step->setStatement(m_original->statement);
    m_waitingForConnection = true;
    m_session->ensureConnected();
}

void EveryTaskExplainer::run()
{
    m_step->run();
}

void EveryTaskExplainer::finish()
{
    const PlanDocumentPtr original = std::exchange(m_original, nullptr);
    if (!original)
        return;
    if (m_step->state() != TutorialStep::State::Done || !m_step->plan()) {
        emit failed(m_step->error() ? m_step->error()->explanation : tr("The statement could not be explained."));
        return;
    }
    auto document = std::make_shared<PlanDocument>();
    document->plan = *m_step->plan();
    document->analysis = m_step->analysis();
    document->statement = original->statement;
    document->name = original->name;
    document->translatedName = original->translatedName;
    emit explained(document);
}

} // namespace shardscope
