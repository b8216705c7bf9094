#pragma once

// A tutorial table of a test's own on the real Citus cluster named by
// SHARDSCOPE_TEST_CITUS_DSN, made by the tutorial's own steps (create, distribute, insert)
// and dropped again; and a wizard that resumes on one of its pages, connected to that
// cluster, as a learner coming back finds it.
//
//     CitusTestTable table(QStringLiteral("tst_x_activity_log"));
//     if (!table.available())
//         QSKIP(CitusTestTable::skipReason());
//     QVERIFY2(table.prepare(CitusTestTable::Inserted), qPrintable(table.error()));

#include "CreateTableStep.h"
#include "DistributeStep.h"
#include "InsertStep.h"
#include "PgConnection.h"
#include "ResetDemoStep.h"
#include "TestRequirements.h"
#include "Tutorial.h"

#include <QSettings>

#include <memory>

class CitusTestTable
{
public:
    enum Stage { Created, Distributed, Inserted };

    explicit CitusTestTable(const QString &name)
        : m_table{name, QStringLiteral("user_id")}
    {
        m_profile.dsn = qEnvironmentVariable(requirement::citusDsnVariable);
    }

    // A table left behind would make the next test's table colocated with it, on its
    // placements: said, so that a later surprise has a cause in the log.
    ~CitusTestTable()
    {
        if (!drop())
            qWarning("%s", qPrintable(m_error));
    }

    static const char *skipReason() { return requirement::citusDsnMissing; }

    bool available() const { return !m_profile.dsn.isEmpty(); }
    const shardscope::ConnectionProfile &profile() const { return m_profile; }
    const shardscope::DemoTable &table() const { return m_table; }
    const QString &error() const { return m_error; }
    shardscope::Tutorial *tutorial() const { return m_tutorial.get(); }
    shardscope::PgConnection *connection() const { return m_connection.get(); }

    // From nothing up to the stage asked for, with the tutorial's steps.
    bool prepare(Stage stage)
    {
        m_connection = std::make_unique<shardscope::PgConnection>();
        shardscope::PgError error;
        if (!m_connection->connectBlocking(m_profile, &error))
            return fail(error.toString());
        m_tutorial = std::make_unique<shardscope::Tutorial>(m_connection.get(), m_table);
        if (!drop())
            return false;
        QList<shardscope::TutorialStep *> steps{m_tutorial->createTable()};
        if (stage >= Distributed)
            steps << m_tutorial->distribute();
        if (stage >= Inserted)
            steps << m_tutorial->insert();
        for (shardscope::TutorialStep *step : steps) {
            if (!step->runBlocking())
                return fail(step->title() + QStringLiteral(": ")
                            + (step->error() ? step->error()->explanation : QStringLiteral("failed")));
        }
        return true;
    }

    // Where the tutorial's users went, once inserted.
    shardscope::NodeAddress workerOf(int userId) const
    {
        for (const shardscope::UserPlacement &placement : m_tutorial->insert()->userPlacements()) {
            if (placement.userId == userId)
                return placement.worker;
        }
        return {};
    }

    QString scalar(const QString &sql) const
    {
        return m_connection->runBlocking(sql.arg(m_connection->quoteIdentifier(m_table.name))).results.value(0).value(0, 0);
    }

    // Settings that bring a SetupWizard back on that page, connected to this cluster (the
    // password is never in the settings: libpq takes it from PGPASSWORD or ~/.pgpass).
    void writeResumeSettings(const QString &file, int page, const QString &dsn = {}) const
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.clear();
        settings.setValue(QStringLiteral("wizard/page"), page);
        settings.setValue(QStringLiteral("wizard/dsn"), dsn.isEmpty() ? m_profile.dsn : dsn);
        settings.setValue(QStringLiteral("wizard/mode"), 2); // an existing cluster
        settings.setValue(QStringLiteral("wizard/explainStatement"),
                          QStringLiteral("SELECT * FROM %1 WHERE user_id = 2;").arg(m_table.name));
        settings.sync();
    }

private:
    // Once more on a new connection if need be: after a worker restarted, Citus's connection
    // to it from this session may be broken.
    bool drop()
    {
        if (!m_tutorial || m_tutorial->reset()->runBlocking())
            return true;
        shardscope::PgConnection again;
        if (again.connectBlocking(m_profile)) {
            shardscope::Tutorial tutorial(&again, m_table);
            if (tutorial.reset()->runBlocking())
                return true;
        }
        return fail(QStringLiteral("cannot drop %1").arg(m_table.name));
    }

    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    shardscope::ConnectionProfile m_profile;
    shardscope::DemoTable m_table;
    std::unique_ptr<shardscope::PgConnection> m_connection;
    std::unique_ptr<shardscope::Tutorial> m_tutorial;
    QString m_error;
};
