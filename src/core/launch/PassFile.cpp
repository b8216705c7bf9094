#include "PassFile.h"

#include <QFile>

namespace shardscope {

namespace {

const QString prefix = QStringLiteral("*:*:*:postgres:");

} // namespace

bool PassFile::write(const QString &path, const QString &password, QString *error)
{
    QString escaped = password;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char(':'), QLatin1String("\\:"));
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile file(path);
    // Permissions first: an existing file may have been readable by others.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !file.setPermissions(ownerOnly)
        || file.write((prefix + escaped + QLatin1Char('\n')).toUtf8()) < 0 || !file.flush()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString PassFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString line = QString::fromUtf8(file.readLine()).trimmed();
    if (!line.startsWith(prefix))
        return {};
    QString password;
    const QString escaped = line.mid(prefix.size());
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped.at(i) == QLatin1Char('\\') && i + 1 < escaped.size())
            ++i;
        password += escaped.at(i);
    }
    return password;
}

} // namespace shardscope
