// The psql command of "What runs", run as a learner runs it: pasted into a shell (bash -c)
// against a throwaway server, the DSN in the shell's environment. The statement must
// arrive as written: a comment ends at its line, string literals keep their spaces, and
// nothing in it is the shell's.

#include "PsqlCommand.h"
#include "TestServer.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace shardscope;

class TestPsqlCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsAsWritten();
    void runsAsWritten_data();
    void runsAsWritten();

private:
    // What the command prints, psql's errors included; empty when the shell did not end.
    QString runInShell(const QString &command) const;

    TestServer m_server;
    QString m_bash;
    QTemporaryFile m_psqlrc;
};

void TestPsqlCommand::initTestCase()
{
    m_bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (m_bash.isEmpty())
        QSKIP("bash is not installed: the command is checked the way a learner runs it, in a shell");
    if (QStandardPaths::findExecutable(QStringLiteral("psql")).isEmpty())
        QSKIP("psql is not installed (Debian: postgresql-client): the command runs it");
    SHARDSCOPE_START_TEST_SERVER(m_server);
    QVERIFY(m_psqlrc.open());
    m_psqlrc.write("\\set QUIET on\n\\pset format unaligned\n\\pset tuples_only on\n");
    QVERIFY(m_psqlrc.flush());
}

// What a learner reads: the statement itself, line for line, between two short lines.
void TestPsqlCommand::readsAsWritten()
{
    QCOMPARE(PsqlCommand::forSql(QStringLiteral("SELECT 1\n  FROM t;")),
             QStringLiteral("psql \"$DSN\" <<'SQL'\nSELECT 1\n  FROM t;\nSQL"));
    QCOMPARE(PsqlCommand::forSql(QStringLiteral("SELECT 1;\n")), QStringLiteral("psql \"$DSN\" <<'SQL'\nSELECT 1;\nSQL"));
}

void TestPsqlCommand::runsAsWritten_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected"); // rows, as psql prints them unaligned

    QTest::newRow("comment, then more of the statement")
        << QStringLiteral("SELECT 'two  spaces,   three' AS kept -- a comment ends at its line\n"
                          "     , 'it''s' AS quoted;")
        << QStringList{QStringLiteral("two  spaces,   three|it's")};
    QTest::newRow("no semicolon, as the wizard's own statements")
        << QStringLiteral("SELECT 42 AS answer -- the last line is a comment\n-- and so is this")
        << QStringList{QStringLiteral("42")};
    QTest::newRow("shell characters") << QStringLiteral("SELECT '$HOME `id` \\n \"x\"' AS literal;")
                                      << QStringList{QStringLiteral("$HOME `id` \\n \"x\"")};
    QTest::newRow("lines that are delimiters")
        << QStringLiteral("SELECT length('first\nSQL\nSQL2\nlast') AS characters;\nSELECT 'after' AS next;")
        << QStringList{QStringLiteral("19"), QStringLiteral("after")};
}

void TestPsqlCommand::runsAsWritten()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    const QString command = PsqlCommand::forSql(sql);
    const QString output = runInShell(command);
    QVERIFY2(output.split(QLatin1Char('\n'), Qt::SkipEmptyParts) == expected,
             qPrintable(QStringLiteral("%1\nprinted:\n%2").arg(command, output)));
}

QString TestPsqlCommand::runInShell(const QString &command) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DSN"), m_server.dsn());
    environment.insert(QStringLiteral("PGPASSWORD"), m_server.password());
    // In place of this machine's ~/.psqlrc: the rows alone, as they are.
    environment.insert(QStringLiteral("PSQLRC"), m_psqlrc.fileName());
    QProcess shell;
    shell.setProcessEnvironment(environment);
    shell.setProcessChannelMode(QProcess::MergedChannels);
    shell.start(m_bash, {QStringLiteral("-c"), command});
    if (!shell.waitForFinished(60000)) {
        qWarning("the shell did not end within a minute");
        return {};
    }
    return QString::fromUtf8(shell.readAll());
}

QTEST_GUILESS_MAIN(TestPsqlCommand)
#include "tst_PsqlCommand.moc"
