#pragma once

#include <QByteArray>
#include <QHash>
#include <QPaintEngine>
#include <QTransform>

namespace shardscope {

// Turns what a QPainter draws into compact SVG elements: each element names a CSS class
// for its fill, stroke and font, and the classes are written once, in one <style> block.
// QSvgGenerator instead repeats every attribute, fonts included, on every element, which
// made a 10,000-node plan a 43 MB file. Rounded rectangles become <rect rx>, texts stay
// <text> (selectable and searchable), and all text is XML-escaped: plan text is untrusted.
class SvgPaintEngine : public QPaintEngine
{
public:
    SvgPaintEngine();

    bool begin(QPaintDevice *device) override;
    bool end() override;
    void updateState(const QPaintEngineState &state) override;
    void drawRects(const QRectF *rects, int rectCount) override;
    void drawLines(const QLineF *lines, int lineCount) override;
    void drawPath(const QPainterPath &path) override;
    void drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode) override;
    void drawTextItem(const QPointF &p, const QTextItem &textItem) override;
    void drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr) override;
    void drawImage(const QRectF &r, const QImage &image, const QRectF &sr,
                   Qt::ImageConversionFlags flags = Qt::AutoColor) override;
    Type type() const override { return User; }

    // The <style> block and the gradients' <defs>, then everything drawn, for a drawing
    // of this size; empty until end().
    QByteArray document(const QSizeF &size, const QString &title, const QString &description) const;

private:
    // The class of the current pen and brush ("s3"), or of the current font and pen
    // colour for texts ("t1"), declared on first use.
    // How a shape is filled: not at all (lines), or by the brush with this fill rule.
    enum Fill { NoFill, Winding, OddEven, FillKinds };
    QByteArray shapeClass(Fill fill);
    QByteArray textClass(const QFont &font);
    QByteArray newShapeClass(Fill fill);
    QByteArray newTextClass(const QFont &font);
    QByteArray classFor(const QByteArray &rule, char prefix);
    QByteArray fillRule(Fill fill);
    QByteArray gradientFor(const QGradient &gradient);
    void openElement(const char *name, const QByteArray &className);
    void writeRect(const QRectF &rect, double radius);
    void writeImage(const QRectF &r, const QImage &image);
    double scaled(double length) const;

    QPen m_pen;
    QBrush m_brush;
    QFont m_font;
    double m_opacity = 1;
    QTransform m_transform;
    // The classes of the current state, until it changes: most elements repeat the last.
    QByteArray m_lastShape[FillKinds];
    QByteArray m_lastText;
    QFont m_lastTextFont;
    QByteArray m_body;
    QHash<QByteArray, QByteArray> m_classes; // CSS declarations -> class name
    QByteArray m_style;
    QByteArray m_defs;
    int m_gradients = 0;
};

} // namespace shardscope
