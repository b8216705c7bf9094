#pragma once

#include "LaunchError.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace shardscope {

// Whether a PostgreSQL installation has Citus, asked before any server starts: a server
// told to preload a library that is not there does not start, and CREATE EXTENSION needs
// the control file. Both must be there: citus.so in pg_config --pkglibdir and
// citus.control in pg_config --sharedir/extension.
class CitusDetector
{
    Q_DECLARE_TR_FUNCTIONS(CitusDetector)

public:
    // The arguments for pg_config that check() reads the answer of, in this order.
    static QStringList pgConfigArguments();
    // Nothing when Citus is installed; otherwise a CitusMissing error saying which file is
    // missing and how to get Citus (without a log: the caller has pg_config's output).
    static std::optional<LaunchError> check(const QStringList &pgConfigOutput);
};

} // namespace shardscope
