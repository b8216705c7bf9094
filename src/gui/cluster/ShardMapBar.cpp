#include "ShardMapBar.h"

#include "ShardMapText.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <limits>

namespace shardscope {

namespace {

constexpr double hashSpace = 4294967296.0; // 2^32 values of int32
constexpr int margin = 8;

// Black or white, whichever reads on the fill.
QColor textOn(const QColor &fill)
{
    return fill.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

struct WorkerShards {
    NodeAddress worker;
    int shards = 0;
    qint64 rows = 0;
};

QList<WorkerShards> totalsPerWorker(const ShardMapTable &table)
{
    QList<WorkerShards> totals;
    for (const NodeAddress &worker : table.workers())
        totals << WorkerShards{worker, 0, 0};
    for (const ShardSegment &shard : table.shards) {
        for (WorkerShards &total : totals) {
            if (shard.placements.contains(total.worker)) {
                ++total.shards;
                total.rows += shard.rows.value_or(0);
            }
        }
    }
    return totals;
}

} // namespace

ShardMapBar::ShardMapBar(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ShardMapBar::setTable(const ShardMapTable &table)
{
    m_table = table;
    m_highlight.reset();
    m_hash.reset();
    updateGeometry();
    update();
}

void ShardMapBar::setPalette(const WorkerPalette &palette)
{
    m_palette = palette;
    update();
}

void ShardMapBar::highlight(qint64 shardId, std::optional<qint32> hash)
{
    m_highlight = shardId;
    m_hash = hash;
    update();
}

void ShardMapBar::setLostWorkers(const QList<NodeAddress> &workers)
{
    m_lost = workers;
    update();
}

QColor ShardMapBar::fillOf(const NodeAddress &worker) const
{
    return isLost(worker) ? palette().color(QPalette::Mid) : m_palette.color(worker);
}

void ShardMapBar::clearHighlight()
{
    m_highlight.reset();
    m_hash.reset();
    update();
}

QSize ShardMapBar::sizeHint() const
{
    const int line = fontMetrics().lineSpacing();
    const int legend = int(m_table.workers().size());
    // Marker label, bar, axis, legend.
    return {fontMetrics().horizontalAdvance(QLatin1Char('x')) * 90,
            2 * margin + line * 2 + line * 3 + line * 2 + (line * 3 / 2) * legend};
}

QSize ShardMapBar::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40, sizeHint().height()};
}

QRectF ShardMapBar::barRect() const
{
    const int line = fontMetrics().lineSpacing();
    return QRectF(margin, margin + line * 2, width() - 2 * margin, line * 3);
}

double ShardMapBar::xOfHash(qint32 hash) const
{
    const QRectF bar = barRect();
    return bar.left() + (double(hash) - double(std::numeric_limits<qint32>::min())) / hashSpace * bar.width();
}

QList<ShardMapBar::Piece> ShardMapBar::pieces() const
{
    QList<Piece> result;
    const QRectF bar = barRect();
    for (const ShardSegment &shard : m_table.shards) {
        const NodeAddress first = shard.placements.value(0);
        if (shard.hasRange()) {
            // The right end is the next value's left edge: ranges include both ends.
            const double left = xOfHash(*shard.minHash);
            const double right = bar.left() + (double(*shard.maxHash) + 1.0 - double(std::numeric_limits<qint32>::min()))
                    / hashSpace * bar.width();
            result << Piece{QRectF(left, bar.top(), right - left, bar.height()), &shard, first};
            continue;
        }
        // Without a range the shard is the whole table: one piece per copy.
        const QList<NodeAddress> copies = shard.placements.isEmpty() ? QList<NodeAddress>{NodeAddress{}}
                                                                     : shard.placements;
        const double width = bar.width() / double(copies.size() * m_table.shards.size());
        for (const NodeAddress &copy : copies)
            result << Piece{QRectF(bar.left() + width * result.size(), bar.top(), width, bar.height()), &shard, copy};
    }
    return result;
}

std::optional<qint64> ShardMapBar::shardAt(const QPoint &pos) const
{
    for (const Piece &piece : pieces()) {
        if (piece.rect.contains(pos))
            return piece.shard->shardId;
    }
    return std::nullopt;
}

QList<QRectF> ShardMapBar::segmentRects(qint64 shardId) const
{
    QList<QRectF> rects;
    for (const Piece &piece : pieces()) {
        if (piece.shard->shardId == shardId)
            rects << piece.rect;
    }
    return rects;
}

QString ShardMapBar::toolTipFor(const ShardSegment &shard, const NodeAddress &worker) const
{
    QStringList lines;
    lines << tr("Shard %1").arg(shard.shardId);
    lines << (shard.hasRange() ? tr("Hash values %1").arg(ShardMapText::range(shard))
                               : tr("Every row of the table, a copy on every node"));
    lines << tr("On %1").arg(worker.isEmpty() ? tr("no node") : worker.toString());
    if (isLost(worker))
        lines << tr("%1 does not answer: queries that need this shard fail").arg(worker.toString());
    lines << (shard.rows ? tr("%Ln row(s)", nullptr, int(*shard.rows))
                         : tr("Rows not counted: %1").arg(shard.rowsError.isEmpty() ? tr("unknown")
                                                                                      : shard.rowsError.simplified()));
    return lines.join(QLatin1Char('\n'));
}

bool ShardMapBar::event(QEvent *event)
{
    // Presenter mode's larger font needs a taller bar and legend.
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (const Piece &piece : pieces()) {
            if (piece.rect.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), toolTipFor(*piece.shard, piece.worker), this,
                                   piece.rect.toAlignedRect());
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void ShardMapBar::mousePressEvent(QMouseEvent *event)
{
    if (const auto shard = shardAt(event->position().toPoint()))
        emit shardClicked(*shard);
    QWidget::mousePressEvent(event);
}

void ShardMapBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_table.shards.isEmpty())
        return;
    const QList<Piece> all = pieces();
    for (const Piece &piece : all)
        paintPiece(painter, piece);
    // The highlighted shard last, over its neighbours' edges.
    for (const Piece &piece : all) {
        if (piece.shard->shardId == m_highlight) {
            painter.setPen(QPen(palette().color(QPalette::WindowText), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(piece.rect.adjusted(1.5, -3, -1.5, 3));
        }
    }
    paintMarker(painter);
    paintAxis(painter);
    paintLegend(painter);
}

void ShardMapBar::paintPiece(QPainter &painter, const Piece &piece) const
{
    const QColor fill = fillOf(piece.worker);
    painter.setPen(QPen(palette().color(QPalette::Window), 1));
    // A picked shard stands out: the others fade a little.
    painter.setBrush(m_highlight && piece.shard->shardId != m_highlight ? fill.lighter(125) : fill);
    painter.drawRect(piece.rect);
    const bool lost = isLost(piece.worker);
    if (lost)
        paintLostHatch(painter, piece.rect);
    QString label;
    if (!piece.shard->hasRange())
        label = piece.worker.toString();
    else if (lost)
        label = QStringLiteral("?");
    else if (piece.shard->rows)
        label = QLocale().toString(*piece.shard->rows);
    if (label.isEmpty() || fontMetrics().horizontalAdvance(label) + 4 > piece.rect.width())
        return;
    painter.setPen(textOn(fill));
    painter.drawText(piece.rect, Qt::AlignCenter, label);
}

void ShardMapBar::paintLostHatch(QPainter &painter, const QRectF &rect) const
{
    // Hatched as well as grey: out of reach, whatever colours a screen or projector shows.
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QBrush(palette().color(QPalette::WindowText), Qt::BDiagPattern));
    painter.drawRect(rect);
    painter.restore();
}

void ShardMapBar::paintMarker(QPainter &painter) const
{
    if (!m_hash)
        return;
    const QRectF bar = barRect();
    const double x = xOfHash(*m_hash);
    const int line = fontMetrics().lineSpacing();
    painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
    painter.drawLine(QPointF(x, bar.top() - line * 0.6), QPointF(x, bar.bottom()));
    QPainterPath arrow;
    arrow.moveTo(x, bar.top());
    arrow.lineTo(x - line * 0.35, bar.top() - line * 0.5);
    arrow.lineTo(x + line * 0.35, bar.top() - line * 0.5);
    arrow.closeSubpath();
    painter.fillPath(arrow, palette().color(QPalette::WindowText));
    const QString text = tr("hash %1").arg(*m_hash);
    const double textWidth = fontMetrics().horizontalAdvance(text);
    // Kept inside the widget near either end.
    const double left = qBound<double>(margin, x - textWidth / 2, width() - margin - textWidth);
    painter.drawText(QRectF(left, margin, textWidth + 2, line * 1.4), Qt::AlignLeft | Qt::AlignVCenter, text);
}

void ShardMapBar::paintAxis(QPainter &painter) const
{
    const QRectF bar = barRect();
    const int line = fontMetrics().lineSpacing();
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRectF row(bar.left(), bar.bottom() + 2, bar.width(), line * 1.4);
    if (m_table.isHashDistributed()) {
        painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, QString::number(std::numeric_limits<qint32>::min()));
        painter.drawText(row, Qt::AlignHCenter | Qt::AlignVCenter, QStringLiteral("0"));
        painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter, QString::number(std::numeric_limits<qint32>::max()));
    } else {
        painter.drawText(row, Qt::AlignHCenter | Qt::AlignVCenter,
                         tr("one shard (%1), a copy on each of %Ln node(s)", nullptr,
                            int(m_table.workers().size()))
                             .arg(m_table.shards.first().shardId));
    }
}

void ShardMapBar::paintLegend(QPainter &painter) const
{
    const QRectF bar = barRect();
    const int line = fontMetrics().lineSpacing();
    double y = bar.bottom() + line * 2;
    for (const WorkerShards &total : totalsPerWorker(m_table)) {
        const QRectF swatch(bar.left(), y + line * 0.15, line, line);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fillOf(total.worker));
        painter.drawRect(swatch);
        if (isLost(total.worker))
            paintLostHatch(painter, swatch);
        painter.setPen(palette().color(QPalette::WindowText));
        const QString text = isLost(total.worker)
            ? tr("%1: %2, does not answer: its rows cannot be read")
                  .arg(total.worker.toString(), tr("%n shard(s)", nullptr, total.shards))
            : tr("%1: %2, %3")
                  .arg(total.worker.toString(), tr("%n shard(s)", nullptr, total.shards),
                       tr("%Ln row(s)", nullptr, int(total.rows)));
        painter.drawText(QRectF(swatch.right() + line * 0.5, y, bar.width(), line * 1.3),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        y += line * 1.5;
    }
}

} // namespace shardscope
