#include "BufferText.h"

#include "TextParts.h"

namespace shardscope {

namespace {

QString capitalised(QByteArrayView word)
{
    QString text = QString::fromUtf8(word);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

std::vector<std::pair<QString, QString>> BufferText::counters(QByteArrayView value)
{
    std::vector<std::pair<QString, QString>> counters;
    const bool valid = forEachPart(value, ',', [&counters](QByteArrayView scope) {
        scope = scope.trimmed();
        const qsizetype space = scope.indexOf(' ');
        if (space <= 0)
            return false;
        const QString prefix = capitalised(scope.first(space)) + QLatin1Char(' ');
        return forEachPart(scope.sliced(space + 1), ' ', [&](QByteArrayView counter) {
            const qsizetype equals = counter.indexOf('=');
            if (equals <= 0)
                return false;
            counters.emplace_back(prefix + capitalised(counter.first(equals)) + QStringLiteral(" Blocks"),
                                  QString::fromUtf8(counter.sliced(equals + 1)));
            return true;
        });
    });
    if (!valid)
        counters.clear();
    return counters;
}

} // namespace shardscope
