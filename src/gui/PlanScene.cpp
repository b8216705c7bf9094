#include "PlanScene.h"

#include "EdgeLayerItem.h"
#include "GhostTasksItem.h"
#include "HiddenTasks.h"
#include "IntermediateResultLinks.h"
#include "LabelItem.h"
#include "LabelPlacer.h"
#include "LegendItem.h"
#include "NodeCardItem.h"
#include "NodeColoring.h"
#include "PlanHeadline.h"
#include "PlanStyle.h"
#include "PlanSummary.h"
#include "PlanTitleItem.h"
#include "StatementFigures.h"
#include "ResultLinkItem.h"
#include "TaskFrameItem.h"
#include "TreeLayout.h"
#include "WrapBoxItem.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace shardscope {

namespace {

constexpr TreeLayout::Spacing treeSpacing{26, 38};
constexpr double headerGap = 40; // between the heading or legend and the tree
constexpr double sectionTitleGap = 20; // between a section's title and its tree
constexpr double sectionGap = 56; // between one section's tree and the next one's title
constexpr double headerColumnGap = 48; // between the heading and the legend
constexpr double sceneMargin = 32;
constexpr double wrapPadding = 14;

// Rows of children about 3:2, like a slide or a screen.
constexpr double wrapAspect = 1.5;

QString wrapCaption(const Plan &plan, const PlanNode &node)
{
    const bool tasks = std::all_of(node.children.begin(), node.children.end(),
                                   [&plan](int c) { return plan.nodes[size_t(c)].kind == NodeKind::Task; });
    const int count = int(node.children.size());
    return tasks ? PlanScene::tr("tasks: %1").arg(count) : PlanScene::tr("inputs: %1").arg(count);
}

QString frameTitle(const PlanNode &task)
{
    if (task.citus.worker.isEmpty())
        return PlanScene::tr("Task");
    QString title = PlanScene::tr("Task → worker %1").arg(task.citus.worker.toString());
    if (task.citus.shardId)
        title += PlanScene::tr(" · shard %1").arg(*task.citus.shardId);
    return title;
}

double rowsOut(const PlanNode &node)
{
    if (node.actualRows)
        return *node.actualRows * node.actualLoops.value_or(1);
    return node.planRows.value_or(0);
}

} // namespace

