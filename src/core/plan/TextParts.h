#pragma once

#include <QByteArrayView>

namespace shardscope {

// Calls visit(part) for each part of text between separators; stops, returning false, as
// soon as visit returns false. The text format's figures and buffer counters are read so.
template<typename Visit>
bool forEachPart(QByteArrayView text, char separator, Visit visit)
{
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(separator, start);
        if (end < 0)
            end = text.size();
        if (!visit(text.sliced(start, end - start)))
            return false;
        start = end + 1;
    }
    return true;
}

} // namespace shardscope
