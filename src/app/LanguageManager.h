#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QTranslator>

namespace shardscope {

// Which language the program speaks: ShardScope's own strings and Qt's (dialog buttons),
// chosen from the system locale, a --lang option or the menu, switchable while running.
// Installing the translators makes Qt send LanguageChange to every widget, which is how
// open windows retranslate themselves. Translators are global to the application, so
// there is one manager per application, owned by it: of() finds or makes it.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    static LanguageManager *of(QCoreApplication *application);

    // "en" and "es".
    static QStringList languages();
    // The language of the system locale if we have it, else English.
    static QString systemLanguage();
    // The native name of a language ("English", "Español").
    static QString nativeName(const QString &language);
    // The language last chosen in the menu (kept in the settings), else the system's.
    static QString preferredLanguage();
    static void savePreference(const QString &language);

    // Returns false for a language we do not have.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

signals:
    void languageChanged(const QString &language);

private:
    explicit LanguageManager(QObject *parent);

    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};

} // namespace shardscope
