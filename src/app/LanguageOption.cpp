#include "LanguageOption.h"

#include "LanguageManager.h"

namespace shardscope {

namespace {

const QString name = QStringLiteral("lang");
const QString longName = QStringLiteral("--lang");

} // namespace

QCommandLineOption LanguageOption::option()
{
    return QCommandLineOption(name, tr("Language of the texts: es or en (default: the system's)."), tr("LANG"));
}

LanguageOption::Request LanguageOption::take(const QStringList &arguments)
{
    Request request;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        // After "--" everything is a file name, even "--lang".
        if (argument == QLatin1String("--")) {
            request.remaining += arguments.mid(i);
            break;
        }
        QString value;
        if (argument == longName && i + 1 < arguments.size())
            value = arguments.at(++i);
        else if (argument.startsWith(longName + QLatin1Char('=')))
            value = argument.mid(longName.size() + 1);
        else {
            request.remaining.append(argument);
            continue;
        }
        if (!LanguageManager::languages().contains(value))
            request.error = tr("unknown language \"%1\": use es or en").arg(value);
        else
            request.language = value;
    }
    return request;
}

} // namespace shardscope
