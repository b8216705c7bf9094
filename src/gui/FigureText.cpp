#include "FigureText.h"

#include <QLocale>

#include <cmath>

namespace shardscope {

namespace {

// Three significant digits at most, no trailing zeros: 12.3, 123, 0.011 (12,3 in Spanish:
// the language's decimal mark, and no group separator, which would read as one there).
QString significant(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const int decimals = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
    QString text = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

} // namespace

QString FigureText::count(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude < 10000)
        return significant(value);
    if (magnitude < 1e6)
        return tr("%1k").arg(significant(value / 1e3));
    if (magnitude < 1e9)
        return tr("%1M").arg(significant(value / 1e6));
    return tr("%1G").arg(significant(value / 1e9));
}

QString FigureText::duration(double ms)
{
    if (ms >= 1000)
        return tr("%1 s").arg(significant(ms / 1000));
    return tr("%1 ms").arg(significant(ms));
}

QString FigureText::kilobytes(double kb)
{
    if (kb >= 1024 * 1024)
        return tr("%1 GB").arg(significant(kb / (1024 * 1024)));
    if (kb >= 1024)
        return tr("%1 MB").arg(significant(kb / 1024));
    return tr("%1 kB").arg(significant(kb));
}

QString FigureText::factor(double value)
{
    return tr("%1×").arg(value >= 100 ? count(std::round(value)) : significant(value));
}

} // namespace shardscope
