#include "VerifyWorkersPage.h"

#include "ClusterCheckStep.h"
#include "ClusterSession.h"
#include "Tutorial.h"
#include "TutorialStep.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shardscope {

VerifyWorkersPage::VerifyWorkersPage(ClusterSession *session, QWidget *parent)
    : StepPage(session, session->tutorial()->clusterCheck(),
               QUrl(QStringLiteral("https://docs.citusdata.com/en/stable/develop/api_udf.html#citus-get-active-worker-nodes")),
               parent)
    , m_intro(new QLabel(this))
    , m_checkAgain(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    contentLayout()->addWidget(m_intro);
    addButton(m_checkAgain);
    connect(m_checkAgain, &QPushButton::clicked, this, &StepPage::checkAgain);
    connect(step(), &TutorialStep::stateChanged, this, [this] { m_checkAgain->setEnabled(!step()->isBusy()); });
    retranslateUi();
}

void VerifyWorkersPage::retranslateUi()
{
    StepPage::retranslateUi();
    setSubTitle(tr("Does the coordinator know its workers, and does each one answer?"));
    runButton()->setText(tr("&Register missing workers"));
    runButton()->setAccessibleName(tr("Register missing workers"));
    m_checkAgain->setText(tr("C&heck again"));
    m_checkAgain->setAccessibleName(tr("Check the workers again"));
    m_intro->setText(tr("Citus only places shards on workers registered with the coordinator, and a query that "
                        "needs a shard on a worker that does not answer fails."));
}

ClusterCheckStep *VerifyWorkersPage::clusterCheck() const
{
    return static_cast<ClusterCheckStep *>(step());
}

bool VerifyWorkersPage::canRun() const
{
    return StepPage::canRun() && !clusterCheck()->missingWorkers().isEmpty();
}

QString VerifyWorkersPage::toDoText() const
{
    return tr("%n worker(s) answer but are not registered yet.", nullptr, int(clusterCheck()->missingWorkers().size()));
}

// Here the session learns the cluster's workers, in node id order: their colours are then
// told apart for the whole cluster, the same in the tables below and in every chart and plan.
void VerifyWorkersPage::showResult()
{
    QList<NodeAddress> workers;
    for (const WorkerInfo &worker : clusterCheck()->cluster().workers)
        workers << worker.address;
    session()->setWorkers(workers);
}

} // namespace shardscope
