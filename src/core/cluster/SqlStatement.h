#pragma once

#include <QString>
#include <QVariantList>

namespace shardscope {

// A statement with $1, $2... placeholders and the values that go with them.
struct SqlStatement {
    QString sql;
    QVariantList params;
};

} // namespace shardscope
