#pragma once

#include <QObject>
#include <QStringList>

namespace shardscope {

// The plan files opened lately, newest first, remembered between sessions in QSettings.
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

    QStringList m_files;
};

} // namespace shardscope
