#pragma once

#include "ConnectionProfile.h"

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

namespace shardscope {

// What ShardScope remembers between sessions, one getter and setter per setting, under the
// keys it has always used, so that settings stored by an earlier version still load.
// Copies share one QSettings: a window can hand its settings to the wizard it opens, and
// they last as long as either needs them. A password never gets in: the cluster's
// connection string is stored without it.
class AppSettings
{
public:
    // The user's settings, as QSettings() finds them (organisation and application name).
    AppSettings();
    // Settings in an INI file of their own.
    explicit AppSettings(const QString &iniFile);

    // QMainWindow::saveGeometry() and saveState(); empty when none was saved.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // The place in the "Colour by" list; 0 when none was saved.
    int colorMode() const;
    void setColorMode(int index);
    bool presenterMode() const;
    void setPresenterMode(bool on);
    // "en" or "es" as chosen in the menu; empty when never chosen.
    QString language() const;
    void setLanguage(const QString &language);

    // Where the file dialogs open; the home directory at first.
    QString openDirectory() const;
    void setOpenDirectory(const QString &directory);
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList &files);

    // The tutorial wizard's page to resume at; nothing when it was never left on one.
    std::optional<int> wizardPage() const;
    void setWizardPage(int page);
    // The value of a wizard field by the name the page registered it under; invalid when
    // none was saved.
    QVariant wizardField(const QString &name) const;
    void setWizardField(const QString &name, const QVariant &value);
    // The cluster session's coordinator, as its connection string, never with a password.
    ConnectionProfile clusterProfile() const;
    // Stores the profile's connection string as typed, or rewritten without its password
    // when it holds one; a malformed one not at all (there is no telling where a password
    // in it would be). Its password is never stored.
    void setClusterProfile(const ConnectionProfile &profile);

    // The tutorial wizard's size as the user left it, at the application's text size (not
    // presenter mode's); invalid when never saved.
    QSize wizardSize() const;
    void setWizardSize(const QSize &size);

    // Writes what was set to disk now rather than when Qt gets round to it.
    void sync();

private:
    std::shared_ptr<QSettings> m_settings;
};

} // namespace shardscope
