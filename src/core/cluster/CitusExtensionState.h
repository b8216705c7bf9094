#pragma once

#include "ErrorDiagnosis.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace shardscope {

class PgResult;

// Whether the connected database can do Citus: the extension created in it, only
// available on the server (CREATE EXTENSION citus not run yet), or not installed at all.
// Asked through catalog views every PostgreSQL has, so it never fails on plain PostgreSQL.
class CitusExtensionState
{
    Q_DECLARE_TR_FUNCTIONS(CitusExtensionState)

public:
    enum class Availability { NotInstalled, AvailableNotCreated, Created };

    Availability availability = Availability::NotInstalled;
    QString createdVersion; // pg_extension.extversion, "13.2-1"
    QString availableVersion; // what CREATE EXTENSION would install
    // Whether shared_preload_libraries names citus; unknown to users not allowed to read it.
    std::optional<bool> preloaded;
    QString database;

    // One statement without parameters; its single row is what fromResult() reads.
    static QString query();
    static CitusExtensionState fromResult(const PgResult &result);

    bool isCreated() const { return availability == Availability::Created; }
    // Why this database cannot do Citus; nothing when it can.
    std::optional<ErrorDiagnosis> problem() const;
};

} // namespace shardscope
