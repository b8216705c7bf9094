#pragma once

#include <QObject>
#include <QTranslator>

namespace shardscope {

// Which language the program speaks: ShardScope's own strings and Qt's (dialog buttons),
// chosen from the system locale, a --lang option or the menu, switchable while running.
// Installing the translators makes Qt send LanguageChange to every widget, which is how
// open windows retranslate themselves.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "en" and "es".
    static QStringList languages();
    // The language of the system locale if we have it, else English.
    static QString systemLanguage();
    // The native name of a language ("English", "Español").
    static QString nativeName(const QString &language);

    // Returns false for a language we do not have.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

signals:
    void languageChanged(const QString &language);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};

} // namespace shardscope