PlanScene::PlanScene(const Plan &plan, const PlanAnalysis &analysis, ColorMode mode, const QString &caption,
                     const std::vector<PlanSection> &sections, const PlanLook &look, QObject *parent)
    : QGraphicsScene(parent), m_mode(mode), m_look{look.theme, look.workers.forPlan(analysis), look.shards}
{
    buildItems(plan, analysis, caption, sections);
    layOut();
    // New items wait for the event loop to polish them, and deleting a waiting item
    // searches the whole waiting list: without an event loop (render, tests) deleting
    // 10,000 cards would take quadratic time. Deliver the polish now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

PlanScene::~PlanScene() = default;

NodeCardItem *PlanScene::card(int nodeIndex) const
{
    if (nodeIndex < 0 || size_t(nodeIndex) >= m_cards.size())
        return nullptr;
    return m_cards[size_t(nodeIndex)];
}

WrapBoxItem *PlanScene::wrapBox(int nodeIndex) const
{
    if (nodeIndex < 0 || size_t(nodeIndex) >= m_wrapBoxes.size())
        return nullptr;
    return m_wrapBoxes[size_t(nodeIndex)];
}

TaskFrameItem *PlanScene::frame(int taskIndex) const
{
    if (taskIndex < 0 || size_t(taskIndex) >= m_frames.size())
        return nullptr;
    return m_frames[size_t(taskIndex)];
}

std::vector<TaskFrameItem *> PlanScene::frames() const
{
    std::vector<TaskFrameItem *> all;
    std::copy_if(m_frames.begin(), m_frames.end(), std::back_inserter(all), [](auto *f) { return f != nullptr; });
    return all;
}

std::vector<PlanTitleItem *> PlanScene::sectionTitles() const
{
    std::vector<PlanTitleItem *> titles;
    std::copy_if(m_sections.begin(), m_sections.end(), std::back_inserter(titles),
                 [](const PlanTitleItem *title) { return title != nullptr; });
    return titles;
}

QStringList PlanScene::legendWorkers() const
{
    return m_legend->workerNames();
}

void PlanScene::buildItems(const Plan &plan, const PlanAnalysis &analysis, const QString &caption,
                           const std::vector<PlanSection> &sections)
{
    const size_t count = plan.nodes.size();
    m_parent.resize(count);
    m_dashedIn.resize(count);
    m_collapsed.assign(count, false);
    m_preorder = plan.preorder();
    for (size_t i = 0; i < count; ++i) {
        m_parent[i] = plan.nodes[i].parent;
        m_dashedIn[i] = plan.nodes[i].kind == NodeKind::MapMergeJob;
    }
    const NodeColoring coloring(plan, analysis, m_mode, m_look.workers);
    buildCards(plan, analysis, coloring);
    measureFlows(plan);
    m_edges = new EdgeLayerItem(m_look.theme);
    addItem(m_edges);
    m_edgeLabels.assign(count, nullptr);
    for (size_t i = 0; i < count; ++i) {
        if (m_dashedIn[i]) {
            m_edgeLabels[i] = new LabelItem(tr("repartitioned rows"), coloring.accent(int(i)), m_look.theme.mutedText(),
                                           m_look.theme.cardBody());
            addItem(m_edgeLabels[i]);
        }
    }
    for (const auto &link : IntermediateResultLinks::find(plan)) {
        m_links.push_back(new ResultLinkItem(link.subplan, link.reader, tr("intermediate result"), m_look.theme));
        addItem(m_links.back());
    }
    buildLegend(analysis, coloring);
    for (HiddenTaskGroup &group : HiddenTasks::of(plan, m_look.shards)) {
        m_ghosts.push_back(new GhostTasksItem(std::move(group), m_look.workers, m_look.theme));
        addItem(m_ghosts.back());
    }

    QStringList lines{PlanHeadline::figures(plan, analysis)};
    lines.append(StatementFigures::lines(plan));
    const QString mode = PlanHeadline::colorModeName(m_mode);
    lines.append(caption.isEmpty() ? mode : caption + QStringLiteral(" · ") + mode);
    m_title = new PlanTitleItem(PlanHeadline::heading(analysis.kind, sections.size()), lines, m_look.theme);
    m_title->setToolTip(PlanSummary::planNodesMeaning());
    addItem(m_title);
    buildSections(plan, sections);
}

// A tree per root, titled when the document says what each plan is (a single plan needs
// no title of its own); every node belongs to the section of its root.
void PlanScene::buildSections(const Plan &plan, const std::vector<PlanSection> &sections)
{
    std::vector<int> sectionOfRoot(plan.nodes.size(), -1);
    const auto add = [&](int root, PlanTitleItem *title) {
        sectionOfRoot[size_t(root)] = int(m_sections.size());
        m_sections.push_back(title);
        if (title)
            addItem(title);
    };
    if (sections.empty()) {
        for (int root : plan.roots())
            add(root, nullptr);
    }
    for (const PlanSection &section : sections)
        add(section.root, new PlanTitleItem(section.heading, {section.figures}, m_look.theme));
    // Parents come before their children.
    m_sectionOf.assign(plan.nodes.size(), 0);
    for (size_t i = 0; i < plan.nodes.size(); ++i) {
        const int parent = plan.nodes[i].parent;
        m_sectionOf[i] = parent < 0 ? std::max(0, sectionOfRoot[i]) : m_sectionOf[size_t(parent)];
    }
}

// A card per node, a frame per task, a box per node with many children.
void PlanScene::buildCards(const Plan &plan, const PlanAnalysis &analysis, const NodeColoring &coloring)
{
    const size_t count = plan.nodes.size();
    m_cards.resize(count);
    m_frames.assign(count, nullptr);
    m_wrapBoxes.assign(count, nullptr);
    const NodeMetrics noMetrics;
    for (size_t i = 0; i < count; ++i) {
        const PlanNode &node = plan.nodes[i];
        const NodeMetrics &metrics = i < analysis.nodes.size() ? analysis.nodes[i] : noMetrics;
        m_cards[i] = new NodeCardItem(int(i), NodeCardText::make(plan, int(i), metrics), coloring.fill(int(i)),
                                      coloring.accent(int(i)), m_look.theme);
        addItem(m_cards[i]);
        if (node.kind == NodeKind::Task) {
            m_frames[i] = new TaskFrameItem(int(i), frameTitle(node), coloring.accent(int(i)), m_look.theme,
                                            node.citus.shardId);
            addItem(m_frames[i]);
        }
        if (node.children.size() > size_t(maxChildrenInLine)) {
            m_wrapBoxes[i] = new WrapBoxItem(int(i), wrapCaption(plan, node), m_look.theme);
            addItem(m_wrapBoxes[i]);
        }
    }
}

// Rows each node sends its parent. Synthetic nodes pass on what their children send;
// a job, what its scan received (it may show one task of many).
void PlanScene::measureFlows(const Plan &plan)
{
    m_rowsIn.assign(plan.nodes.size(), 0);
    for (size_t i = plan.nodes.size(); i-- > 0;) {
        const PlanNode &node = plan.nodes[i];
        if (node.isPlanNode()) {
            m_rowsIn[i] = rowsOut(node);
        } else if (node.kind == NodeKind::Job && node.parent >= 0 && plan.nodes[size_t(node.parent)].isPlanNode()) {
            m_rowsIn[i] = rowsOut(plan.nodes[size_t(node.parent)]);
        } else {
            for (int child : node.children)
                m_rowsIn[i] += m_rowsIn[size_t(child)];
        }
    }
}

// Counts plan nodes as the heading does (PlanSummary::planNodesMeaning()): the coordinator's
// and the workers' add up to the heading's figure.
void PlanScene::buildLegend(const PlanAnalysis &analysis, const NodeColoring &coloring)
{
    std::vector<LegendItem::Entry> workers;
    for (const WorkerTotals &totals : analysis.workers) {
        workers.push_back({m_look.workers.color(totals.worker), totals.worker.toString(),
                           tr("tasks: %1 · plan nodes: %2").arg(totals.tasks).arg(totals.nodes)});
    }
    const LegendItem::Entry coordinator{WorkerPalette::coordinator(), tr("coordinator"),
                                        tr("plan nodes: %1").arg(analysis.coordinatorNodes)};
    m_legend = new LegendItem(std::move(workers), coordinator, coloring.scale(), m_look.theme);
    m_legend->setToolTip(PlanSummary::planNodesMeaning());
    addItem(m_legend);
}

// Lays the visible tree out from scratch (linear time), then moves every item.
void PlanScene::layOut()
{
    const size_t count = m_cards.size();
    std::vector<bool> visible(count);
    for (size_t i = 0; i < count; ++i) {
        const int parent = m_parent[i];
        visible[i] = parent < 0 || (visible[size_t(parent)] && !m_collapsed[size_t(parent)]);
    }
    showVisible(visible);

    const QSizeF title = m_title->boundingRect().size();
    const QSizeF legend = m_legend->boundingRect().size();
    const double headerWidth = title.width() + headerColumnGap + legend.width();
    const double headerHeight = std::max(title.height(), legend.height());
    double top = headerHeight + headerGap;
    QRectF trees;
    for (size_t section = 0; section < m_sections.size(); ++section) {
        if (PlanTitleItem *sectionTitle = m_sections[section]) {
            sectionTitle->setPos(0, top);
            trees = trees.united(sectionTitle->sceneBoundingRect());
            top += sectionTitle->boundingRect().height() + sectionTitleGap;
        }
        TreeLayout layout(treeSpacing);
        std::vector<int> ghostSlots;
        const std::vector<int> nodeAt = fillLayout(layout, visible, int(section), ghostSlots);
        layout.run();
        const QRectF tree = layout.boundingRect();
        const QPointF offset(std::max(0.0, (headerWidth - tree.width()) / 2), top);
        placeCards(layout, nodeAt, offset);
        placeGhosts(layout, ghostSlots, offset);
        trees = trees.united(tree.translated(offset));
        top = trees.bottom() + sectionGap;
    }
    // The heading and legend sit above the trees: only what is in them can be in a label's way.
    LabelPlacer labels(labelObstacles());
    placeEdges(visible, labels);
    placeLinks(visible, labels);
    placeHeader(trees);
}

// The visible nodes of a section in tree order; returns the plan node of each layout node.
std::vector<int> PlanScene::fillLayout(TreeLayout &layout, const std::vector<bool> &visible, int section,
                                       std::vector<int> &ghostSlots) const
{
    const QMarginsF frameMargins(PlanStyle::framePadding, PlanStyle::frameTitleHeight + PlanStyle::framePadding,
                                 PlanStyle::framePadding, PlanStyle::framePadding);
    const QMarginsF wrapMargins(wrapPadding, WrapBoxItem::captionHeight(), wrapPadding, wrapPadding);
    std::vector<int> slot(m_cards.size(), -1);
    std::vector<int> nodeAt;
    nodeAt.reserve(m_cards.size());
    for (int node : m_preorder) {
        if (!visible[size_t(node)] || m_sectionOf[size_t(node)] != section)
            continue;
        const int parent = m_parent[size_t(node)];
        const int at = layout.addNode(m_cards[size_t(node)]->size(), parent < 0 ? -1 : slot[size_t(parent)]);
        slot[size_t(node)] = at;
        nodeAt.push_back(node);
        if (m_frames[size_t(node)])
            layout.setFramed(at, frameMargins, m_frames[size_t(node)]->minimumWidth());
        if (m_wrapBoxes[size_t(node)] && !m_collapsed[size_t(node)])
            layout.setWrapped(at, wrapAspect, wrapMargins);
    }
    // After the tasks shown, as the job's last child: beside them.
    ghostSlots.assign(m_ghosts.size(), -1);
    for (size_t g = 0; g < m_ghosts.size(); ++g) {
        const int job = m_ghosts[g]->jobIndex();
        if (m_sectionOf[size_t(job)] == section && showsGhosts(m_ghosts[g], visible))
            ghostSlots[g] = layout.addNode(m_ghosts[g]->size(), slot[size_t(job)]);
    }
    return nodeAt;
}

void PlanScene::showVisible(const std::vector<bool> &visible)
{
    const size_t count = m_cards.size();
    std::vector<int> below(count, 0); // descendants, for the "+N" of collapsed cards
    for (size_t i = count; i-- > 0;) {
        if (m_parent[i] >= 0)
            below[size_t(m_parent[i])] += below[i] + 1;
    }
    for (size_t i = 0; i < count; ++i) {
        m_cards[i]->setVisible(visible[i]);
        m_cards[i]->setHiddenBelow(m_collapsed[i] && visible[i] ? below[i] : 0);
        if (m_frames[i])
            m_frames[i]->setVisible(visible[i]);
        if (m_wrapBoxes[i])
            m_wrapBoxes[i]->setVisible(false);
    }
    for (GhostTasksItem *ghosts : m_ghosts)
        ghosts->setVisible(showsGhosts(ghosts, visible));
}

bool PlanScene::showsGhosts(const GhostTasksItem *ghosts, const std::vector<bool> &visible) const
{
    const size_t job = size_t(ghosts->jobIndex());
    return visible[job] && !m_collapsed[job];
}

void PlanScene::placeGhosts(const TreeLayout &layout, const std::vector<int> &ghostSlots, QPointF offset)
{
    for (size_t g = 0; g < m_ghosts.size(); ++g) {
        if (ghostSlots[g] >= 0)
            m_ghosts[g]->setPos(layout.rect(ghostSlots[g]).topLeft() + offset);
    }
}

void PlanScene::placeCards(const TreeLayout &layout, const std::vector<int> &nodeAt, QPointF offset)
{
    for (size_t at = 0; at < nodeAt.size(); ++at) {
        const int node = nodeAt[at];
        m_cards[size_t(node)]->setPos(layout.rect(int(at)).topLeft() + offset);
        if (TaskFrameItem *frame = m_frames[size_t(node)]) {
            const QRectF rect = layout.frame(int(at)).translated(offset);
            frame->setPos(rect.topLeft());
            frame->setSize(rect.size());
        }
        const QRectF rows = layout.wrapBox(int(at));
        if (WrapBoxItem *box = m_wrapBoxes[size_t(node)]; box && !rows.isNull()) {
            box->setVisible(true);
            box->setPos(rows.topLeft() + offset);
            box->setSize(rows.size());
        }
    }
}

std::vector<QRectF> PlanScene::labelObstacles() const
{
    std::vector<QRectF> obstacles;
    for (const NodeCardItem *card : m_cards) {
        if (card->isVisible())
            obstacles.emplace_back(card->pos(), card->size());
    }
    // Frames and boxes whole: a label over their tint or border reads as part of them. A
    // label whose line runs inside one covers it least where it covers no card.
    for (const TaskFrameItem *frame : m_frames) {
        if (frame && frame->isVisible())
            obstacles.push_back(frame->sceneBoundingRect());
    }
    for (const WrapBoxItem *box : m_wrapBoxes) {
        if (box && box->isVisible())
            obstacles.push_back(box->sceneBoundingRect());
    }
    for (const GhostTasksItem *ghosts : m_ghosts) {
        if (ghosts->isVisible())
            obstacles.push_back(ghosts->sceneBoundingRect());
    }
    for (const PlanTitleItem *title : m_sections) {
        if (title)
            obstacles.push_back(title->sceneBoundingRect());
    }
    return obstacles;
}

void PlanScene::placeEdges(const std::vector<bool> &visible, LabelPlacer &labels)
{
    std::vector<EdgeLayerItem::Edge> edges;
    edges.reserve(m_cards.size());
    // Shown again below for the edges drawn.
    for (LabelItem *label : m_edgeLabels) {
        if (label)
            label->setVisible(false);
    }
    auto bottomCentre = [](const NodeCardItem *card) {
        return card->pos() + QPointF(card->size().width() / 2, card->size().height());
    };
    // Children in a wrap box send their rows through one edge, to the box.
    std::vector<double> rowsToBox(m_cards.size(), 0);
    for (size_t i = 0; i < m_cards.size(); ++i) {
        const int parent = m_parent[i];
        if (parent < 0 || !visible[i])
            continue;
        if (const WrapBoxItem *box = m_wrapBoxes[size_t(parent)]; box && box->isVisible()) {
            rowsToBox[size_t(parent)] += m_rowsIn[i];
            continue;
        }
        const NodeCardItem *to = m_cards[i];
        EdgeLayerItem::Edge edge;
        edge.from = bottomCentre(m_cards[size_t(parent)]);
        // A task's edge stops at its frame, which stands for where the rows come from.
        const double top = m_frames[i] ? m_frames[i]->pos().y() : to->pos().y();
        edge.to = QPointF(to->pos().x() + to->size().width() / 2, top);
        edge.width = EdgeLayerItem::widthForRows(m_rowsIn[i]) * m_look.theme.edgeScale();
        edge.color = to->accent();
        edge.color.setAlpha(m_look.theme.edgeAlpha());
        edge.dashed = m_dashedIn[i];
        edges.push_back(edge);
        if (LabelItem *label = m_edgeLabels[i]) {
            std::vector<QPointF> along;
            for (double fraction : {0.5, 0.4, 0.6, 0.3, 0.7})
                along.push_back(EdgeLayerItem::pointAt(edge, fraction));
            label->setBox(labels.place(label->size(), along, edge.to.x() - edge.from.x()));
            label->setVisible(true);
        }
    }
    for (size_t i = 0; i < m_cards.size(); ++i) {
        const WrapBoxItem *box = m_wrapBoxes[i];
        if (!box || !box->isVisible())
            continue;
        EdgeLayerItem::Edge edge;
        edge.from = bottomCentre(m_cards[i]);
        edge.to = QPointF(box->pos().x() + box->boundingRect().center().x(), box->pos().y());
        edge.width = EdgeLayerItem::widthForRows(rowsToBox[i]) * m_look.theme.edgeScale();
        edge.color = m_look.theme.edge();
        edge.color.setAlpha(m_look.theme.edgeAlpha());
        edges.push_back(edge);
    }
    // To the ghosts: thin and faint, as the tasks they stand for are not shown (not dashed:
    // a dashed edge carries repartitioned rows).
    for (const GhostTasksItem *ghosts : m_ghosts) {
        if (!ghosts->isVisible())
            continue;
        EdgeLayerItem::Edge edge;
        edge.from = bottomCentre(m_cards[size_t(ghosts->jobIndex())]);
        edge.to = ghosts->pos() + QPointF(ghosts->size().width() / 2, 0);
        edge.width = EdgeLayerItem::widthForRows(0) * m_look.theme.edgeScale();
        edge.color = m_look.theme.edge();
        edge.color.setAlpha(m_look.theme.edgeAlpha() / 2);
        edges.push_back(edge);
    }
    m_edges->setEdges(std::move(edges));
}

void PlanScene::setEveryTaskOffered(bool offered)
{
    for (GhostTasksItem *ghosts : m_ghosts)
        ghosts->setButtonShown(offered);
}

int PlanScene::highlightShard(std::optional<qint64> shardId)
{
    int count = 0;
    for (TaskFrameItem *frame : m_frames) {
        if (!frame)
            continue;
        frame->setHighlighted(shardId && frame->shardId() == shardId);
        count += frame->isHighlighted() ? 1 : 0;
    }
    for (GhostTasksItem *ghosts : m_ghosts) {
        ghosts->setHighlightedShard(shardId);
        count += ghosts->highlightedCount();
    }
    return count;
}

void PlanScene::setLegendShown(bool shown)
{
    if (m_legend)
        m_legend->setVisible(shown);
}

// A link to a node inside a collapsed subtree goes to the collapsed card instead.
void PlanScene::placeLinks(const std::vector<bool> &visible, LabelPlacer &labels)
{
    for (ResultLinkItem *link : m_links) {
        const NodeCardItem *from = m_cards[size_t(shownAncestorOrSelf(link->fromNode(), visible))];
        const NodeCardItem *to = m_cards[size_t(shownAncestorOrSelf(link->toNode(), visible))];
        link->setVisible(from != to);
        link->setEnds(QRectF(from->pos(), from->size()), QRectF(to->pos(), to->size()));
        if (from == to)
            continue;
        // Nearest the middle of the arrow where it covers nothing.
        std::vector<QPointF> along;
        for (double fraction : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8})
            along.push_back(link->pointAt(fraction));
        link->labelItem()->setBox(labels.place(link->labelItem()->size(), along, link->heading()));
    }
}

