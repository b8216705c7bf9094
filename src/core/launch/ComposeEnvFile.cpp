#include "ComposeEnvFile.h"

#include "ComposeProject.h"
#include "RandomPassword.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace shardscope {

bool ComposeEnvFile::ensure(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("cannot create the directory of %1").arg(path);
        return false;
    }
    QFile file(path);
    // Created with these permissions, so the password is never readable by others, not
    // even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("cannot create %1: %2").arg(path, file.errorString());
        return false;
    }
    const QString text = QStringLiteral(
                             "# Written by ShardScope on first start; see .env.example. It holds the password of\n"
                             "# every node: keep it to yourself.\n"
                             "COMPOSE_PROJECT_NAME=%1\n"
                             "COMPOSE_PROFILES=%2\n"
                             "POSTGRES_PASSWORD=%3\n")
                             .arg(QLatin1String(ComposeProject::standardName), ComposeProject::workerProfile(2),
                                  RandomPassword::generate());
    if (file.write(text.toUtf8()) < 0 || !file.flush()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        file.remove();
        return false;
    }
    return true;
}

std::optional<QHash<QString, QString>> ComposeEnvFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QHash<QString, QString> values;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (line.startsWith(QLatin1Char('#')) || equals <= 0)
            continue;
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        values.insert(line.left(equals).trimmed(), value);
    }
    return values;
}

} // namespace shardscope
