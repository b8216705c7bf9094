#include "PlanView.h"

#include "GhostTasksItem.h"
#include "GlossaryDialog.h"
#include "GlossaryMarkItem.h"
#include "LegendItem.h"
#include "NodeCardItem.h"
#include "PlanScene.h"
#include "PlanStyle.h"
#include "PlanTitleItem.h"
#include "TaskFrameItem.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace shardscope {

namespace {

constexpr double zoomStep = 1.25; // one key press or toolbar click
constexpr double wheelStepPerNotch = 1.15; // one notch (120/8 degrees) of a mouse wheel
constexpr double wheelNotch = 120;
// Small plans are fitted to the window, but not blown up past this.
constexpr double initialMaxZoom = 1.25;
// Room kept around a card scrolled into view, and above the root of a large plan.
constexpr int visibleMargin = 40;

} // namespace

PlanView::PlanView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    // Zooming keeps the point under the cursor still: setZoom() scrolls for that itself.
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(m_look.theme.background());
    setFocusPolicy(Qt::StrongFocus);
    // Files and text dropped here are for the window, which opens them; a scene would
    // swallow the drag without doing anything with it.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    retranslateUi();
}

void PlanView::retranslateUi()
{
    // The name is the owner's to give: the plan, or plan A or B of a comparison.
    setAccessibleDescription(tr("Arrow keys move between nodes: Up to the parent, Down to the first child, "
                                "Left and Right to siblings. Enter folds or unfolds the selected node."));
}

void PlanView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    // The cards, frames and legend hold their texts: only a new drawing speaks the new language.
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        redraw();
    }
}

void PlanView::setPresenterMode(bool on)
{
    const double magnification = on ? presenterMagnification : 1.0;
    if (m_document && !m_autoZoom)
        setZoom(zoom() * magnification / m_magnification, viewport()->rect().center());
    m_magnification = magnification;
    m_presenter = on;
    updateLegendPinning();
}

void PlanView::setLegendPinned(bool pinned)
{
    m_legendAlwaysPinned = pinned;
    updateLegendPinning();
}

void PlanView::updateLegendPinning()
{
    m_pinnedLegend = m_presenter || m_legendAlwaysPinned;
    // Scrolling moves the pixels already drawn, which would drag the pinned legend along.
    setViewportUpdateMode(m_pinnedLegend ? FullViewportUpdate : SmartViewportUpdate);
    redraw();
}

void PlanView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_pinnedLegend || !m_scene)
        return;
    double scale = 1;
    const QRectF pinned = pinnedLegendRect(&scale);
    painter->save();
    painter->resetTransform();
    painter->translate(pinned.topLeft());
    painter->scale(scale, scale);
    m_scene->legend()->paintLegend(painter);
    painter->restore();
}

QRectF PlanView::pinnedLegendRect(double *scale) const
{
    const QSizeF size = m_scene->legend()->boundingRect().size();
    const double factor = std::min(m_magnification, 1.0 * viewport()->width() / 3 / size.width());
    if (scale)
        *scale = factor;
    return QRectF(QPointF(viewport()->width() - size.width() * factor - visibleMargin / 2.0, visibleMargin / 2.0),
                  size * factor);
}

