#pragma once

// What ShardScope should say about Citus on a server that has not loaded it, such as a
// TestServer (shared_preload_libraries = ''): that depends on the server, not on what a
// test assumes of the machine. Where Citus is installed (citus in pg_available_extensions)
// it is "installed but not loaded", elsewhere "not installed". Asked of the server itself,
// independently of the code under test.
//
//     const CitusExpectation citus = CitusExpectation::of(server);
//     QVERIFY2(citus.isKnown(), qPrintable(citus.error));
//     QCOMPARE(step.error()->problem, citus.problem);
//     QVERIFY(step.error()->explanation.startsWith(citus.explanation));

#include "ErrorDiagnosis.h"
#include "PgConnection.h"
#include "TestServer.h"

#include <QString>

struct CitusExpectation {
    bool installed = false;
    QString version; // what CREATE EXTENSION citus would install, "13.2-1"
    shardscope::ErrorDiagnosis::Problem problem = shardscope::ErrorDiagnosis::Problem::Other;
    QString explanation; // how the explanation starts, in English
    QString error; // why the server could not be asked

    bool isKnown() const { return error.isEmpty(); }

    static CitusExpectation of(const TestServer &server)
    {
        CitusExpectation expectation;
        shardscope::ConnectionProfile profile;
        profile.dsn = server.dsn();
        profile.password = server.password();
        shardscope::PgConnection connection;
        shardscope::PgError connectError;
        if (!connection.connectBlocking(profile, &connectError)) {
            expectation.error = connectError.toString();
            return expectation;
        }
        const auto outcome = connection.runBlocking(QStringLiteral(
            "SELECT default_version FROM pg_available_extensions WHERE name = 'citus'"));
        if (!outcome.ok()) {
            expectation.error = outcome.error->toString();
            return expectation;
        }
        const bool loaded = connection.runBlocking(QStringLiteral("SHOW shared_preload_libraries"))
                                .results.value(0)
                                .value(0, 0)
                                .contains(QLatin1String("citus"));
        if (loaded) {
            expectation.error = QStringLiteral("this server loads Citus: it is no server without Citus");
            return expectation;
        }
        using Problem = shardscope::ErrorDiagnosis::Problem;
        expectation.installed = outcome.results.constFirst().rowCount() == 1;
        if (expectation.installed) {
            expectation.version = outcome.results.constFirst().value(0, 0);
            expectation.problem = Problem::CitusNotPreloaded;
            expectation.explanation =
                QStringLiteral("Citus %1 is installed on this server but not loaded").arg(expectation.version);
        } else {
            expectation.problem = Problem::CitusNotInstalled;
            expectation.explanation = QStringLiteral("Citus is not installed on this server");
        }
        return expectation;
    }
};
