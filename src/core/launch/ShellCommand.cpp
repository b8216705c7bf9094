#include "ShellCommand.h"

#include <QRegularExpression>

namespace shardscope {

QString ShellCommand::quote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9_./:=@%+,-]+$)"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ShellCommand::join(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words)
        quoted << quote(word);
    return quoted.join(QLatin1Char(' '));
}

} // namespace shardscope