bool PlanView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_pinnedLegend && m_scene) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (pinnedLegendRect().contains(help->pos())) {
            QToolTip::showText(help->globalPos(), m_scene->legend()->toolTip(), viewport());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

PlanView::~PlanView()
{
    // The scene goes before the view that shows it, and clearing it deselects every card:
    // no one is told of that selection change (the window may be half destroyed by now).
    if (m_scene)
        m_scene->disconnect(this);
    setScene(nullptr);
}

void PlanView::showDocument(PlanDocumentPtr document, ColorMode mode)
{
    m_document = std::move(document);
    m_mode = mode;
    resetTransform();
    replaceScene(std::make_unique<PlanScene>(m_document->plan, m_document->analysis, m_mode, m_document->title(),
                                             m_document->sections, m_look));
    m_autoZoom = true;
    applyInitialZoom();
}

void PlanView::clear()
{
    m_document.reset();
    m_autoZoom = false;
    replaceScene(nullptr);
}

void PlanView::setColorMode(ColorMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    redraw();
}

void PlanView::setLook(const PlanLook &look)
{
    if (look == m_look)
        return;
    m_look = look;
    redraw();
}

void PlanView::redraw()
{
    setBackgroundBrush(m_look.theme.background());
    if (!m_document)
        return;
    const QTransform transform = this->transform();
    const QPointF centre = mapToScene(viewport()->rect().center());
    const int selected = selectedNode();
    const bool autoZoom = m_autoZoom;

    std::unique_ptr<PlanScene> scene = makeScene(m_mode, m_look);
    scene->selectNode(selected);
    replaceScene(std::move(scene));
    setTransform(transform);
    zoomed();
    centerOn(centre);
    m_autoZoom = autoZoom;
    if (m_autoZoom)
        applyInitialZoom();
}

std::unique_ptr<PlanScene> PlanView::makeScene(ColorMode mode, const PlanLook &look) const
{
    if (!m_document)
        return nullptr;
    auto scene = std::make_unique<PlanScene>(m_document->plan, m_document->analysis, mode, m_document->title(),
                                             m_document->sections, look);
    for (int node = 0; node < scene->cardCount(); ++node) {
        if (m_scene->isCollapsed(node))
            scene->setCollapsed(node, true);
    }
    return scene;
}

void PlanView::replaceScene(std::unique_ptr<PlanScene> scene)
{
    if (m_scene)
        m_scene->disconnect(this);
    if (scene) {
        scene->setLegendShown(!m_pinnedLegend);
        for (int node = 0; node < scene->cardCount(); ++node)
            scene->card(node)->setCursor(Qt::PointingHandCursor);
        for (TaskFrameItem *frame : scene->frames()) {
            if (frame->shardId())
                frame->setCursor(Qt::PointingHandCursor);
        }
        scene->setEveryTaskOffered(m_everyTaskOffered);
        addGlossaryMarks(*scene);
        scene->highlightShard(m_highlightedShard);
        connect(scene.get(), &QGraphicsScene::selectionChanged, this, [this] { emit nodeSelected(selectedNode()); });
    }
    setScene(scene.get());
    m_scene = std::move(scene);
    emit sceneReplaced();
    emit nodeSelected(selectedNode());
    zoomed();
}

// Cards are cached as pixmaps only where they show their texts: a pan then only moves
// them. Zoomed out, a card is a plain box that costs less to draw than a pixmap, and a
// cache would make each zoom step draw thousands of new pixmaps.
void PlanView::zoomed()
{
    if (m_scene)
        m_scene->setItemCaching(zoom() >= PlanStyle::detailThreshold);
    emit zoomChanged(zoom());
}

double PlanView::zoom() const
{
    return transform().m11();
}

int PlanView::selectedNode() const
{
    return m_scene ? m_scene->selectedNode() : -1;
}

void PlanView::selectNode(int node)
{
    if (!m_scene || !m_scene->card(node))
        return;
    revealNode(node);
    m_scene->selectNode(node);
    ensureVisible(m_scene->card(node)->sceneBoundingRect(), visibleMargin, visibleMargin);
    m_autoZoom = false;
}

void PlanView::focusNode(int node)
{
    if (!m_scene || !m_scene->card(node))
        return;
    revealNode(node);
    m_scene->selectNode(node);
    if (zoom() < readableZoom * m_magnification)
        setZoom(m_magnification, viewport()->rect().center());
    centerOnNode(node, false);
    m_autoZoom = false;
}

void PlanView::revealNode(int node)
{
    const Plan &plan = m_document->plan;
    for (int parent = plan.nodes[size_t(node)].parent; parent >= 0; parent = plan.nodes[size_t(parent)].parent) {
        if (m_scene->isCollapsed(parent))
            m_scene->setCollapsed(parent, false);
    }
}

void PlanView::setCollapsed(int node, bool collapsed)
{
    if (!m_scene || !m_scene->card(node) || m_scene->isCollapsed(node) == collapsed)
        return;
    const NodeCardItem *card = m_scene->card(node);
    const QPoint before = mapFromScene(card->pos());
    m_scene->setCollapsed(node, collapsed);
    const QPoint moved = mapFromScene(card->pos()) - before;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + moved.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + moved.y());
}

void PlanView::toggleCollapsed(int node)
{
    if (m_scene && hasChildren(node))
        setCollapsed(node, !m_scene->isCollapsed(node));
}

void PlanView::expandAll()
{
    if (!m_scene)
        return;
    for (int node = 0; node < m_scene->cardCount(); ++node)
        m_scene->setCollapsed(node, false);
}

void PlanView::zoomIn()
{
    m_autoZoom = false;
    setZoom(zoom() * zoomStep, viewport()->rect().center());
}

void PlanView::zoomOut()
{
    m_autoZoom = false;
    setZoom(zoom() / zoomStep, viewport()->rect().center());
}

void PlanView::actualSize()
{
    m_autoZoom = false;
    setZoom(m_magnification, viewport()->rect().center());
}

