#pragma once

// A SetupWizard shown offscreen at the size the screenshots are taken at, on a cluster
// session of its own, with its settings in a temporary file, connecting with the profile
// given (the password is never
// in the settings); and, when $SHARDSCOPE_WIZARD_SCREENSHOTS names a directory, a grab of
// each page looked at: docs/images/wizard_*.png are made so (tests/wizard/CMakeLists.txt).

#include "ClusterSession.h"
#include "SetupWizard.h"

#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

// The line edit of a page with that accessible name (the pages name every field).
inline QLineEdit *lineEdit(QWidget *page, const QString &accessibleName)
{
    for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

class WizardHarness
{
public:
    explicit WizardHarness(const QString &settingsFile,
                           const std::optional<shardscope::ConnectionProfile> &profile = std::nullopt)
        : settings(settingsFile, QSettings::IniFormat)
    {
        session = std::make_unique<shardscope::ClusterSession>(shardscope::AppSettings(settingsFile));
        // Before the first page shows, so that a resumed page connects with it.
        if (profile)
            session->useCluster(*profile, shardscope::LaunchChoice{shardscope::LaunchChoice::Kind::Existing});
        wizard = std::make_unique<shardscope::SetupWizard>(session.get(), shardscope::AppSettings(settingsFile));
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

    // The same file as the wizard's, for a test to read (QSettings on one file in one
    // process see each other's changes).
    QSettings settings;
    // The main window's part: the session the wizard is given, outliving it.
    std::unique_ptr<shardscope::ClusterSession> session;
    std::unique_ptr<shardscope::SetupWizard> wizard;
};
