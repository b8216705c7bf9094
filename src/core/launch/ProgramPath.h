#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace shardscope {

// Where a program the tools will run is: looked for on the PATH of the environment they
// run in, which need not be this process's.
class ProgramPath
{
public:
    // The program's absolute path; empty when it is not there, or when the environment has
    // no PATH (QStandardPaths would then search this process's PATH instead).
    static QString find(const QString &program, const QProcessEnvironment &environment);
};

} // namespace shardscope
