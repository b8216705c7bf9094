#include "Milliseconds.h"

#include <QLocale>

namespace shardscope {

QString Milliseconds::text(double ms)
{
    return tr("%1 ms").arg(QLocale().toString(ms, 'f', 3));
}

} // namespace shardscope
