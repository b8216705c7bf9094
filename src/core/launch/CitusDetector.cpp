#include "CitusDetector.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace shardscope {

QStringList CitusDetector::pgConfigArguments()
{
    return {QStringLiteral("--version"), QStringLiteral("--pkglibdir"), QStringLiteral("--sharedir")};
}

std::optional<LaunchError> CitusDetector::check(const QStringList &pgConfigOutput)
{
    if (pgConfigOutput.size() < 3) {
        return LaunchError{LaunchError::Kind::Failed, tr("pg_config did not say where PostgreSQL keeps its extensions."), {}};
    }
    // "PostgreSQL 15.18 (Debian 15.18-0+deb12u1)"
    static const QRegularExpression version(QStringLiteral(R"(PostgreSQL (\d+))"));
    const QString major = version.match(pgConfigOutput.at(0)).captured(1);
    const QString library = pgConfigOutput.at(1).trimmed() + QStringLiteral("/citus.so");
    const QString control = pgConfigOutput.at(2).trimmed() + QStringLiteral("/extension/citus.control");
    QStringList missing;
    for (const QString &file : {library, control}) {
        if (!QFileInfo::exists(file))
            missing << file;
    }
    if (missing.isEmpty())
        return std::nullopt;
    const QString package = QStringLiteral("postgresql-%1-citus-13.2").arg(major.isEmpty() ? QStringLiteral("15") : major);
    return LaunchError{
        LaunchError::Kind::CitusMissing,
        tr("Citus is not installed for %1 on this machine: %2 is missing. Install it from the Citus package "
           "repository (Debian and Ubuntu: curl https://install.citusdata.com/community/deb.sh | sudo bash, "
           "then sudo apt install %3), or build it from source (https://github.com/citusdata/citus), or start "
           "the cluster with Docker instead.")
            .arg(pgConfigOutput.at(0).trimmed(), missing.join(tr(" and ")), package),
        {}};
}

} // namespace shardscope