std::vector<LabelItem *> PlanScene::labels() const
{
    std::vector<LabelItem *> all;
    std::copy_if(m_edgeLabels.begin(), m_edgeLabels.end(), std::back_inserter(all),
                 [](const LabelItem *label) { return label != nullptr; });
    for (const ResultLinkItem *link : m_links)
        all.push_back(link->labelItem());
    return all;
}

int PlanScene::shownAncestorOrSelf(int node, const std::vector<bool> &visible) const
{
    while (!visible[size_t(node)])
        node = m_parent[size_t(node)];
    return node;
}

void PlanScene::placeHeader(const QRectF &tree)
{
    const QSizeF legend = m_legend->boundingRect().size();
    m_title->setPos(0, 0);
    const double right = std::max(tree.right(), m_title->boundingRect().width() + headerColumnGap + legend.width());
    m_legend->setPos(right - legend.width(), 0);
    QRectF all = tree.united(QRectF(QPointF(), QSizeF(right, m_title->boundingRect().height())));
    all = all.united(m_legend->sceneBoundingRect());
    // Whole units, so that exports at scale 1 map scene units to whole pixels.
    setSceneRect(all.adjusted(-sceneMargin, -sceneMargin, sceneMargin, sceneMargin).toAlignedRect());
}

void PlanScene::setCollapsed(int nodeIndex, bool collapsed)
{
    if (m_collapsed[size_t(nodeIndex)] == collapsed)
        return;
    m_collapsed[size_t(nodeIndex)] = collapsed;
    layOut();
}

std::vector<int> PlanScene::highlightMatches(const QString &text)
{
    std::vector<int> matches;
    for (int node : m_preorder) {
        NodeCardItem *card = m_cards[size_t(node)];
        const bool match = !text.isEmpty() && card->text().contains(text);
        card->setHighlighted(match);
        if (match)
            matches.push_back(node);
    }
    return matches;
}

void PlanScene::selectNode(int nodeIndex)
{
    clearSelection();
    if (NodeCardItem *selected = card(nodeIndex))
        selected->setSelected(true);
}

int PlanScene::selectedNode() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeCardItem::Type)
            return static_cast<NodeCardItem *>(item)->nodeIndex();
    }
    return -1;
}

void PlanScene::setItemCaching(bool enabled)
{
    if (enabled == m_itemCaching)
        return;
    m_itemCaching = enabled;
    for (NodeCardItem *card : m_cards)
        card->setCacheMode(enabled ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
}

} // namespace shardscope
