#include "SvgPaintEngine.h"

#include "PlanExporter.h"

#include <QBuffer>
#include <QImage>
#include <QPainterPath>
#include <QPixmap>

#include <charconv>
#include <cmath>

namespace shardscope {

namespace {

// Hundredths of a pixel are finer than any screen or printer shows. Written from integers:
// double-to-text conversion was a tenth of the time of a 10,000-node export.
void appendNumber(QByteArray &out, double value)
{
    long long hundredths = std::llround(value * 100);
    if (hundredths < 0) {
        out += '-';
        hundredths = -hundredths;
    }
    char digits[24];
    const std::to_chars_result whole = std::to_chars(digits, digits + sizeof digits, hundredths / 100);
    out.append(digits, whole.ptr - digits);
    const int fraction = int(hundredths % 100);
    if (fraction == 0)
        return;
    out += '.';
    out += char('0' + fraction / 10);
    if (fraction % 10 != 0)
        out += char('0' + fraction % 10);
}

void appendPoint(QByteArray &out, const QPointF &point)
{
    appendNumber(out, point.x());
    out += ' ';
    appendNumber(out, point.y());
}

// The position and size attributes of a <rect> or an <image>, each quoted.
void appendBox(QByteArray &out, const QRectF &box)
{
    out += " x=\"";
    appendNumber(out, box.x());
    out += "\" y=\"";
    appendNumber(out, box.y());
    out += "\" width=\"";
    appendNumber(out, box.width());
    out += "\" height=\"";
    appendNumber(out, box.height());
    out += '"';
}

bool allowedInXml(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
           || (c >= 0x10000 && c <= 0x10FFFF);
}

// Text as XML character data or a double-quoted attribute value; characters XML cannot
// hold at all (control characters, broken surrogates) become U+FFFD.
void appendEscaped(QByteArray &out, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case '<': out += "&lt;"; continue;
        case '>': out += "&gt;"; continue;
        case '&': out += "&amp;"; continue;
        case '"': out += "&quot;"; continue;
        case '\'': out += "&apos;"; continue;
        default: break;
        }
        if (c >= 0x20 && c < 0x80) {
            out += char(c);
            continue;
        }
        char32_t code = c;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            code = QChar::surrogateToUcs4(c, text.at(++i).unicode());
        if (!allowedInXml(code))
            code = QChar::ReplacementCharacter;
        out += QString::fromUcs4(&code, 1).toUtf8();
    }
}

QByteArray colorName(const QColor &color)
{
    return color.name(QColor::HexRgb).toLatin1();
}

// "fill" or "stroke" of this colour, with its opacity when it is not opaque.
QByteArray paint(const char *property, const QColor &color, double opacity)
{
    QByteArray rule = property + QByteArray(":") + colorName(color) + ';';
    const double alpha = color.alphaF() * opacity;
    if (alpha < 1) {
        rule += property + QByteArray("-opacity:");
        appendNumber(rule, alpha);
        rule += ';';
    }
    return rule;
}

// QPainter::drawRoundedRect reaches a paint engine as the path QPainterPath::addRoundedRect
// makes: a move one radius below the top left corner, then a quarter arc (a curve of
// Bézier control points one kappa of the radius from its ends) and a side per corner.
// Recognised by its points (building that path to compare was a tenth of an export).
bool isRoundedRect(const QPainterPath &path, QRectF *rect, double *radius)
{
    if (path.elementCount() != 17 || !path.elementAt(0).isMoveTo())
        return false;
    const QRectF r = path.controlPointRect();
    const double rad = path.elementAt(0).y - r.top();
    if (rad <= 0)
        return false;
    constexpr double kappa = 0.5522847498;
    const double x = r.left(), y = r.top(), w = r.width(), h = r.height(), a = rad, b = rad - kappa * rad;
    const QPointF expected[17] = {{x, y + a},     {x, y + b},         {x + b, y},         {x + a, y},
                                  {x + w - a, y}, {x + w - b, y},     {x + w, y + b},     {x + w, y + a},
                                  {x + w, y + h - a}, {x + w, y + h - b}, {x + w - b, y + h}, {x + w - a, y + h},
                                  {x + a, y + h}, {x + b, y + h},     {x, y + h - b},     {x, y + h - a},
                                  {x, y + a}};
    const QPainterPath::ElementType types[4] = {QPainterPath::LineToElement, QPainterPath::CurveToElement,
                                                QPainterPath::CurveToDataElement, QPainterPath::CurveToDataElement};
    for (int i = 1; i < 17; ++i) {
        const QPainterPath::Element &element = path.elementAt(i);
        if (element.type != types[i % 4] || std::abs(element.x - expected[i].x()) > 1e-3
            || std::abs(element.y - expected[i].y()) > 1e-3)
            return false;
    }
    *rect = r;
    *radius = rad;
    return true;
}

} // namespace

