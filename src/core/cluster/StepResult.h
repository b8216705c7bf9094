#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace shardscope {

// Rows a step shows, already as text: workers, shards, where rows went.
struct ResultTable {
    QString title;
    QStringList columns;
    QList<QStringList> rows;
};

// What a step found or did, translated, for a wizard page or a line on the command line.
// The steps also offer it typed (ClusterCheckStep::cluster(), ExplainStep::plan()...).
struct StepResult {
    QString summary; // one line: "2 workers reachable"
    QList<ResultTable> tables;
    QStringList notes; // remarks worth reading: warnings, what the server noticed
};

} // namespace shardscope
