#include "RecentFiles.h"

#include <QFileInfo>

namespace shardscope {

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent), m_files(m_settings.recentFiles().mid(0, maxCount))
{
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    m_files = m_files.mid(0, maxCount);
    store();
}

void RecentFiles::remove(const QString &path)
{
    if (m_files.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        store();
}

void RecentFiles::clear()
{
    m_files.clear();
    store();
}

void RecentFiles::store()
{
    m_settings.setRecentFiles(m_files);
    emit changed();
}

} // namespace shardscope
