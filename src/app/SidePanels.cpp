#include "SidePanels.h"

#include <QDockWidget>

#include <utility>

namespace shardscope {

void SidePanels::add(QDockWidget *dock)
{
    m_docks.append(dock);
}

void SidePanels::putAway()
{
    if (m_away)
        return;
    m_hidden.clear();
    for (QDockWidget *dock : std::as_const(m_docks)) {
        // isVisible() is false while the window itself is not shown yet: ask the dock.
        if (!dock->isHidden()) {
            m_hidden.append(dock);
            dock->hide();
        }
    }
    m_away = true;
}

void SidePanels::bringBack()
{
    if (!m_away)
        return;
    for (const QPointer<QDockWidget> &dock : std::as_const(m_hidden)) {
        if (dock)
            dock->show();
    }
    m_hidden.clear();
    m_away = false;
}

} // namespace shardscope
