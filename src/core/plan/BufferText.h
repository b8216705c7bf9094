#pragma once

#include <QByteArrayView>
#include <QString>

#include <utility>
#include <vector>

namespace shardscope {

// The text format's "Buffers:" value ("shared hit=2 read=3, local written=1, temp read=5")
// as the keys JSON names the same counters ("Shared Hit Blocks" = 2, ...). Shared by the
// text parser (node lines) and PlanHeader (the "Planning:" and "Serialization:" blocks).
class BufferText
{
public:
    // Empty for anything that is not such a value.
    static std::vector<std::pair<QString, QString>> counters(QByteArrayView value);
};

} // namespace shardscope
