#pragma once

#include "AppSettings.h"

#include <QObject>
#include <QStringList>

namespace shardscope {

// The plan files opened lately, newest first, remembered between sessions in the settings.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    static constexpr int maxCount = 10;

signals:
    void changed();

private:
    void store();

    AppSettings m_settings;
    QStringList m_files;
};

} // namespace shardscope
