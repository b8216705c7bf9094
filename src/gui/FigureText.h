#pragma once

#include <QCoreApplication>
#include <QString>

namespace shardscope {

// Short forms of the figures a plan card shows, so that they fit a card: "3.9k",
// "0.011 ms", "3.85 s", "39×".
class FigureText
{
    Q_DECLARE_TR_FUNCTIONS(FigureText)

public:
    static QString count(double value);
    static QString duration(double ms);
    static QString factor(double value);
    // A size given in kB, as PostgreSQL gives memory and output: "17 kB", "30.5 MB".
    static QString kilobytes(double kb);
};

} // namespace shardscope
