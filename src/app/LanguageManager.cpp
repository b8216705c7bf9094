#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace shardscope {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QStringList LanguageManager::languages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString LanguageManager::systemLanguage()
{
    const auto preferred = QLocale::system().uiLanguages();
    for (const QString &tag : preferred) {
        const QString language = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (languages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString LanguageManager::nativeName(const QString &language)
{
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!languages().contains(language))
        return false;
    if (language == m_language)
        return true;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    // Qt ships no English file: its own strings are English already.
    if (m_app.load(QStringLiteral(":/i18n/shardscope_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(language));
    m_language = language;
    emit languageChanged(language);
    return true;
}

} // namespace shardscope
