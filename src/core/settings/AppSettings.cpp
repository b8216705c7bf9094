#include "AppSettings.h"

#include "ConnectionProfile.h"

#include <QDir>
#include <QSettings>

namespace shardscope {

namespace {

// The keys as earlier versions wrote them.
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString colorModeKey = QStringLiteral("view/colorBy");
const QString presenterKey = QStringLiteral("view/presenter");
const QString languageKey = QStringLiteral("view/language");
const QString directoryKey = QStringLiteral("files/directory");
const QString recentFilesKey = QStringLiteral("recentFiles");
const QString wizardPageKey = QStringLiteral("wizard/page");
const QString wizardSizeKey = QStringLiteral("wizard/windowSize");
// Where the wizard kept it before the cluster session had a home of its own.
const QString clusterDsnKey = QStringLiteral("wizard/dsn");

QString wizardKey(const QString &field)
{
    return QStringLiteral("wizard/") + field;
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_shared<QSettings>())
{
}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_shared<QSettings>(iniFile, QSettings::IniFormat))
{
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(geometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(stateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(stateKey, state);
}

int AppSettings::colorMode() const
{
    return m_settings->value(colorModeKey, 0).toInt();
}

void AppSettings::setColorMode(int index)
{
    m_settings->setValue(colorModeKey, index);
}

bool AppSettings::presenterMode() const
{
    return m_settings->value(presenterKey, false).toBool();
}

void AppSettings::setPresenterMode(bool on)
{
    m_settings->setValue(presenterKey, on);
}

QString AppSettings::language() const
{
    return m_settings->value(languageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(languageKey, language);
}

QString AppSettings::openDirectory() const
{
    return m_settings->value(directoryKey, QDir::homePath()).toString();
}

void AppSettings::setOpenDirectory(const QString &directory)
{
    m_settings->setValue(directoryKey, directory);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(recentFilesKey).toStringList();
}

void AppSettings::setRecentFiles(const QStringList &files)
{
    m_settings->setValue(recentFilesKey, files);
}

std::optional<int> AppSettings::wizardPage() const
{
    bool ok = false;
    const int page = m_settings->value(wizardPageKey).toInt(&ok);
    return ok ? std::optional<int>(page) : std::nullopt;
}

void AppSettings::setWizardPage(int page)
{
    m_settings->setValue(wizardPageKey, page);
}

QVariant AppSettings::wizardField(const QString &name) const
{
    return m_settings->value(wizardKey(name));
}

void AppSettings::setWizardField(const QString &name, const QVariant &value)
{
    m_settings->setValue(wizardKey(name), value);
}

ConnectionProfile AppSettings::clusterProfile() const
{
    ConnectionProfile profile;
    profile.dsn = m_settings->value(clusterDsnKey).toString();
    return profile;
}

void AppSettings::setClusterProfile(const ConnectionProfile &profile)
{
    m_settings->setValue(clusterDsnKey, profile.storableDsn());
}

QSize AppSettings::wizardSize() const
{
    return m_settings->value(wizardSizeKey).toSize();
}

void AppSettings::setWizardSize(const QSize &size)
{
    m_settings->setValue(wizardSizeKey, size);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace shardscope
