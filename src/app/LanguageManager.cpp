#include "LanguageManager.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace shardscope {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager *LanguageManager::of(QCoreApplication *application)
{
    if (auto *manager = application->findChild<LanguageManager *>(QString(), Qt::FindDirectChildrenOnly))
        return manager;
    return new LanguageManager(application);
}

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
    // Not QLocale's native names, which for English is "American English".
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QString LanguageManager::preferredLanguage()
{
    const QString saved = AppSettings().language();
    return languages().contains(saved) ? saved : systemLanguage();
}

void LanguageManager::savePreference(const QString &language)
{
    AppSettings().setLanguage(language);
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
