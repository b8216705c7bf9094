#include "InsertDataPage.h"
#include "ui_InsertDataPage.h"

#include "BulkRows.h"
#include "ClusterSession.h"
#include "InsertStep.h"
#include "StatusLabel.h"
#include "Tutorial.h"
#include "WorkerBarChart.h"

#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace shardscope {

InsertDataPage::InsertDataPage(ClusterSession *session, QWidget *parent)
    : StepPage(session, session->tutorial()->insert(),
               QUrl(QStringLiteral("https://docs.citusdata.com/en/stable/develop/reference_dml.html")), parent)
    , m_ui(std::make_unique<Ui::InsertDataPage>())
    , m_form(new QWidget(this))
    , m_chart(new WorkerBarChart(this))
    , m_recheck(new QTimer(this))
{
    m_ui->setupUi(m_form);
    contentLayout()->addWidget(m_form);
    addResultWidget(m_chart);
    m_chart->hide();
    registerField(QStringLiteral("bulkLoad"), m_ui->bulk, "checked", SIGNAL(toggled(bool)));
    registerField(QStringLiteral("bulkRows"), m_ui->bulkRows);
    registerField(QStringLiteral("bulkUsers"), m_ui->bulkUsers);
    // Whether Run has work depends on the bulk choice: the buttons follow it, and the status,
    // which counts the bulk rows there against the number asked for, is checked again once
    // the typing stops.
    connect(m_ui->bulk, &QGroupBox::toggled, this, &InsertDataPage::showState);
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(400);
    connect(m_recheck, &QTimer::timeout, this, [this] {
        if (step()->state() == TutorialStep::State::Unchecked || step()->isBusy())
            return;
        applyBulkLoad();
        checkAgain();
    });
    const auto choiceChanged = [this] { m_recheck->start(); };
    connect(m_ui->bulk, &QGroupBox::toggled, this, choiceChanged);
    connect(m_ui->bulkRows, &QSpinBox::valueChanged, this, choiceChanged);
    connect(m_ui->bulkUsers, &QSpinBox::valueChanged, this, choiceChanged);
    connect(m_ui->bulkUsers, &QSpinBox::valueChanged, this, &InsertDataPage::describeBulkUsers);
    connect(step(), &TutorialStep::stateChanged, this, [this] { m_ui->bulk->setEnabled(!step()->isBusy()); });
    retranslateUi();
}

InsertDataPage::~InsertDataPage() = default;

void InsertDataPage::retranslateUi()
{
    StepPage::retranslateUi();
    m_ui->retranslateUi(m_form);
    setSubTitle(tr("Rows go to the coordinator, which sends each one to the shard its user_id hashes to."));
    runButton()->setText(tr("&Insert rows"));
    runButton()->setAccessibleName(tr("Insert the rows"));
    m_chart->setTitles(tr("Rows per worker"), tr("Rows"));
    describeBulkUsers();
}

void InsertDataPage::describeBulkUsers()
{
    const QLocale locale;
    const int users = m_ui->bulkUsers->value();
    m_ui->bulkHint->setText(
        tr("Made here and streamed with COPY … FROM STDIN, a single statement: Cancel leaves none of its rows, and "
           "rows already loaded are not loaded again. They belong to users %1 to %2, apart from the tutorial's "
           "users 1, 2 and 3: the tutorial's queries still find only its own rows.")
            .arg(locale.toString(BulkRows::firstUser()), locale.toString(BulkRows::lastUser(users))));
}

InsertStep *InsertDataPage::insert() const
{
    return static_cast<InsertStep *>(step());
}

void InsertDataPage::setBulkLoad(bool enabled, int rows, int users)
{
    m_ui->bulk->setChecked(enabled);
    m_ui->bulkRows->setValue(rows);
    m_ui->bulkUsers->setValue(users);
}

void InsertDataPage::initializePage()
{
    // The check counts the bulk rows already there, so it needs the choice too.
    applyBulkLoad();
    StepPage::initializePage();
}

void InsertDataPage::applyBulkLoad()
{
    insert()->setBulkLoad(m_ui->bulk->isChecked() ? m_ui->bulkRows->value() : 0, m_ui->bulkUsers->value());
}

void InsertDataPage::prepareRun()
{
    m_recheck->stop();
    applyBulkLoad();
}

bool InsertDataPage::canRun() const
{
    // Done with the tutorial's rows can still mean bulk rows to load: the run finds out.
    return StepPage::canRun() || (step()->state() == TutorialStep::State::Done && m_ui->bulk->isChecked());
}

QString InsertDataPage::toDoText() const
{
    return tr("Not all rows are there yet (%1): insert them.").arg(insert()->result().summary);
}

void InsertDataPage::showResult()
{
    WorkerBarChart::Counts counts;
    if (step()->state() == TutorialStep::State::Done) {
        for (const WorkerRows &worker : insert()->workerRows())
            counts.append({worker.worker, worker.rows});
    }
    m_chart->setCounts(counts, WorkerPalette(session()->workers()));
    m_chart->setVisible(!counts.isEmpty());
}

void InsertDataPage::showDoneStatus()
{
    if (insert()->isDistributed())
        return StepPage::showDoneStatus();
    const QString summary = lineStart(insert()->result().summary);
    if (!insert()->hasCitus()) {
        status()->setStatus(StatusLabel::Status::Warning,
                            tr("Not a Citus cluster: every row lives in one ordinary table on this server"),
                            tr("%1. This server has no Citus, so there are no shards and no workers to spread the "
                               "rows over. Start a Citus cluster on the cluster page to see them spread.")
                                .arg(summary));
        return;
    }
    status()->setStatus(StatusLabel::Status::Warning,
                        tr("The table is not distributed: every row lives on the coordinator"),
                        tr("%1. Distribute the table on the previous page to spread the rows over the workers.")
                            .arg(summary));
}

} // namespace shardscope
