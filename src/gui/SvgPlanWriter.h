#pragma once

#include "SvgPaintEngine.h"

#include <QPaintDevice>
#include <QSizeF>

namespace shardscope {

// A paint device that keeps what is painted on it as compact SVG (see SvgPaintEngine):
// the plan scene paints itself here as it does on screen, so every item looks the same
// in the SVG, with the same level of detail, with no drawing code of its own.
class SvgPlanWriter : public QPaintDevice
{
public:
    // A drawing of this size, in pixels at 96 dpi.
    explicit SvgPlanWriter(QSizeF size);

    QPaintEngine *paintEngine() const override;
    // The SVG document of everything painted, once the painter has ended.
    QByteArray document(const QString &title, const QString &description) const;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSizeF m_size;
    mutable SvgPaintEngine m_engine;
};

} // namespace shardscope
