#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QString>

namespace shardscope {

// A few words in a pill over the drawing ("repartitioned rows" on an edge, "intermediate
// result" on an arrow). An item of its own so that the scene can place it clear of the
// cards and of every other label (LabelPlacer).
class LabelItem : public QGraphicsItem
{
public:
    // body: the pill's fill, the theme's card colour.
    LabelItem(QString text, QColor line, QColor textColor, QColor body);

    enum { Type = UserType + 6 };
    int type() const override { return Type; }

    QString text() const { return m_text; }
    QSizeF size() const { return m_size; }
    // Puts the label's box at this scene rectangle (of size()).
    void setBox(const QRectF &box);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    QColor m_line;
    QColor m_textColor;
    QColor m_body;
    QSizeF m_size;
};

} // namespace shardscope