SvgPaintEngine::SvgPaintEngine()
    : QPaintEngine(PrimitiveTransform | PatternTransform | PixmapTransform | PainterPaths | LinearGradientFill
                   | ConstantOpacity | AlphaBlend | Antialiasing)
{
}

bool SvgPaintEngine::begin(QPaintDevice *)
{
    m_body.clear();
    m_classes.clear();
    m_style.clear();
    m_defs.clear();
    m_gradients = 0;
    for (QByteArray &last : m_lastShape)
        last.clear();
    m_lastText.clear();
    return true;
}

bool SvgPaintEngine::end()
{
    return true;
}

void SvgPaintEngine::updateState(const QPaintEngineState &state)
{
    const DirtyFlags flags = state.state();
    if (flags & (DirtyPen | DirtyBrush | DirtyOpacity | DirtyTransform)) {
        for (QByteArray &last : m_lastShape)
            last.clear();
        m_lastText.clear();
    }
    if (flags & DirtyPen)
        m_pen = state.pen();
    if (flags & DirtyBrush)
        m_brush = state.brush();
    if (flags & DirtyFont)
        m_font = state.font();
    if (flags & DirtyOpacity)
        m_opacity = state.opacity();
    if (flags & DirtyTransform)
        m_transform = state.transform();
}

double SvgPaintEngine::scaled(double length) const
{
    return length * std::sqrt(std::abs(m_transform.determinant()));
}

QByteArray SvgPaintEngine::classFor(const QByteArray &rule, char prefix)
{
    auto found = m_classes.constFind(rule);
    if (found != m_classes.constEnd())
        return *found;
    const QByteArray name = prefix + QByteArray::number(m_classes.size());
    m_classes.insert(rule, name);
    m_style += '.' + name + '{' + rule + "}\n";
    return name;
}

QByteArray SvgPaintEngine::gradientFor(const QGradient &gradient)
{
    const QByteArray id = "g" + QByteArray::number(m_gradients++);
    const auto &linear = static_cast<const QLinearGradient &>(gradient);
    m_defs += "<linearGradient id=\"" + id + "\" gradientUnits=\"userSpaceOnUse\" x1=\"";
    appendNumber(m_defs, m_transform.map(linear.start()).x());
    m_defs += "\" y1=\"";
    appendNumber(m_defs, m_transform.map(linear.start()).y());
    m_defs += "\" x2=\"";
    appendNumber(m_defs, m_transform.map(linear.finalStop()).x());
    m_defs += "\" y2=\"";
    appendNumber(m_defs, m_transform.map(linear.finalStop()).y());
    m_defs += "\">";
    for (const QGradientStop &stop : gradient.stops()) {
        m_defs += "<stop offset=\"";
        appendNumber(m_defs, stop.first);
        m_defs += "\" stop-color=\"" + colorName(stop.second) + "\"/>";
    }
    m_defs += "</linearGradient>\n";
    return id;
}

QByteArray SvgPaintEngine::fillRule(Fill fill)
{
    if (fill == NoFill || m_brush.style() == Qt::NoBrush)
        return "fill:none;";
    // In the class, not on the element: QtSvg fills an element black when it has a
    // fill-rule attribute of its own.
    const QByteArray rule = fill == OddEven ? "fill-rule:evenodd;" : "";
    switch (m_brush.style()) {
    case Qt::LinearGradientPattern:
        // Gradients are few (the legend's colour scale): one definition each.
        return rule + "fill:url(#" + gradientFor(*m_brush.gradient()) + ");";
    default:
        return rule + paint("fill", m_brush.color(), m_opacity);
    }
}

