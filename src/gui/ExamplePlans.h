#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shardscope {

// One real Citus plan shipped inside the program, to open with no cluster at all.
struct ExamplePlan {
    // Stable name, for object names and tests: "router_user1".
    QString id;
    // The EXPLAIN output in the program's resources (":/examples/…").
    QString resource;
    // In the current language, as the gallery and the window title show them.
    QString title;
    // What the plan teaches, in one line.
    QString description;
};

// The gallery of example plans: EXPLAIN output captured from a Citus 13 cluster (the test
// fixtures of tests/data/citus, embedded as :/examples/), in the order a class meets them:
// a router query for one user and for another, every task of a multi-shard query, a
// subplan, a repartition join, an INSERT … SELECT.
class ExamplePlans
{
    Q_DECLARE_TR_FUNCTIONS(ExamplePlans)

public:
    // Titles and descriptions in the current language: ask again after a language switch.
    static QList<ExamplePlan> all();
    // The example of that id, in the current language.
    static std::optional<ExamplePlan> find(const QString &id);
    // The plan's EXPLAIN output as psql printed it; empty when the resource is missing.
    static QByteArray text(const ExamplePlan &example);
};

} // namespace shardscope
