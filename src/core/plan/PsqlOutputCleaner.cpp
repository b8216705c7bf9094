#include "PsqlOutputCleaner.h"

#include <QList>

namespace shardscope {

namespace {

bool isDashLine(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return false;
    for (char c : trimmed) {
        if (c != '-' && c != '+')
            return false;
    }
    return true;
}

bool isRowCountFooter(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    return trimmed.startsWith('(') && (trimmed.endsWith(" rows)") || trimmed.endsWith(" row)"));
}

// Index of the "QUERY PLAN" header that psql prints above the dashes, or -1.
qsizetype headerLine(const QList<QByteArray> &lines)
{
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).trimmed() == "QUERY PLAN" && isDashLine(lines.at(i + 1)))
            return i;
    }
    return -1;
}

} // namespace

QByteArray PsqlOutputCleaner::clean(const QByteArray &text)
{
    // Cheap test first: a plan file straight from the server has no psql header, and
    // psql prints it before the plan, after at most the echoed statements.
    constexpr qsizetype headerSearch = 256 * 1024;
    if (!QByteArrayView(text).first(qMin(text.size(), headerSearch)).contains("QUERY PLAN"))
        return text;
    const QList<QByteArray> lines = text.split('\n');
    const qsizetype header = headerLine(lines);
    if (header < 0)
        return text;

    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = header + 2; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (isRowCountFooter(line))
            break;
        if (line.startsWith(' '))
            line.remove(0, 1);
        // Aligned mode pads every line to the column width and ends a line that
        // continues in the same cell with " +".
        while (line.endsWith(' '))
            line.chop(1);
        if (line.endsWith('+')) {
            line.chop(1);
            while (line.endsWith(' '))
                line.chop(1);
        }
        out += line;
        out += '\n';
    }
    return out;
}

} // namespace shardscope
