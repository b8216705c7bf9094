#include "LabelPlacer.h"

#include <limits>

namespace shardscope {

namespace {

// Room kept between a label and what it must not touch.
constexpr double clearance = 3;

} // namespace

LabelPlacer::LabelPlacer(std::vector<QRectF> obstacles) : m_taken(std::move(obstacles)) {}

double LabelPlacer::covered(const QRectF &box) const
{
    const QRectF around = box.adjusted(-clearance, -clearance, clearance, clearance);
    double area = 0;
    for (const QRectF &taken : m_taken) {
        const QRectF overlap = around.intersected(taken);
        area += overlap.width() * overlap.height();
    }
    return area;
}

QRectF LabelPlacer::place(const QSizeF &size, const std::vector<QPointF> &along, double heading)
{
    const double side = heading < 0 ? -1 : 1;
    QRectF best;
    double least = std::numeric_limits<double>::infinity();
    for (const QPointF &point : along) {
        QRectF centred(QPointF(), size);
        centred.moveCenter(point);
        const double beside = size.width() / 2 + clearance;
        for (const QRectF &box : {centred, centred.translated(side * beside, 0), centred.translated(-side * beside, 0)}) {
            const double area = covered(box);
            if (area < least) {
                least = area;
                best = box;
            }
            if (area == 0)
                break;
        }
        if (least == 0)
            break;
    }
    m_taken.push_back(best);
    return best;
}

} // namespace shardscope
