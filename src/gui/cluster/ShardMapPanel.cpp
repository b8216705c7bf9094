#include "ShardMapPanel.h"

#include "ClusterSession.h"
#include "ShardMapBar.h"
#include "ShardMapReader.h"
#include "ShardMapText.h"
#include "TableTypeText.h"
#include "Tutorial.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace shardscope {

ShardMapPanel::ShardMapPanel(QWidget *parent)
    : QWidget(parent)
    , m_tableLabel(new QLabel(this))
    , m_tables(new QComboBox(this))
    , m_valueLabel(new QLabel(this))
    , m_value(new QLineEdit(this))
    , m_locate(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_note(new QLabel(this))
    , m_bar(new ShardMapBar(this))
    , m_path(new QLabel(this))
{
    m_tableLabel->setBuddy(m_tables);
    m_valueLabel->setBuddy(m_value);
    m_tables->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_value->setMaximumWidth(m_value->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
    for (QLabel *label : {m_status, m_note, m_path}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_path->font();
    bold.setBold(true);
    m_path->setFont(bold);
    m_progress->setMaximumWidth(m_progress->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 20);
    m_refresh->setShortcut(QKeySequence::Refresh);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_tableLabel);
    controls->addWidget(m_tables);
    controls->addSpacing(12);
    controls->addWidget(m_valueLabel);
    controls->addWidget(m_value);
    controls->addWidget(m_locate);
    controls->addStretch(1);
    controls->addWidget(m_progress);
    controls->addWidget(m_cancel);
    controls->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_note);
    layout->addWidget(m_bar);
    layout->addWidget(m_path);
    layout->addStretch(1);

    connect(m_refresh, &QPushButton::clicked, this, &ShardMapPanel::refresh);
    connect(m_locate, &QPushButton::clicked, this, [this] { locate(); });
    connect(m_value, &QLineEdit::returnPressed, this, [this] { locate(); });
    connect(m_tables, &QComboBox::currentIndexChanged, this, [this] {
        m_location.reset();
        showTable();
    });
    connect(m_bar, &ShardMapBar::shardClicked, this, &ShardMapPanel::showShard);
    setReading(false);
    retranslateUi();
}

void ShardMapPanel::setSession(ClusterSession *session)
{
    m_session = session;
    m_reader = new ShardMapReader(session->connection(), this);
    connect(m_reader, &ShardMapReader::progress, this, [this](int done, int total) {
        m_counted = done;
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_reader, &ShardMapReader::mapRead, this, [this] {
        setReading(false);
        m_error.clear();
        showMap(m_reader->map());
        locatePending();
        if (m_pendingShard != 0)
            showShard(std::exchange(m_pendingShard, 0));
    });
    connect(m_reader, &ShardMapReader::located, this, [this] {
        setReading(false);
        m_location = m_reader->locations().value(0);
        showLocation();
        emit located();
        locatePending();
    });
    connect(m_reader, &ShardMapReader::failed, this, &ShardMapPanel::showError);
    connect(m_cancel, &QPushButton::clicked, m_reader, &ShardMapReader::cancel);
    connect(session, &ClusterSession::clusterChanged, this, &ShardMapPanel::followSession);
    connect(session, &ClusterSession::connected, this, [this] {
        if (std::exchange(m_waitingForConnection, false))
            startRead();
    });
    connect(session, &ClusterSession::connectFailed, this, [this](const QString &message) {
        if (!std::exchange(m_waitingForConnection, false))
            return;
        setReading(false);
        m_error = message;
        retranslateUi();
        emit failed(message);
    });
    followSession();
}

void ShardMapPanel::setWorkerPalette(const WorkerPalette &palette)
{
    m_palette = palette;
    showTable();
}

void ShardMapPanel::followSession()
{
    // What was read is of the cluster before.
    if (m_reader)
        m_reader->cancel();
    m_waitingForConnection = false;
    m_error.clear();
    showMap({});
}

bool ShardMapPanel::isReading() const
{
    return m_waitingForConnection || (m_reader && m_reader->isBusy());
}

void ShardMapPanel::refresh()
{
    if (!m_session || isReading())
        return;
    m_error.clear();
    setReading(true);
    m_waitingForConnection = true;
    m_session->ensureConnected();
}

void ShardMapPanel::startRead()
{
    m_counted = 0;
    m_progress->setRange(0, 0);
    m_reader->read();
}

void ShardMapPanel::setReading(bool reading)
{
    m_progress->setVisible(reading);
    m_cancel->setVisible(reading);
    m_refresh->setEnabled(!reading);
    m_locate->setEnabled(!reading);
    retranslateUi();
}

void ShardMapPanel::showError(const ErrorDiagnosis &error)
{
    setReading(false);
    m_error = error.explanation;
    retranslateUi();
    emit failed(m_error);
}

void ShardMapPanel::showMap(const ShardMap &map)
{
    const QString shown = currentTable();
    m_map = map;
    m_location.reset();
    const QSignalBlocker blocker(m_tables);
    m_tables->clear();
    for (const ShardMapTable &table : m_map.tables)
        m_tables->addItem(table.name);
    // The table shown before, else the tutorial's, else the first.
    const QString tutorial = m_session ? m_session->tutorial()->table().name : QString();
    for (const QString &wanted : {shown, tutorial}) {
        if (const int index = m_tables->findText(wanted); index >= 0) {
            m_tables->setCurrentIndex(index);
            break;
        }
    }
    showTable();
    emit mapShown();
}

QString ShardMapPanel::currentTable() const
{
    return m_tables->currentText();
}

void ShardMapPanel::setCurrentTable(const QString &table)
{
    m_tables->setCurrentIndex(m_tables->findText(table));
}

const ShardMapTable *ShardMapPanel::shownTable() const
{
    return m_map.table(currentTable());
}

void ShardMapPanel::showTable()
{
    const ShardMapTable *table = shownTable();
    m_bar->setTable(table ? *table : ShardMapTable{});
    m_bar->setPalette(m_palette.including(table ? table->workers() : QList<NodeAddress>{}));
    m_bar->setVisible(table != nullptr);
    m_value->setEnabled(table && table->isHashDistributed());
    showLocation();
    retranslateUi();
}

void ShardMapPanel::locate(const QString &value)
{
    const QString wanted = value.isEmpty() ? m_value->text().trimmed() : value;
    if (wanted.isEmpty() || !m_reader)
        return;
    m_value->setText(wanted);
    if (m_map.tables.isEmpty()) {
        // Read first, then follow it.
        m_pendingValue = wanted;
        refresh();
        return;
    }
    if (!shownTable())
        return;
    if (isReading()) {
        // Followed once the read under way is over (a refresh after the workers changed,
        // say): a value asked for meanwhile is not dropped.
        m_pendingValue = wanted;
        return;
    }
    setReading(true);
    m_reader->locate(currentTable(), {wanted});
}

void ShardMapPanel::locatePending()
{
    if (!m_pendingValue.isEmpty())
        locate(std::exchange(m_pendingValue, {}));
}

void ShardMapPanel::showShard(qint64 shardId)
{
    if (m_map.tables.isEmpty()) {
        // Read first, then show it.
        m_pendingShard = shardId;
        refresh();
        return;
    }
    for (const ShardMapTable &table : m_map.tables) {
        if (table.shard(shardId)) {
            setCurrentTable(table.name);
            m_bar->highlight(shardId);
            emit highlightChanged();
            return;
        }
    }
}

void ShardMapPanel::showLocation()
{
    const ShardMapTable *table = shownTable();
    if (m_location && table)
        m_bar->highlight(m_location->shardId, m_location->hash);
    m_path->setText(locationText());
    emit highlightChanged();
}

QString ShardMapPanel::locationText() const
{
    const ShardMapTable *table = shownTable();
    return m_location && table ? ShardMapText::locationLine(*table, *m_location) : QString();
}

QString ShardMapPanel::statusText() const
{
    return m_status->text();
}

QString ShardMapPanel::tableNote() const
{
    return m_note->text();
}

void ShardMapPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ShardMapPanel::retranslateUi()
{
    m_tableLabel->setText(tr("&Table:"));
    const ShardMapTable *table = shownTable();
    m_valueLabel->setText(table && table->isHashDistributed() ? tr("&Value of %1:").arg(table->distributionColumn)
                                                              : tr("&Value:"));
    m_value->setPlaceholderText(tr("e.g. 1"));
    m_value->setAccessibleName(tr("Value of the distribution column to follow"));
    m_locate->setText(tr("&Where does it go?"));
    m_refresh->setText(tr("&Refresh"));
    m_cancel->setText(tr("Cancel"));
    m_progress->setFormat(tr("Counting rows: %v of %m tables"));

    if (isReading())
        m_status->setText(m_map.tables.isEmpty() ? tr("Reading the shards…")
                                                 : tr("Reading…"));
    else if (!m_error.isEmpty())
        m_status->setText(tr("The shard map could not be read: %1").arg(m_error));
    else if (table)
        m_status->setText(tr("%1: %2, %3, %4")
                              .arg(table->name, TableTypeText::withColumn(table->type, table->distributionColumn),
                                   tr("%n shard(s)", nullptr, int(table->shards.size())),
                                   table->allCounted() ? tr("%Ln row(s)", nullptr, int(table->rows()))
                                                       : tr("rows not all counted")));
    else if (!m_session || !m_session->hasProfile())
        m_status->setText(tr("No cluster yet: start one with the tutorial wizard, then Refresh."));
    else
        m_status->setText(tr("Refresh to read where the rows of each Citus table live."));

    if (!table)
        m_note->clear();
    else if (table->type == QLatin1String("reference"))
        m_note->setText(tr("A reference table: one shard, with a copy on every node, so that any worker joins with it "
                           "locally."));
    else if (!table->isHashDistributed())
        m_note->setText(tr("A Citus local table: one shard, on the coordinator."));
    else if (const QStringList colocated = m_map.colocatedWith(table->name); !colocated.isEmpty())
        m_note->setText(tr("Colocated with %1: the same segments on the same workers, so rows with the same %2 sit "
                           "together and join without leaving their worker.")
                            .arg(colocated.join(QStringLiteral(", ")), table->distributionColumn));
    else
        m_note->setText(tr("Each segment is a shard: the rows whose %1 hashes into its range. Type a value to "
                           "follow it.")
                            .arg(table->distributionColumn));
    m_path->setText(locationText());
}

} // namespace shardscope
