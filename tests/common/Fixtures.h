#pragma once

// Access to the captured EXPLAIN output and cluster metadata in tests/data.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QStringList>
#include <QTest>

namespace fixtures {

inline QString citusDir()
{
    return QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/citus");
}

inline QString postgresDir()
{
    return QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/postgres");
}

inline QString citus(const QString &name)
{
    return citusDir() + QLatin1Char('/') + name;
}

inline QString postgres(const QString &name)
{
    return postgresDir() + QLatin1Char('/') + name;
}

inline QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(path));
    return file.readAll();
}

// Every EXPLAIN output file (named <query>.<options>.<json|txt|yaml|xml>), full paths.
inline QStringList planFiles()
{
    QStringList files;
    for (const QString &dir : {citusDir(), postgresDir()}) {
        const auto names = QDir(dir).entryList({QStringLiteral("*.json"), QStringLiteral("*.txt"),
                                                QStringLiteral("*.yaml"), QStringLiteral("*.xml")},
                                               QDir::Files, QDir::Name);
        for (const QString &name : names) {
            if (name.count(QLatin1Char('.')) == 2) // psql sessions have one dot: tutorial_05_x.txt
                files << dir + QLatin1Char('/') + name;
        }
    }
    if (files.isEmpty())
        qFatal("no plan fixtures in %s", SHARDSCOPE_FIXTURES_DIR);
    return files;
}

// Rows of a psql --csv file as header -> value maps (the fixtures quote nothing we read).
inline QList<QHash<QString, QString>> csv(const QString &name)
{
    const QList<QByteArray> lines = read(citus(name)).trimmed().split('\n');
    const QStringList header = QString::fromUtf8(lines.first()).split(QLatin1Char(','));
    QList<QHash<QString, QString>> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList values = QString::fromUtf8(lines.at(i)).split(QLatin1Char(','));
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size() && c < values.size(); ++c)
            row.insert(header.at(c), values.at(c));
        rows << row;
    }
    return rows;
}

} // namespace fixtures
