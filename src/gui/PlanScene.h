#pragma once

#include "ColorMode.h"
#include "Plan.h"
#include "PlanAnalysis.h"
#include "PlanLook.h"
#include "PlanSection.h"

#include <QGraphicsScene>
#include <QStringList>

#include <optional>
#include <vector>

namespace shardscope {

class EdgeLayerItem;
class GhostTasksItem;
class LabelItem;
class LabelPlacer;
class NodeColoring;
class TreeLayout;
class LegendItem;
class NodeCardItem;
class PlanTitleItem;
class ResultLinkItem;
class TaskFrameItem;
class WrapBoxItem;

// A plan drawn as a tidy tree of cards, one per node of Plan::nodes (the synthetic Citus
// nodes included: jobs, tasks, subplans, MapMergeJobs), each task with its remote plan
// inside a frame of its worker's colour, with a heading and a legend. A plan holding
// several trees (sections) draws them one under another, each under its own title. Everything is
// computed when the scene is built; painting only draws, so the same scene serves the
// interactive view and the exporters. A job that ran more tasks than the plan shows gets
// faint ghosts of the others beside the task shown (GhostTasksItem), named from the look's
// shards when it has them.
class PlanScene : public QGraphicsScene
{
    Q_OBJECT

public:
    // The look is the owner's (its theme, its workers' colours): a scene never reads a global one.
    PlanScene(const Plan &plan, const PlanAnalysis &analysis, ColorMode mode, const QString &caption = {},
              const std::vector<PlanSection> &sections = {}, const PlanLook &look = {}, QObject *parent = nullptr);
    ~PlanScene() override;

    ColorMode colorMode() const { return m_mode; }
    // The look it was drawn with, its workers' colours resolved for this plan.
    const PlanLook &look() const { return m_look; }
    int cardCount() const { return int(m_cards.size()); }
    // The card of a node of Plan::nodes.
    NodeCardItem *card(int nodeIndex) const;
    // The frame of a task node, or nullptr.
    TaskFrameItem *frame(int taskIndex) const;
    std::vector<TaskFrameItem *> frames() const;
    // The ghosts of the tasks each job ran but the plan does not show, in tree order.
    const std::vector<GhostTasksItem *> &ghostTasks() const { return m_ghosts; }
    // Puts "Show every task" on the ghosts: for a view that can run the statement again.
    void setEveryTaskOffered(bool offered);
    // Outlines the task frames and ghosts of that shard (none: clears); returns how many.
    int highlightShard(std::optional<qint64> shardId);
    // The box holding a node's children in rows when it has many, or nullptr.
    WrapBoxItem *wrapBox(int nodeIndex) const;
    const std::vector<ResultLinkItem *> &resultLinks() const { return m_links; }
    // Every label over the drawing (on edges and on result links), shown or not.
    std::vector<LabelItem *> labels() const;
    const EdgeLayerItem *edges() const { return m_edges; }
    const LegendItem *legend() const { return m_legend; }
    LegendItem *legend() { return m_legend; }
    // For views that pin the legend over the drawing instead.
    void setLegendShown(bool shown);
    QStringList legendWorkers() const;
    PlanTitleItem *titleItem() const { return m_title; }
    // The title above each section's tree, in order; none for a single plan.
    std::vector<PlanTitleItem *> sectionTitles() const;

    // Children beyond this many go in rows inside a box rather than in one line.
    static constexpr int maxChildrenInLine = 8;

    // Hides (or shows again) what lies below a node; the tree is laid out again.
    void setCollapsed(int nodeIndex, bool collapsed);
    bool isCollapsed(int nodeIndex) const { return m_collapsed[size_t(nodeIndex)]; }
    // Marks the cards whose texts contain text (case-insensitive); empty clears the marks.
    // Returns the matching nodes in tree order.
    std::vector<int> highlightMatches(const QString &text);
    void selectNode(int nodeIndex);
    // The selected node, or -1.
    int selectedNode() const;
    // For the interactive view: caches each card as a pixmap. Off for exports, which
    // must stay vector (SVG, PDF), and by default.
    void setItemCaching(bool enabled);
    bool isItemCaching() const { return m_itemCaching; }

private:
    void buildItems(const Plan &plan, const PlanAnalysis &analysis, const QString &caption,
                    const std::vector<PlanSection> &sections);
    void buildSections(const Plan &plan, const std::vector<PlanSection> &sections);
    void buildCards(const Plan &plan, const PlanAnalysis &analysis, const NodeColoring &coloring);
    void measureFlows(const Plan &plan);
    void buildLegend(const PlanAnalysis &analysis, const NodeColoring &coloring);
    void layOut();
    // ghostSlots: the layout node of each ghost group of the section, -1 for the others.
    std::vector<int> fillLayout(TreeLayout &layout, const std::vector<bool> &visible, int section,
                                std::vector<int> &ghostSlots) const;
    void showVisible(const std::vector<bool> &visible);
    void placeCards(const TreeLayout &layout, const std::vector<int> &nodeAt, QPointF offset);
    void placeGhosts(const TreeLayout &layout, const std::vector<int> &ghostSlots, QPointF offset);
    bool showsGhosts(const GhostTasksItem *ghosts, const std::vector<bool> &visible) const;
    // What labels must leave clear: the cards, frames, boxes and section titles shown.
    std::vector<QRectF> labelObstacles() const;
    void placeEdges(const std::vector<bool> &visible, LabelPlacer &labels);
    void placeLinks(const std::vector<bool> &visible, LabelPlacer &labels);
    void placeHeader(const QRectF &tree);
    int shownAncestorOrSelf(int node, const std::vector<bool> &visible) const;

    ColorMode m_mode;
    PlanLook m_look;
    // The tree's shape, kept from the plan for laying out again.
    std::vector<int> m_parent;
    std::vector<int> m_preorder;
    std::vector<double> m_rowsIn; // rows flowing from each node to its parent
    std::vector<bool> m_dashedIn; // edges drawn dashed (repartitioned data)
    std::vector<bool> m_collapsed;
    std::vector<int> m_sectionOf; // by node: which tree it belongs to
    // One per tree of the drawing, in order; nullptr when untitled (a plan on its own).
    std::vector<PlanTitleItem *> m_sections;

    std::vector<NodeCardItem *> m_cards;
    std::vector<TaskFrameItem *> m_frames; // by node index, nullptr for non-tasks
    std::vector<WrapBoxItem *> m_wrapBoxes; // by node index, nullptr for few children
    std::vector<ResultLinkItem *> m_links;
    std::vector<GhostTasksItem *> m_ghosts;
    std::vector<LabelItem *> m_edgeLabels; // by node: on the edge into it, nullptr for none
    EdgeLayerItem *m_edges = nullptr;
    LegendItem *m_legend = nullptr;
    PlanTitleItem *m_title = nullptr;
    bool m_itemCaching = false;
};

} // namespace shardscope