void PlanView::fitToWindow()
{
    if (!m_scene)
        return;
    m_autoZoom = false;
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    if (zoom() > maxZoom)
        setZoom(maxZoom, viewport()->rect().center());
    if (zoom() < smallestFitZoom()) {
        setZoom(smallestFitZoom(), viewport()->rect().center());
        centerOnNode(m_document->plan.root, true);
    }
    zoomed();
}

double PlanView::smallestFitZoom() const
{
    return m_presenter ? presenterMinimumTextPixels / PlanStyle::bodyFont().pixelSize() : 0;
}

void PlanView::jumpToSlowest()
{
    if (m_document)
        focusNode(m_document->analysis.slowestNode);
}

void PlanView::setZoom(double target, QPoint anchor)
{
    const double current = zoom();
    target = std::clamp(target, std::min(minZoom, fitZoom()), maxZoom);
    if (!m_scene || qFuzzyCompare(target, current))
        return;
    const QPointF sceneAnchor = mapToScene(anchor);
    scale(target / current, target / current);
    const QPoint moved = mapFromScene(sceneAnchor) - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + moved.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + moved.y());
    zoomed();
}

double PlanView::fitZoom() const
{
    const QRectF rect = sceneRect();
    if (!m_scene || rect.isEmpty())
        return 1;
    const QSizeF room = viewport()->size();
    return std::min(room.width() / rect.width(), room.height() / rect.height());
}

// A plan that fits at a size where its texts can still be read is shown whole; a larger
// one at a comfortable size from its root down, since a fitted thumbnail of it tells nothing.
void PlanView::applyInitialZoom()
{
    if (!m_scene)
        return;
    const double fit = fitZoom();
    if (fit >= std::max(minFitZoom * m_magnification, smallestFitZoom())) {
        setZoom(std::min(fit, initialMaxZoom * m_magnification), viewport()->rect().center());
        centerOn(sceneRect().center());
    } else {
        setZoom(std::max(readableZoom * m_magnification, smallestFitZoom()), viewport()->rect().center());
        centerOnNode(m_document->plan.root, true);
    }
    zoomed();
}

void PlanView::centerOnNode(int node, bool nearTop)
{
    const QRectF card = m_scene->card(node)->sceneBoundingRect();
    if (!nearTop) {
        centerOn(card.center());
        return;
    }
    const double halfHeight = viewport()->height() / 2.0 / zoom();
    centerOn(card.center().x(), card.top() - visibleMargin / zoom() + halfHeight);
}

int PlanView::nodeAt(QPoint viewPos) const
{
    for (QGraphicsItem *item : items(viewPos)) {
        if (item->type() == NodeCardItem::Type)
            return static_cast<NodeCardItem *>(item)->nodeIndex();
    }
    return -1;
}

bool PlanView::hasChildren(int node) const
{
    return m_document && node >= 0 && !m_document->plan.nodes[size_t(node)].children.empty();
}

// The node an arrow key leads to from node, or -1 when there is none that way.
int PlanView::neighbour(int node, int key) const
{
    const Plan &plan = m_document->plan;
    const PlanNode &from = plan.nodes[size_t(node)];
    switch (key) {
    case Qt::Key_Up:
        return from.parent;
    case Qt::Key_Down:
        return from.children.empty() || m_scene->isCollapsed(node) ? -1 : from.children.front();
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (from.parent < 0)
            return -1;
        const std::vector<int> &siblings = plan.nodes[size_t(from.parent)].children;
        const qsizetype at = std::find(siblings.begin(), siblings.end(), node) - siblings.begin();
        const qsizetype to = at + (key == Qt::Key_Left ? -1 : 1);
        return to < 0 || to >= qsizetype(siblings.size()) ? -1 : siblings[size_t(to)];
    }
    default:
        return -1;
    }
}

void PlanView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    // Shift or Alt with the wheel scrolls, as elsewhere.
    if (!m_scene || delta == 0 || (event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier))) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    m_autoZoom = false;
    setZoom(zoom() * std::pow(wheelStepPerNotch, delta / wheelNotch), event->position().toPoint());
    event->accept();
}

void PlanView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!m_scene || !plain) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const int selected = selectedNode();
    switch (key) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int target = selected < 0 ? m_document->plan.root : neighbour(selected, key);
        if (target >= 0)
            selectNode(target);
        event->accept();
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        toggleCollapsed(selected);
        event->accept();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void PlanView::mousePressEvent(QMouseEvent *event)
{
    m_autoZoom = false;
    const QPoint at = event->position().toPoint();
    m_clickAt.reset();
    if (event->button() == Qt::LeftButton && clickShardOrButton(at, false))
        m_clickAt = at;
    QGraphicsView::mousePressEvent(event);
}

