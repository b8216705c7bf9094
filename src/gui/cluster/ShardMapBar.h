#pragma once

#include "ShardMap.h"
#include "WorkerPalette.h"

#include <QWidget>

#include <optional>

namespace shardscope {

// One Citus table drawn as its hash space: the int32 range from -2147483648 to 2147483647
// as a bar, one segment per shard, as wide as its range, in the colour of the worker that
// holds it, with its row count when it fits. A table without ranges (reference, Citus local)
// is one shard: the bar is split into its copies, one per node. A located value marks its
// hash on the bar and outlines its shard; hovering a segment tells its shard, range, worker
// and rows; clicking one picks it (shardClicked()). Below, each worker's colour with its
// shards and rows. The shards of a worker that does not answer (setLostWorkers()) are
// greyed and hatched: their rows are out of reach until it is back.
class ShardMapBar : public QWidget
{
    Q_OBJECT

public:
    explicit ShardMapBar(QWidget *parent = nullptr);

    void setTable(const ShardMapTable &table);
    const ShardMapTable &table() const { return m_table; }
    void setPalette(const WorkerPalette &palette);
    // Outlines the shard, and marks hash on the bar when there is one.
    void highlight(qint64 shardId, std::optional<qint32> hash = {});
    void clearHighlight();
    // Workers that do not answer: their shards greyed, the legend saying so.
    void setLostWorkers(const QList<NodeAddress> &workers);
    const QList<NodeAddress> &lostWorkers() const { return m_lost; }
    bool isLost(const NodeAddress &worker) const { return m_lost.contains(worker); }
    // The colour a piece held by worker is filled with: its own, or grey when it is lost.
    QColor fillOf(const NodeAddress &worker) const;
    std::optional<qint64> highlightedShard() const { return m_highlight; }

    // The shard of the segment at pos, in this widget's coordinates.
    std::optional<qint64> shardAt(const QPoint &pos) const;
    // The segment's rectangle, for each copy of it (one, unless the table has no ranges).
    QList<QRectF> segmentRects(qint64 shardId) const;
    QString toolTipFor(const ShardSegment &shard, const NodeAddress &worker) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void shardClicked(qint64 shardId);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Piece {
        QRectF rect;
        const ShardSegment *shard;
        NodeAddress worker;
    };
    // Where each segment (or copy) is drawn, left to right.
    QList<Piece> pieces() const;
    QRectF barRect() const;
    double xOfHash(qint32 hash) const;
    void paintPiece(QPainter &painter, const Piece &piece) const;
    void paintLostHatch(QPainter &painter, const QRectF &rect) const;
    void paintMarker(QPainter &painter) const;
    void paintAxis(QPainter &painter) const;
    void paintLegend(QPainter &painter) const;

    ShardMapTable m_table;
    WorkerPalette m_palette;
    std::optional<qint64> m_highlight;
    std::optional<qint32> m_hash;
    QList<NodeAddress> m_lost;
};

} // namespace shardscope
