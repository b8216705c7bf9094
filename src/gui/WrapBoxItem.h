#pragma once

#include "PlanTheme.h"

#include <QGraphicsItem>

namespace shardscope {

// The box under a node with many children (a job's tasks, an Append's partitions)
// where they sit in rows instead of one very long line, captioned with their count.
// The edge from the node ends at the box: the rows inside all feed it.
class WrapBoxItem : public QGraphicsItem
{
public:
    WrapBoxItem(int nodeIndex, QString caption, PlanTheme theme);

    enum { Type = UserType + 5 };
    int type() const override { return Type; }

    int nodeIndex() const { return m_node; }
    QString caption() const { return m_caption; }
    void setSize(QSizeF size);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Room the box needs above its contents for the caption.
    static double captionHeight();

private:
    int m_node;
    QString m_caption;
    QSizeF m_size;
    PlanTheme m_theme;
};

} // namespace shardscope
