#pragma once

// For a test that drives the main window: its settings in a directory of its own (never the
// user's), under the test's name, and the interface in the language SHARDSCOPE_WIZARD_LANGUAGE
// asks for (English without it).

#include "LanguageManager.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

inline QString windowTestLanguage()
{
    return qEnvironmentVariable("SHARDSCOPE_WIZARD_LANGUAGE", "en");
}

// The settings alone, for a test that chooses its language itself.
inline void useTestSettings(const QTemporaryDir &dir, const QString &testName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ShardScopeTests"));
    QCoreApplication::setApplicationName(testName);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

inline bool useWindowTestSettings(const QTemporaryDir &dir, const QString &testName)
{
    useTestSettings(dir, testName);
    return shardscope::LanguageManager::of(qApp)->setLanguage(windowTestLanguage());
}