void PlanView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    const std::optional<QPoint> pressed = std::exchange(m_clickAt, std::nullopt);
    if (event->button() == Qt::LeftButton && pressed
        && (event->position().toPoint() - *pressed).manhattanLength() < QApplication::startDragDistance())
        clickShardOrButton(*pressed, true);
}

bool PlanView::clickShardOrButton(QPoint viewPos, bool act)
{
    for (QGraphicsItem *item : items(viewPos)) {
        const QPointF at = item->mapFromScene(mapToScene(viewPos));
        if (item->type() == NodeCardItem::Type)
            return false;
        if (item->type() == GlossaryMarkItem::Type) {
            if (act)
                GlossaryDialog::showTerm(this, static_cast<GlossaryMarkItem *>(item)->termId());
            return true;
        }
        if (item->type() == TaskFrameItem::Type) {
            const auto *frame = static_cast<TaskFrameItem *>(item);
            if (!frame->shardId() || !frame->titleRect().contains(at))
                return false;
            if (act)
                emit shardClicked(*frame->shardId());
            return true;
        }
        if (item->type() == GhostTasksItem::Type) {
            const auto *ghosts = static_cast<GhostTasksItem *>(item);
            if (ghosts->buttonRect().contains(at)) {
                if (act)
                    emit everyTaskRequested();
                return true;
            }
            const int ghost = ghosts->ghostAt(at);
            if (ghost < 0 || !ghosts->group().ghosts[size_t(ghost)].shardId)
                return false;
            if (act)
                emit shardClicked(*ghosts->group().ghosts[size_t(ghost)].shardId);
            return true;
        }
    }
    return false;
}

// A "?" beside the Citus terms of the drawing: the kind of query in the heading, the
// workers in the legend, each task's frame.
void PlanView::addGlossaryMarks(PlanScene &scene) const
{
    const PlanTheme &theme = scene.look().theme;
    if (const QString term = queryKindTerm(m_document->analysis.kind); !term.isEmpty()) {
        PlanTitleItem *title = scene.titleItem();
        auto *mark = new GlossaryMarkItem(term, theme, title);
        mark->setPos(title->headingWidth() + GlossaryMarkItem::diameter() / 2,
                     (PlanStyle::headingMetrics().height() - GlossaryMarkItem::diameter()) / 2);
    }
    if (!m_pinnedLegend) {
        LegendItem *legend = scene.legend();
        auto *mark = new GlossaryMarkItem(QStringLiteral("worker"), theme, legend);
        mark->setPos(legend->boundingRect().right() - GlossaryMarkItem::diameter() - 4, 4);
    }
    for (TaskFrameItem *frame : scene.frames())
        frame->addMark(new GlossaryMarkItem(QStringLiteral("task"), theme, nullptr));
}

QString PlanView::queryKindTerm(PlanKind kind)
{
    switch (kind) {
    case PlanKind::Router:
        return QStringLiteral("router-query");
    case PlanKind::MultiShard:
    case PlanKind::InsertSelect:
        return QStringLiteral("multi-shard-query");
    case PlanKind::Repartition:
        return QStringLiteral("repartition");
    case PlanKind::Subplans:
        return QStringLiteral("subplan");
    case PlanKind::Local:
        break;
    }
    return {};
}

int PlanView::setHighlightedShard(std::optional<qint64> shardId)
{
    m_highlightedShard = shardId;
    return m_scene ? m_scene->highlightShard(shardId) : 0;
}

void PlanView::setEveryTaskOffered(bool offered)
{
    m_everyTaskOffered = offered;
    if (m_scene)
        m_scene->setEveryTaskOffered(offered);
}

void PlanView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int node = nodeAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && hasChildren(node)) {
        toggleCollapsed(node);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void PlanView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_scene)
        return;
    QMenu menu(this);
    const int node = nodeAt(event->pos());
    if (node >= 0) {
        m_scene->selectNode(node);
        QAction *fold = menu.addAction(m_scene->isCollapsed(node) ? tr("Expand Subtree") : tr("Collapse Subtree"),
                                       this, [this, node] { toggleCollapsed(node); });
        fold->setEnabled(hasChildren(node));
        menu.addSeparator();
    }
    menu.addAction(tr("Expand All"), this, &PlanView::expandAll);
    QAction *slowest = menu.addAction(tr("Jump to Slowest Node"), this, &PlanView::jumpToSlowest);
    slowest->setEnabled(m_document->analysis.slowestNode >= 0);
    menu.addSeparator();
    menu.addAction(tr("Fit to Window"), this, &PlanView::fitToWindow);
    menu.addAction(tr("Actual Size"), this, &PlanView::actualSize);
    menu.exec(event->globalPos());
}

void PlanView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoZoom)
        applyInitialZoom();
}

} // namespace shardscope
