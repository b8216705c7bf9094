#pragma once

// Reaching into a StructuredTree by path in tests: "0/Plan/Plans/1" walks array positions
// and object keys. Keys with a '/' of their own need StructuredTree::member.

#include "StructuredTree.h"

#include <QString>
#include <QStringList>

namespace treepath {

using shardscope::StructuredTree;
using Type = StructuredTree::Type;

inline int childAt(const StructuredTree &tree, int container, int position)
{
    int child = tree.at(container).firstChild;
    for (; child >= 0 && position > 0; --position)
        child = tree.at(child).nextSibling;
    return child;
}

inline int childCount(const StructuredTree &tree, int container)
{
    int count = 0;
    for (int child = tree.at(container).firstChild; child >= 0; child = tree.at(child).nextSibling)
        ++count;
    return count;
}

// Entry at the path, or -1.
inline int entryAt(const StructuredTree &tree, const QString &path)
{
    int entry = tree.root();
    for (const QString &step : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (entry < 0)
            return -1;
        if (tree.at(entry).type == Type::Array)
            entry = childAt(tree, entry, step.toInt());
        else if (tree.at(entry).type == Type::Object)
            entry = tree.member(entry, step.toStdString());
        else
            return -1;
    }
    return entry;
}

inline QString textAt(const StructuredTree &tree, const QString &path)
{
    const int entry = entryAt(tree, path);
    return entry < 0 ? QStringLiteral("<missing>") : StructuredTree::toQString(tree.at(entry).text);
}

inline Type typeAt(const StructuredTree &tree, const QString &path)
{
    const int entry = entryAt(tree, path);
    return entry < 0 ? Type::Null : tree.at(entry).type;
}

} // namespace treepath