QByteArray SvgPaintEngine::shapeClass(Fill fill)
{
    QByteArray &last = m_lastShape[fill];
    // A gradient is defined where it is used: never reused.
    if (last.isEmpty() || m_brush.style() == Qt::LinearGradientPattern)
        last = newShapeClass(fill);
    return last;
}

QByteArray SvgPaintEngine::newShapeClass(Fill fill)
{
    QByteArray rule = fillRule(fill);
    if (m_pen.style() != Qt::NoPen) {
        rule += paint("stroke", m_pen.color(), m_opacity);
        // A width of 0 is a cosmetic pen: one device pixel whatever the scale.
        const double width = m_pen.widthF() == 0 ? 1 : scaled(m_pen.widthF());
        rule += "stroke-width:";
        appendNumber(rule, width);
        rule += ';';
        if (m_pen.style() != Qt::SolidLine) {
            // Qt's dash pattern is in pen widths, SVG's in user units.
            rule += "stroke-dasharray:";
            const QList<qreal> pattern = m_pen.dashPattern();
            for (qsizetype i = 0; i < pattern.size(); ++i) {
                if (i > 0)
                    rule += ',';
                appendNumber(rule, pattern[i] * width);
            }
            rule += ';';
        }
        if (m_pen.capStyle() == Qt::FlatCap)
            rule += "stroke-linecap:butt;";
        else if (m_pen.capStyle() == Qt::RoundCap)
            rule += "stroke-linecap:round;";
        else
            rule += "stroke-linecap:square;";
        if (m_pen.joinStyle() == Qt::RoundJoin)
            rule += "stroke-linejoin:round;";
        else if (m_pen.joinStyle() == Qt::BevelJoin)
            rule += "stroke-linejoin:bevel;";
    }
    return classFor(rule, 's');
}

QByteArray SvgPaintEngine::textClass(const QFont &font)
{
    if (m_lastText.isEmpty() || font != m_lastTextFont) {
        m_lastText = newTextClass(font);
        m_lastTextFont = font;
    }
    return m_lastText;
}

QByteArray SvgPaintEngine::newTextClass(const QFont &font)
{
    QByteArray rule = paint("fill", m_pen.color(), m_opacity);
    QString family = font.family();
    family.remove(QLatin1Char('\'')).remove(QLatin1Char('\\'));
    rule += "font-family:'";
    appendEscaped(rule, family);
    rule += "';font-size:";
    const double pixels = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * PlanExporter::screenDpi / 72;
    appendNumber(rule, scaled(pixels));
    rule += "px;font-weight:" + QByteArray::number(font.weight()) + ';';
    if (font.italic())
        rule += "font-style:italic;";
    return classFor(rule, 't');
}

void SvgPaintEngine::openElement(const char *name, const QByteArray &className)
{
    m_body += '<';
    m_body += name;
    m_body += " class=\"";
    m_body += className;
    m_body += '"';
}

void SvgPaintEngine::writeRect(const QRectF &rect, double radius)
{
    const QByteArray name = shapeClass(Winding);
    const QRectF mapped = m_transform.mapRect(rect);
    openElement("rect", name);
    appendBox(m_body, mapped);
    if (radius > 0) {
        m_body += " rx=\"";
        appendNumber(m_body, scaled(radius));
        m_body += '"';
    }
    m_body += "/>\n";
}

void SvgPaintEngine::drawRects(const QRectF *rects, int rectCount)
{
    for (int i = 0; i < rectCount; ++i) {
        if (m_transform.type() <= QTransform::TxScale) {
            writeRect(rects[i], 0);
        } else {
            QPainterPath path;
            path.addRect(rects[i]);
            drawPath(path);
        }
    }
}

