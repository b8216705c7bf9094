#pragma once

#include <QString>
#include <QStringList>

namespace shardscope {

// A command line to show to a person, who may paste it into a POSIX shell: words with
// anything a shell would take apart are single-quoted.
class ShellCommand
{
public:
    static QString quote(const QString &word);
    static QString join(const QStringList &words);
};

} // namespace shardscope
