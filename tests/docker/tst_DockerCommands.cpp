// `shardscope up` and `down` against the real Docker engine (DockerProject.h), Compose v1
// or v2 (whichever is found): a taken coordinator port stops `up` before it starts
// anything; interrupted, `up` says what it left in Docker, and `down --volumes` removes it.

#include "DockerProject.h"
#include "LoopbackPorts.h"
#include "PortSquatter.h"

#include <QProcess>
#include <QTest>

#include <csignal>
#include <optional>

namespace {

constexpr int patience = 300000;

} // namespace

class TestDockerCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void upWithThePortTakenStartsNothing();
    void interruptedUpSaysWhatIsLeft();

private:
    QStringList composeOptions() const;

    std::optional<DockerProject> m_project;
};

void TestDockerCommands::initTestCase()
{
    SHARDSCOPE_REQUIRE_DOCKER(m_project);
}

void TestDockerCommands::cleanup()
{
    m_project->removeAll();
    QVERIFY2(m_project->resources().isEmpty(), qPrintable(m_project->resources().join(QLatin1Char('\n'))));
}

QStringList TestDockerCommands::composeOptions() const
{
    return {QStringLiteral("--compose-dir"), m_project->directory(), QStringLiteral("--lang"), QStringLiteral("en")};
}

void TestDockerCommands::upWithThePortTakenStartsNothing()
{
    const PortSquatter squatter;
    QVERIFY(squatter.port() > 0);
    QProcess up;
    up.start(QStringLiteral(SHARDSCOPE_BINARY), QStringList{QStringLiteral("up"), QStringLiteral("--workers"),
                                                            QStringLiteral("3"), QStringLiteral("--port"),
                                                            QString::number(squatter.port())}
                                                    + composeOptions());
    QVERIFY(up.waitForFinished(patience));
    const QByteArray err = up.readAllStandardError();
    QCOMPARE(up.exitCode(), 2);
    QVERIFY2(err.contains(QStringLiteral("shardscope: up: Port %1 on 127.0.0.1 is already in use")
                              .arg(squatter.port())
                              .toUtf8()),
             err.constData());
    QVERIFY2(m_project->resources().isEmpty(), qPrintable(m_project->resources().join(QLatin1Char('\n'))));
}

void TestDockerCommands::interruptedUpSaysWhatIsLeft()
{
    QProcess up;
    up.start(QStringLiteral(SHARDSCOPE_BINARY), QStringList{QStringLiteral("up"), QStringLiteral("--workers"),
                                                            QStringLiteral("3"), QStringLiteral("--port"),
                                                            QString::number(shardscope::LoopbackPorts::free())}
                                                    + composeOptions());
    QTRY_VERIFY_WITH_TIMEOUT(m_project->resources().filter(QStringLiteral(" running")).size() >= 2, patience);
    ::kill(pid_t(up.processId()), SIGINT);
    QVERIFY(up.waitForFinished(patience));
    const QByteArray err = up.readAllStandardError();
    QCOMPARE(up.exitCode(), 2);
    QVERIFY2(err.endsWith("shardscope: up: Cancelled.\n"), err.constData());
    QVERIFY2(err.contains("Still in Docker: ") && err.contains("worker1"), err.constData());
    QVERIFY(!m_project->resources().isEmpty());

    QProcess down;
    down.start(QStringLiteral(SHARDSCOPE_BINARY), QStringList{QStringLiteral("down"), QStringLiteral("--volumes")}
                                                      + composeOptions());
    QVERIFY(down.waitForFinished(patience));
    QVERIFY2(down.exitCode() == 0, down.readAllStandardError().constData());
    QVERIFY2(m_project->resources().isEmpty(), qPrintable(m_project->resources().join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDockerCommands)
#include "tst_DockerCommands.moc"