void SvgPaintEngine::drawLines(const QLineF *lines, int lineCount)
{
    for (int i = 0; i < lineCount; ++i) {
        openElement("path", shapeClass(NoFill));
        m_body += " d=\"M";
        appendPoint(m_body, m_transform.map(lines[i].p1()));
        m_body += 'L';
        appendPoint(m_body, m_transform.map(lines[i].p2()));
        m_body += "\"/>\n";
    }
}

void SvgPaintEngine::drawPath(const QPainterPath &path)
{
    if (path.isEmpty())
        return;
    QRectF rect;
    double radius = 0;
    if (m_transform.type() <= QTransform::TxScale && isRoundedRect(path, &rect, &radius)) {
        writeRect(rect, radius);
        return;
    }
    openElement("path", shapeClass(path.fillRule() == Qt::OddEvenFill ? OddEven : Winding));
    m_body += " d=\"";
    QPointF start;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element &element = path.elementAt(i);
        const QPointF point = m_transform.map(QPointF(element));
        if (element.isMoveTo()) {
            m_body += 'M';
            start = point;
        } else if (element.isLineTo()) {
            m_body += 'L';
        } else if (element.isCurveTo()) {
            m_body += 'C';
        } else {
            m_body += ' ';
        }
        appendPoint(m_body, point);
        // A subpath back at its start is closed, so that a stroke joins its ends.
        const bool subpathEnds = i + 1 == path.elementCount() || path.elementAt(i + 1).isMoveTo();
        if (subpathEnds && !element.isMoveTo() && point == start)
            m_body += 'Z';
    }
    m_body += "\"/>\n";
}

void SvgPaintEngine::drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode)
{
    const bool polyline = mode == PolylineMode;
    openElement(polyline ? "polyline" : "polygon", shapeClass(polyline ? NoFill : mode == OddEvenMode ? OddEven : Winding));
    m_body += " points=\"";
    for (int i = 0; i < pointCount; ++i) {
        if (i > 0)
            m_body += ' ';
        appendPoint(m_body, m_transform.map(points[i]));
    }
    m_body += "\"/>\n";
}

void SvgPaintEngine::drawTextItem(const QPointF &p, const QTextItem &textItem)
{
    openElement("text", textClass(textItem.font()));
    m_body += " x=\"";
    const QPointF point = m_transform.map(p);
    appendNumber(m_body, point.x());
    m_body += "\" y=\"";
    appendNumber(m_body, point.y());
    m_body += "\">";
    appendEscaped(m_body, textItem.text());
    m_body += "</text>\n";
}

void SvgPaintEngine::writeImage(const QRectF &r, const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QRectF mapped = m_transform.mapRect(r);
    m_body += "<image";
    appendBox(m_body, mapped);
    m_body += " preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64," + png.toBase64() + "\"/>\n";
}

void SvgPaintEngine::drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr)
{
    writeImage(r, pm.copy(sr.toAlignedRect()).toImage());
}

void SvgPaintEngine::drawImage(const QRectF &r, const QImage &image, const QRectF &sr, Qt::ImageConversionFlags)
{
    writeImage(r, image.copy(sr.toAlignedRect()));
}

QByteArray SvgPaintEngine::document(const QSizeF &size, const QString &title, const QString &description) const
{
    QByteArray out;
    out.reserve(m_body.size() + m_style.size() + m_defs.size() + 1024);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
           " version=\"1.2\" baseProfile=\"tiny\" xml:space=\"preserve\" width=\"";
    appendNumber(out, size.width());
    out += "\" height=\"";
    appendNumber(out, size.height());
    out += "\" viewBox=\"0 0 ";
    appendPoint(out, QPointF(size.width(), size.height()));
    out += "\">\n<title>";
    appendEscaped(out, title);
    out += "</title>\n<desc>";
    appendEscaped(out, description);
    out += "</desc>\n<style type=\"text/css\">\n" + m_style + "</style>\n";
    if (!m_defs.isEmpty())
        out += "<defs>\n" + m_defs + "</defs>\n";
    out += m_body;
    out += "</svg>\n";
    return out;
}

} // namespace shardscope
