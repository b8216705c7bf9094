#pragma once

#include "PlanTheme.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>

#include <optional>

namespace shardscope {

// The box around a Citus task and its remote plan, in the colour of the worker that ran
// it, titled with where it ran: "Task → worker 127.0.0.1:9702 · shard 102009". Its shard
// can be outlined (the one the shard map shows), and a click on its title opens that shard
// in the map (PlanView::shardClicked()).
class TaskFrameItem : public QGraphicsItem
{
public:
    TaskFrameItem(int taskIndex, QString title, QColor color, PlanTheme theme, std::optional<qint64> shardId = {});

    enum { Type = UserType + 2 };
    int type() const override { return Type; }

    int taskIndex() const { return m_task; }
    QString title() const { return m_title; }
    // The title as drawn: cut short (with the whole of it as tooltip) if the frame is too narrow.
    QString shownTitle() const { return m_elidedTitle; }
    QColor color() const { return m_color; }
    std::optional<qint64> shardId() const { return m_shardId; }
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    // An item shown at the right end of the title band (the glossary's "?"), which it keeps
    // whatever the frame's size.
    void addMark(QGraphicsItem *mark);
    // The title band, in item coordinates: where a click means "this task's shard".
    QRectF titleRect() const;
    void setSize(QSizeF size);
    // The narrowest frame that shows the whole title.
    double minimumWidth() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void placeMarks();

    int m_task;
    QString m_title;
    QString m_elidedTitle;
    QColor m_color;
    std::optional<qint64> m_shardId;
    bool m_highlighted = false;
    QSizeF m_size;
    QPainterPath m_band;
    PlanTheme m_theme;
};

} // namespace shardscope
