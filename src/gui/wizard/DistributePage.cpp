#include "DistributePage.h"

#include "DistributeStep.h"
#include "StatementRunner.h"
#include "Tutorial.h"
#include "WizardSession.h"
#include "WorkerBarChart.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace shardscope {

DistributePage::DistributePage(WizardSession *session, QWidget *parent)
    : StepPage(session, session->tutorial()->distribute(),
               QUrl(QStringLiteral("https://docs.citusdata.com/en/stable/develop/api_udf.html#create-distributed-table")),
               parent)
    , m_runner(new StatementRunner(session->connection(), this))
    , m_column(new QComboBox(this))
    , m_shards(new QSpinBox(this))
    , m_chart(new WorkerBarChart(tr("Shards per worker"), tr("Shards"), this))
{
    setSubTitle(tr("Citus splits the table into shards by the hash of one column and spreads them over the workers."));
    runButton()->setText(tr("&Distribute table"));
    runButton()->setAccessibleName(tr("Distribute the table"));
    m_column->setEditable(true);
    m_column->addItem(session->tutorial()->table().distributionColumn);
    m_column->setAccessibleName(tr("Distribution column"));
    m_shards->setRange(0, 4096);
    m_shards->setSpecialValueText(tr("Citus default (32)"));
    m_shards->setAccessibleName(tr("Shard count"));
    m_shards->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *form = new QFormLayout;
    form->addRow(tr("Distribution &column:"), m_column);
    form->addRow(tr("&Shards:"), m_shards);
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(m_chart);
    m_chart->hide();
    registerField(QStringLiteral("distributionColumn"), m_column, "currentText", SIGNAL(currentTextChanged(QString)));
    registerField(QStringLiteral("shardCount"), m_shards);
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
        counts.append({worker.worker.toString(), worker.shards});
    m_chart->setCounts(counts);
    m_chart->setVisible(!counts.isEmpty());
}

void DistributePage::loadColumns()
{
    if (m_runner->isBusy() || step()->isBusy())
        return;
    m_runner->run(QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = to_regclass($1) "
                                 "AND attnum > 0 AND NOT attisdropped ORDER BY attnum"),
                  {distribute()->table().name}, [this](const StatementRunner::Reply &reply) {
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
