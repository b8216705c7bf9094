#include "DistributePage.h"

#include "ClusterSession.h"
#include "DistributeStep.h"
#include "GlossaryButton.h"
#include "PgConnection.h"
#include "StatementRunner.h"
#include "Tutorial.h"
#include "WorkerBarChart.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace shardscope {

DistributePage::DistributePage(ClusterSession *session, QWidget *parent)
    : StepPage(session, session->tutorial()->distribute(),
               QUrl(QStringLiteral("https://docs.citusdata.com/en/stable/develop/api_udf.html#create-distributed-table")),
               parent)
    , m_runner(new StatementRunner(session->connection(), this))
    , m_columnLabel(new QLabel(this))
    , m_column(new QComboBox(this))
    , m_shardsLabel(new QLabel(this))
    , m_shards(new QSpinBox(this))
    , m_chart(new WorkerBarChart(this))
{
    m_column->setEditable(true);
    m_column->addItem(session->tutorial()->table().distributionColumn);
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_shards->setRange(0, 4096);
    m_shards->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_columnLabel->setBuddy(m_column);
    m_shardsLabel->setBuddy(m_shards);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_columnLabel, GlossaryButton::beside(m_column, QStringLiteral("distribution-column")));
    form->addRow(m_shardsLabel, GlossaryButton::beside(m_shards, QStringLiteral("shard")));
    contentLayout()->addLayout(form);
    addResultWidget(m_chart, 2);
    m_chart->hide();
    registerField(QStringLiteral("distributionColumn"), m_column, "currentText", SIGNAL(currentTextChanged(QString)));
    registerField(QStringLiteral("shardCount"), m_shards);
    connect(step(), &TutorialStep::stateChanged, this, &DistributePage::updateOptions);
    retranslateUi();
}

void DistributePage::retranslateUi()
{
    StepPage::retranslateUi();
    setSubTitle(tr("Citus splits the table into shards by the hash of one column and spreads them over the workers."));
    runButton()->setText(tr("&Distribute table"));
    runButton()->setAccessibleName(tr("Distribute the table"));
    m_columnLabel->setText(tr("Distribution &column:"));
    m_column->setAccessibleName(tr("Distribution column"));
    m_column->setToolTip(tr("Rows with the same value in this column always share a shard. It must be part of "
                            "the primary key."));
    m_shardsLabel->setText(tr("&Shards:"));
    m_shards->setSpecialValueText(tr("Citus default (32)"));
    m_shards->setAccessibleName(tr("Shard count"));
    m_chart->setTitles(tr("Shards per worker"), tr("Shards"));
}

DistributeStep *DistributePage::distribute() const
{
    return static_cast<DistributeStep *>(step());
}

void DistributePage::prepareRun()
{
    DemoTable table = session()->tutorial()->table();
    table.distributionColumn = m_column->currentText().trimmed();
    // Every later step (the row map, the queries) follows the column chosen here.
    session()->tutorial()->setTable(table);
    distribute()->setShardCount(m_shards->value() > 0 ? std::optional<int>(m_shards->value()) : std::nullopt);
}

void DistributePage::updateOptions()
{
    // What is distributed stays so: the choice only matters while there is work to do.
    const bool open = canRun();
    m_column->setEnabled(open);
    m_shards->setEnabled(open);
}

QString DistributePage::toDoText() const
{
    return tr("%1 is an ordinary table so far: pick the column and distribute it.").arg(distribute()->table().name);
}

void DistributePage::showResult()
{
    if (m_column->count() <= 1)
        loadColumns();
    DistributeStep *step = distribute();
    WorkerBarChart::Counts counts;
    for (const DistributeStep::ShardsOnWorker &worker : step->shardsPerWorker())
        counts.append({worker.worker, worker.shards});
    m_chart->setCounts(counts, WorkerPalette(session()->workers()));
    m_chart->setVisible(!counts.isEmpty());
}

void DistributePage::clearResult()
{
    m_chart->setCounts({}, WorkerPalette());
    m_chart->hide();
}

void DistributePage::loadColumns()
{
    if (m_runner->isBusy() || step()->isBusy())
        return;
    m_runner->run(QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = to_regclass($1) "
                                 "AND attnum > 0 AND NOT attisdropped ORDER BY attnum"),
                  {session()->connection()->quoteIdentifier(distribute()->table().name)}, [this](const StatementRunner::Reply &reply) {
                      if (!reply.ok() || reply.results.isEmpty())
                          return;
                      const QString chosen = m_column->currentText();
                      const QSignalBlocker blocker(m_column);
                      m_column->clear();
                      const PgResult &rows = reply.results.constLast();
                      for (int row = 0; row < rows.rowCount(); ++row)
                          m_column->addItem(rows.value(row, 0));
                      m_column->setCurrentText(chosen);
                  });
}

} // namespace shardscope
