#include "ProgramPath.h"

#include <QDir>
#include <QStandardPaths>

namespace shardscope {

QString ProgramPath::find(const QString &program, const QProcessEnvironment &environment)
{
    const QStringList path =
        environment.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return path.isEmpty() ? QString() : QStandardPaths::findExecutable(program, path);
}

} // namespace shardscope
