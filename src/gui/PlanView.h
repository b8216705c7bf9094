#pragma once

#include "ColorMode.h"
#include "PlanDocument.h"
#include "PlanLook.h"

#include <QGraphicsView>

#include <memory>
#include <optional>

namespace shardscope {

class PlanScene;

// The interactive drawing of one plan: zoom (wheel around the cursor, fit, 1:1), drag to
// pan, click to select a card, arrows to walk the tree (Up parent, Down first child,
// Left/Right siblings), Enter or double-click to fold a subtree. The view owns the scene
// and rebuilds it when the colour mode changes, keeping what the user did to it.
class PlanView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit PlanView(QWidget *parent = nullptr);
    ~PlanView() override;

    void showDocument(PlanDocumentPtr document, ColorMode mode);
    void clear();
    // Draws the plan again in another colour mode; selection, folds and zoom stay.
    void setColorMode(ColorMode mode);
    // Draws the plan again, as it is, after the language changed.
    void redraw();
    // The theme and workers' colours to draw with, from the view's owner; the plan is drawn
    // again with them.
    void setLook(const PlanLook &look);
    const PlanLook &look() const { return m_look; }
    // For a projector: everything shown this much larger, the legend pinned to the
    // top right corner so it stays in sight however the plan is moved.
    void setPresenterMode(bool on);
    bool isPresenterMode() const { return m_presenter; }
    // The legend pinned to the top right corner in any mode: for views too narrow to show
    // the drawing's own legend beside a tall plan (the comparison's panes).
    void setLegendPinned(bool pinned);
    bool isLegendPinned() const { return m_pinnedLegend; }

    // Outlines the tasks (and ghost tasks) that read this shard, in this drawing and the
    // next ones; none clears. Returns how many are outlined.
    int setHighlightedShard(std::optional<qint64> shardId);
    std::optional<qint64> highlightedShard() const { return m_highlightedShard; }
    // Whether the owner can run the plan's statement again with every task shown: the
    // ghost tasks then offer "Show every task" (everyTaskRequested()).
    void setEveryTaskOffered(bool offered);

    PlanDocumentPtr document() const { return m_document; }
    PlanScene *planScene() const { return m_scene.get(); }
    ColorMode colorMode() const { return m_mode; }
    double zoom() const;

    // A new drawing of the plan in a colour mode and a look, folded like the one shown: for
    // colour switches and for exports (which must not carry selection marks or cached
    // pixmaps, and are drawn for paper whatever the screen shows).
    std::unique_ptr<PlanScene> makeScene(ColorMode mode, const PlanLook &look) const;

    int selectedNode() const;
    // Selects a node and scrolls just enough to show it (keyboard walking).
    void selectNode(int node);
    // Selects a node, unfolds what hides it, zooms in to readable if needed and centres it
    // (search results, the slowest node).
    void focusNode(int node);
    // Folds or unfolds below a node; the node's card stays where it was on screen.
    void setCollapsed(int node, bool collapsed);
    void toggleCollapsed(int node);
    void expandAll();

    // Plans that fit the window at this zoom or more open whole.
    static constexpr double minFitZoom = 0.5;
    static constexpr double minZoom = 0.02;
    static constexpr double maxZoom = 4;
    // The smallest zoom at which card texts read comfortably: a plan too large to fit
    // at it opens at it, from its root, and search results are brought up to it.
    static constexpr double readableZoom = 0.75;
    static constexpr double presenterMagnification = 1.4;
    // In presenter mode, the height in screen pixels below which card texts no longer
    // read from the back of a room: Fit stops there and the rest of the plan scrolls.
    static constexpr double presenterMinimumTextPixels = 16;
    // The zoom below which the view does not go when fitting: the one that keeps the card
    // texts at presenterMinimumTextPixels in presenter mode, none otherwise.
    double smallestFitZoom() const;

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();
    void jumpToSlowest();

signals:
    // The selected node of the plan, or -1.
    void nodeSelected(int node);
    void zoomChanged(double zoom);
    // A new scene is shown (other plan or colour mode): highlights must be applied again.
    void sceneReplaced();
    // A click on a task's title, or on a ghost task that names its shard: show it in the map.
    void shardClicked(qint64 shardId);
    // "Show every task" on the ghost tasks.
    void everyTaskRequested();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    // The pinned legend's tooltip (what its counts mean), as the drawing's own legend has.
    bool viewportEvent(QEvent *event) override;

private:
    // Where the pinned legend is drawn, in viewport pixels, and at what scale.
    QRectF pinnedLegendRect(double *scale = nullptr) const;
    void updateLegendPinning();
    void retranslateUi();
    void replaceScene(std::unique_ptr<PlanScene> scene);
    void setZoom(double zoom, QPoint anchor);
    // After every change of scale: the cards' caching follows it, and listeners are told.
    void zoomed();
    double fitZoom() const;
    void applyInitialZoom();
    void centerOnNode(int node, bool nearTop);
    void revealNode(int node);
    int nodeAt(QPoint viewPos) const;
    void addGlossaryMarks(PlanScene &scene) const;
    // The glossary's term for a kind of query; empty for a plan Citus did not distribute.
    static QString queryKindTerm(PlanKind kind);
    // Whether a left click at viewPos asks for more than selecting (a shard, a button, a
    // "?"); done when act is true.
    bool clickShardOrButton(QPoint viewPos, bool act);
    int neighbour(int node, int key) const;
    bool hasChildren(int node) const;

    PlanDocumentPtr m_document;
    std::unique_ptr<PlanScene> m_scene;
    // Where a press on a shard or a button was: a click once released there, a pan if dragged.
    std::optional<QPoint> m_clickAt;
    ColorMode m_mode = ColorMode::Worker;
    PlanLook m_look;
    // True until the user zooms or moves: until then a resize fits the plan again.
    bool m_autoZoom = false;
    double m_magnification = 1.0;
    bool m_pinnedLegend = false;
    bool m_presenter = false;
    bool m_legendAlwaysPinned = false;
    std::optional<qint64> m_highlightedShard;
    bool m_everyTaskOffered = false;
};

} // namespace shardscope
