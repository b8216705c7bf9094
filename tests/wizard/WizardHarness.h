#pragma once

// A SetupWizard shown offscreen at the size the screenshots are taken at, with its
// settings in a temporary file; and, when $SHARDSCOPE_WIZARD_SCREENSHOTS names a
// directory, a grab of each page looked at.

#include "SetupWizard.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class WizardHarness
{
public:
    explicit WizardHarness(const QString &settingsFile)
        : settings(settingsFile, QSettings::IniFormat)
    {
        wizard = std::make_unique<shardscope::SetupWizard>(&settings);
        wizard->resize(1000, 700);
        wizard->show();
    }

    template<typename Page>
    Page *page(int id) const
    {
        return qobject_cast<Page *>(wizard->page(id));
    }

    void screenshot(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("SHARDSCOPE_WIZARD_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        wizard->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    QSettings settings;
    std::unique_ptr<shardscope::SetupWizard> wizard;
};
