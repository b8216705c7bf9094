#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace shardscope {

// Finds each label of a drawing a place near the line it names, covering neither what
// must stay readable (cards, frame titles, headings, the legend) nor a label placed
// before it. Scene units: the drawing scales as a whole, so what is clear at one zoom is
// clear at every zoom.
class LabelPlacer
{
public:
    explicit LabelPlacer(std::vector<QRectF> obstacles);

    // Where a label of this size goes: centred on the first point of its line (in order of
    // preference) where it is clear, else beside that point on the side the line heads
    // for (sign of `heading`), else on the other side; when nothing is clear, where it
    // covers least. The place is taken for the labels after it.
    QRectF place(const QSizeF &size, const std::vector<QPointF> &along, double heading);

private:
    double covered(const QRectF &box) const;

    std::vector<QRectF> m_taken;
};

} // namespace shardscope
