#pragma once

#include "Plan.h"
#include "PlanAnalysis.h"

#include <QCoreApplication>
#include <QStringList>

namespace shardscope {

// What differs between two plans, usually of the same query with other parameters, told
// in sentences a class can read aloud: where each ran (worker and shard), what kind of
// distributed plan each is, how long each took (or, last, that the difference is noise
// between runs), and which nodes and rows differ.
class PlanComparison
{
    Q_DECLARE_TR_FUNCTIONS(PlanComparison)

public:
    struct Side {
        const Plan &plan;
        const PlanAnalysis &analysis;
    };

    static QStringList sentences(const Side &a, const Side &b);

private:
    static QString placement(const Side &a, const Side &b);
    static QString where(const Side &side);
    static QString kinds(const Side &a, const Side &b);
    static QString timing(const Side &a, const Side &b);
    static QStringList nodeTypes(const Side &a, const Side &b);
    static QStringList rows(const Side &a, const Side &b);
};

} // namespace shardscope
