#include "PlanSearch.h"

#include "PlanScene.h"
#include "PlanView.h"

namespace shardscope {

PlanSearch::PlanSearch(QObject *parent) : QObject(parent) {}

void PlanSearch::setView(PlanView *view)
{
    if (m_view)
        m_view->disconnect(this);
    m_view = view;
    if (m_view)
        connect(m_view, &PlanView::sceneReplaced, this, &PlanSearch::highlight);
    highlight();
}

void PlanSearch::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_current = -1;
    highlight();
    if (!m_matches.empty())
        step(1);
}

void PlanSearch::next()
{
    step(1);
}

void PlanSearch::previous()
{
    step(-1);
}

// Marks the matches in the view's current scene. The same plan redrawn in another
// colour mode has the same matches, and the focused one stays focused.
void PlanSearch::highlight()
{
    PlanScene *scene = m_view ? m_view->planScene() : nullptr;
    std::vector<int> matches = scene ? scene->highlightMatches(m_text) : std::vector<int>();
    if (matches != m_matches)
        m_current = -1;
    m_matches = std::move(matches);
    emit matchesChanged(m_current, matchCount());
}

void PlanSearch::step(int delta)
{
    if (m_matches.empty() || !m_view)
        return;
    const int count = matchCount();
    m_current = m_current < 0 ? (delta > 0 ? 0 : count - 1) : (m_current + delta + count) % count;
    m_view->focusNode(m_matches[size_t(m_current)]);
    emit matchesChanged(m_current, count);
}

} // namespace shardscope
