#include "SvgPlanWriter.h"

#include "PlanExporter.h"

#include <cmath>

namespace shardscope {

namespace {

constexpr int dpi = int(PlanExporter::screenDpi);

} // namespace

SvgPlanWriter::SvgPlanWriter(QSizeF size) : m_size(size)
{
}

QPaintEngine *SvgPlanWriter::paintEngine() const
{
    return &m_engine;
}

QByteArray SvgPlanWriter::document(const QString &title, const QString &description) const
{
    return m_engine.document(m_size, title, description);
}

int SvgPlanWriter::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return int(std::ceil(m_size.width()));
    case PdmHeight:
        return int(std::ceil(m_size.height()));
    case PdmWidthMM:
        return int(std::lround(m_size.width() * 25.4 / dpi));
    case PdmHeightMM:
        return int(std::lround(m_size.height() * 25.4 / dpi));
    case PdmNumColors:
        return 0xffffff;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return dpi;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    }
    return 0;
}

} // namespace shardscope
