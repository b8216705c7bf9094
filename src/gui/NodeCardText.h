#pragma once

#include "Plan.h"
#include "PlanAnalysis.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>

#include <vector>

namespace shardscope {

// What the card of one plan node says, worded and measured once when the scene is
// built so that painting only draws text (a 10,000-node plan is repainted often).
struct NodeCardText {
    Q_DECLARE_TR_FUNCTIONS(NodeCardText)

public:
    QString title;
    QString object; // table, index, CTE or function read, without the shard suffix
    QString badge; // "shard 102009", drawn apart from the name
    std::vector<QString> lines; // details, the first one about rows
    QString marker; // "↑ 39×" when the row estimate was off by a lot
    Misestimate markerDirection = Misestimate::None;
    bool neverExecuted = false;
    // PostgreSQL 18: chosen although a planner setting disabled its kind; the card is marked.
    bool disabled = false;
    // Everything above uncut, a line each, when a text had to be elided to fit the card
    // (the card's tooltip); empty when the card shows it all.
    QString uncut;

    double objectWidth = 0;
    double badgeWidth = 0;
    double markerWidth = 0;
    QSizeF size;

    static NodeCardText make(const Plan &plan, int index, const NodeMetrics &metrics);
    // Whether any of the texts contains text, ignoring case (search in the plan).
    bool contains(const QString &text) const;
    // Estimates off by this factor or more get a marker.
    static constexpr double markerFactor = 10;
};

} // namespace shardscope
