#include "GhostTasksItem.h"

#include "PlanStyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace shardscope {

namespace {

constexpr double gap = 8; // between ghosts, and under the caption
constexpr double ghostBody = 22; // the line under a ghost's title
constexpr double buttonPadding = 10;
constexpr int ghostAlpha = 110; // faint: they stand for tasks, they are not the plan

} // namespace

GhostTasksItem::GhostTasksItem(HiddenTaskGroup group, const WorkerPalette &workers, PlanTheme theme)
    : m_group(std::move(group)), m_theme(theme)
{
    setZValue(-2);
    const QFontMetricsF &metrics = PlanStyle::captionMetrics();
    double width = 0;
    for (const GhostTask &ghost : m_group.ghosts) {
        m_colors.push_back(ghost.worker.isEmpty() ? m_theme.mutedText() : workers.color(ghost.worker));
        width = std::max({width, metrics.horizontalAdvance(ghostTitle(ghost)),
                          metrics.horizontalAdvance(ghostDetail(ghost))});
    }
    m_ghostSize = QSizeF(std::ceil(width) + 2 * PlanStyle::cardPadding, PlanStyle::frameTitleHeight + ghostBody);
    const int count = int(m_group.ghosts.size());
    // About square: 31 ghosts in rows of 6, no wider than a few task frames.
    m_columns = std::max(1, int(std::ceil(std::sqrt(double(count)))));
    const int rows = (count + m_columns - 1) / m_columns;
    const double grid = m_columns * m_ghostSize.width() + (m_columns - 1) * gap;
    const double heading = metrics.horizontalAdvance(caption()) + gap + metrics.horizontalAdvance(buttonText())
        + 2 * buttonPadding;
    m_size = QSizeF(std::ceil(std::max(grid, heading)),
                    PlanStyle::frameTitleHeight + gap + rows * m_ghostSize.height() + (rows - 1) * gap);
    setToolTip(m_group.named()
                   ? tr("Citus ran %n task(s) for this job; EXPLAIN shows %1 (citus.explain_all_tasks is off). The "
                        "faint frames stand for the others: their shards and workers come from the shard map.",
                        nullptr, int(m_group.taskCount))
                         .arg(m_group.shown)
                   : tr("Citus ran %n task(s) for this job; EXPLAIN shows %1 (citus.explain_all_tasks is off). The "
                        "faint frames stand for the others; the shard map of the cluster the plan ran on names "
                        "their shards and workers.",
                        nullptr, int(m_group.taskCount))
                         .arg(m_group.shown));
}

QString GhostTasksItem::buttonText()
{
    return tr("Show every task");
}

QString GhostTasksItem::caption() const
{
    return tr("%n task(s) not shown", nullptr, int(m_group.ghosts.size()));
}

QStringList GhostTasksItem::ghostTitles() const
{
    QStringList titles;
    for (const GhostTask &ghost : m_group.ghosts)
        titles << ghostTitle(ghost) + QLatin1Char(' ') + ghostDetail(ghost);
    return titles;
}

QString GhostTasksItem::ghostTitle(const GhostTask &ghost) const
{
    return ghost.shardId ? tr("Task · shard %1").arg(*ghost.shardId) : tr("Task");
}

QString GhostTasksItem::ghostDetail(const GhostTask &ghost) const
{
    return ghost.worker.isEmpty() ? tr("not shown") : tr("→ %1").arg(ghost.worker.toString());
}

void GhostTasksItem::setButtonShown(bool shown)
{
    m_buttonShown = shown;
    update();
}

QRectF GhostTasksItem::buttonRect() const
{
    if (!m_buttonShown)
        return {};
    // Right after the caption, not at the far right: there, in presenter mode, the legend
    // pinned over the view's top right corner would cover it.
    const QFontMetricsF &metrics = PlanStyle::captionMetrics();
    const double width = metrics.horizontalAdvance(buttonText()) + 2 * buttonPadding;
    return QRectF(std::ceil(metrics.horizontalAdvance(caption())) + gap, 0, width, PlanStyle::frameTitleHeight);
}

QRectF GhostTasksItem::ghostRect(int ghost) const
{
    const int row = ghost / m_columns;
    const int column = ghost % m_columns;
    return QRectF(QPointF(column * (m_ghostSize.width() + gap),
                          PlanStyle::frameTitleHeight + gap + row * (m_ghostSize.height() + gap)),
                  m_ghostSize);
}

int GhostTasksItem::ghostAt(QPointF pos) const
{
    for (int ghost = 0; ghost < int(m_group.ghosts.size()); ++ghost) {
        if (ghostRect(ghost).contains(pos))
            return ghost;
    }
    return -1;
}

void GhostTasksItem::setHighlightedShard(std::optional<qint64> shardId)
{
    m_highlight = shardId;
    update();
}

int GhostTasksItem::highlightedCount() const
{
    return int(std::count_if(m_group.ghosts.begin(), m_group.ghosts.end(), [this](const GhostTask &ghost) {
        return m_highlight && ghost.shardId == m_highlight;
    }));
}

QRectF GhostTasksItem::boundingRect() const
{
    return QRectF(QPointF(), m_size).adjusted(-2, -2, 2, 2);
}

void GhostTasksItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool detailed = lod >= PlanStyle::detailThreshold;
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    painter->setFont(PlanStyle::captionFont());
    const QRectF heading(0, 0, m_size.width(), PlanStyle::frameTitleHeight);
    if (detailed) {
        painter->setPen(m_theme.mutedText());
        painter->drawText(heading, Qt::AlignLeft | Qt::AlignVCenter, caption());
    }
    if (m_buttonShown) {
        const QRectF button = buttonRect().adjusted(0.5, 2.5, -0.5, -2.5);
        painter->setPen(QPen(m_theme.link(), 1.2));
        painter->setBrush(m_theme.cardBody());
        painter->drawRoundedRect(button, 5, 5);
        if (detailed) {
            painter->setPen(m_theme.link());
            painter->drawText(button, Qt::AlignCenter, buttonText());
        }
    }
    for (int i = 0; i < int(m_group.ghosts.size()); ++i) {
        const GhostTask &ghost = m_group.ghosts[size_t(i)];
        const QRectF rect = ghostRect(i);
        const bool highlighted = m_highlight && ghost.shardId == m_highlight;
        QColor line = m_colors[size_t(i)];
        QColor tint = line;
        line.setAlpha(highlighted ? 255 : ghostAlpha);
        tint.setAlpha(highlighted ? 60 : 14);
        QPen pen(line, (highlighted ? 3 : 1.2) * m_theme.edgeScale(), highlighted ? Qt::SolidLine : Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(tint);
        painter->drawRoundedRect(rect.adjusted(0.6, 0.6, -0.6, -0.6), PlanStyle::frameRadius / 2,
                                 PlanStyle::frameRadius / 2);
        if (!detailed)
            continue;
        // The theme's own colours: an export shares one style per colour (SvgPlanWriter).
        painter->setPen(highlighted ? m_theme.text() : m_theme.mutedText());
        const QRectF inner = rect.adjusted(PlanStyle::cardPadding, 0, -PlanStyle::cardPadding, 0);
        painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), PlanStyle::frameTitleHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, ghostTitle(ghost));
        painter->drawText(QRectF(inner.left(), inner.top() + PlanStyle::frameTitleHeight - 4, inner.width(), ghostBody),
                          Qt::AlignLeft | Qt::AlignVCenter, ghostDetail(ghost));
    }
}

} // namespace shardscope
