#include "CitusExtensionState.h"

#include "PgResult.h"

namespace shardscope {

QString CitusExtensionState::query()
{
    // pg_settings leaves out shared_preload_libraries for users who may not read it: NULL.
    return QStringLiteral(
        "SELECT (SELECT extversion FROM pg_extension WHERE extname = 'citus'),"
        " (SELECT default_version FROM pg_available_extensions WHERE name = 'citus'),"
        " (SELECT 'citus' = ANY (string_to_array(replace(setting, ' ', ''), ','))"
        "  FROM pg_settings WHERE name = 'shared_preload_libraries'),"
        " current_database()");
}

CitusExtensionState CitusExtensionState::fromResult(const PgResult &result)
{
    CitusExtensionState state;
    if (result.rowCount() != 1 || result.columnCount() != 4)
        return state;
    state.createdVersion = result.value(0, 0);
    state.availableVersion = result.value(0, 1);
    if (!result.isNull(0, 2))
        state.preloaded = result.value(0, 2) == QLatin1String("t");
    state.database = result.value(0, 3);
    if (!result.isNull(0, 0))
        state.availability = Availability::Created;
    else if (!result.isNull(0, 1))
        state.availability = Availability::AvailableNotCreated;
    return state;
}

std::optional<ErrorDiagnosis> CitusExtensionState::problem() const
{
    using Problem = ErrorDiagnosis::Problem;
    switch (availability) {
    case Availability::Created:
        return std::nullopt;
    case Availability::NotInstalled:
        return ErrorDiagnosis::because(
            Problem::CitusNotInstalled,
            tr("Citus is not installed on this server: it is plain PostgreSQL, without workers or distributed "
               "tables. Connect to the coordinator of a Citus cluster."));
    case Availability::AvailableNotCreated:
        break;
    }
    if (preloaded == false)
        return ErrorDiagnosis::because(
            Problem::CitusNotPreloaded,
            tr("Citus %1 is installed on this server but not loaded: put citus first in shared_preload_libraries "
               "in postgresql.conf, restart the server, then run CREATE EXTENSION citus; in database \"%2\".")
                .arg(availableVersion, database));
    return ErrorDiagnosis::because(Problem::CitusNotCreated,
                                   tr("Citus %1 is installed on this server but not enabled in database \"%2\": "
                                      "run CREATE EXTENSION citus; in it.")
                                       .arg(availableVersion, database));
}

} // namespace shardscope
