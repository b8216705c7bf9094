#pragma once

#include "HiddenTasks.h"
#include "PlanTheme.h"
#include "WorkerPalette.h"

#include <QCoreApplication>
#include <QGraphicsItem>

#include <optional>

namespace shardscope {

// The tasks of a job that the plan does not show ("Tasks Shown: One of 32"), drawn beside
// the task it shows as faint dashed frames, one per hidden task: its shard and worker when
// the cluster's shards name them, else only "not shown". Above them, how many there are and,
// where the view can run the statement again, a "Show every task" button.
class GhostTasksItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(GhostTasksItem)

public:
    GhostTasksItem(HiddenTaskGroup group, const WorkerPalette &workers, PlanTheme theme);

    enum { Type = UserType + 12 };
    int type() const override { return Type; }

    const HiddenTaskGroup &group() const { return m_group; }
    int jobIndex() const { return m_group.job; }
    QString caption() const;
    // One per ghost, in order: what its frame says.
    QStringList ghostTitles() const;
    QSizeF size() const { return m_size; }

    // The button is for views that can run the plan's statement again; off in exports.
    void setButtonShown(bool shown);
    bool isButtonShown() const { return m_buttonShown; }
    // Where the button is, in item coordinates; null when not shown.
    QRectF buttonRect() const;
    // The ghost at pos (item coordinates), or -1.
    int ghostAt(QPointF pos) const;
    QRectF ghostRect(int ghost) const;

    // Outlines the ghost of that shard; nothing clears it.
    void setHighlightedShard(std::optional<qint64> shardId);
    // Ghosts drawn outlined.
    int highlightedCount() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static QString buttonText();

private:
    QString ghostTitle(const GhostTask &ghost) const;
    QString ghostDetail(const GhostTask &ghost) const;

    HiddenTaskGroup m_group;
    std::vector<QColor> m_colors; // by ghost
    PlanTheme m_theme;
    QSizeF m_ghostSize;
    int m_columns = 1;
    QSizeF m_size;
    bool m_buttonShown = false;
    std::optional<qint64> m_highlight;
};

} // namespace shardscope
