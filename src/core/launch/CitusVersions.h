#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shardscope {

// The Citus releases the Docker cluster can run, each with an image tag that citusdata/docker
// publishes: the one table that `up --citus-version`, its --help, the Start page and the
// compose file's default (tst_ComposeFile checks it) agree on. CITUS_IMAGE, in the
// environment or the compose project's .env, overrides whatever is chosen here.
//
// Where the tags come from: github.com/citusdata/docker at 6bf0d24 (2026-06-29). Its
// tag-push workflow (.github/workflows/publish_docker_images_on_tag.yml) builds the image
// types latest, postgres_NN and alpine for every tag vX.Y.Z, and citusdata/tools'
// publish_docker.py (get_image_tag) names them X, X.Y, X.Y.Z for latest and X.Y.Z-pgNN for
// postgres_NN.
//   14.1.0      git tag v14.1.0 (215130f): Dockerfile FROM postgres:18.4, VERSION=14.1.0;
//               CHANGELOG "citusdata-docker v14.1.0.docker (June 22,2026)".
//   13.2.0-pg15 git tag v13.2.0 (8bf0a08): postgres-15/Dockerfile FROM postgres:15.14-bookworm,
//               VERSION=13.2.0, and postgres_15 in that tag's publish matrix. 14.0 dropped
//               PostgreSQL 15 (CHANGELOG: "Deprecate PG15 support"), so 13.2 is the newest
//               Citus on the PostgreSQL of the classic tutorial.
class CitusVersions
{
    Q_DECLARE_TR_FUNCTIONS(CitusVersions)

public:
    struct Entry {
        QString release;  // "14.1.0": what the settings keep
        QString postgres; // the PostgreSQL major it runs on
        QString image;    // citusdata/citus:TAG

        // "14.1": what people call it, and what --citus-version and the Start page show.
        QString version() const { return release.section(QLatin1Char('.'), 0, 1); }
        QString major() const { return release.section(QLatin1Char('.'), 0, 0); }
    };

    // Newest first; the first is the default.
    static const QList<Entry> &all();
    static const Entry &defaultEntry() { return all().constFirst(); }
    // "14", "14.1" or "14.1.0" (the newest entry of that major, that minor, or exactly it);
    // nothing for anything else.
    static std::optional<Entry> find(const QString &version);
    // The entry a launch choice keeps (LaunchChoice::citusRelease); the default for none,
    // or for one no longer in the table (the settings of an older version).
    static const Entry &forRelease(const QString &release);
    // "14.1 (PostgreSQL 18), 13.2 (PostgreSQL 15)": for --help and the error of a bad value.
    static QString describeAll();
};

} // namespace shardscope
