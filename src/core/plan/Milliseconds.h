#pragma once

#include <QCoreApplication>
#include <QString>

namespace shardscope {

// A time as EXPLAIN prints it, to the microsecond, in the user's language: "2.565 ms",
// "2,565 ms". The same time reads the same in the details, the comparison, the command
// line's summary and the tutorial.
class Milliseconds
{
    Q_DECLARE_TR_FUNCTIONS(Milliseconds)

public:
    static QString text(double ms);
};

} // namespace shardscope
