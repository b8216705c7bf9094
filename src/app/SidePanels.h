#pragma once

#include <QList>
#include <QPointer>

class QDockWidget;

namespace shardscope {

// The docks around the plan, put away together (presenter mode gives the plan the whole
// window) and brought back as they were: only those that were shown come back.
class SidePanels
{
public:
    void add(QDockWidget *dock);

    // Hides the docks shown now, remembering them.
    void putAway();
    // Shows again the docks putAway() hid; nothing when none were put away.
    void bringBack();
    bool areAway() const { return m_away; }

private:
    QList<QDockWidget *> m_docks;
    QList<QPointer<QDockWidget>> m_hidden;
    bool m_away = false;
};

} // namespace shardscope
