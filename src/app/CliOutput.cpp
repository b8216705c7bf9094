#include "CliOutput.h"

#include <cstdio>

namespace shardscope {

void CliOutput::out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int CliOutput::fail(const QString &what, const QString &why)
{
    note(what, why);
    return failureStatus;
}

void CliOutput::note(const QString &what, const QString &text)
{
    const QByteArray line = QStringLiteral("shardscope: %1: %2\n").arg(what, text).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace shardscope
