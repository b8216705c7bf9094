// SqlStatementInfo: statements counted and read past strings, comments and WITH lists, and
// which statements may change data (the explain step rolls those back); and the half-typed
// SQL of tests/data/sql-regress/half-typed.json, answered as a user would expect.

#include "HalfTypedCases.h"
#include "SqlStatementInfo.h"

#include <QTest>

using namespace shardscope;

class TestSqlStatementInfo : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void halfTyped_data();
    void halfTyped();
    void bodyDropsTrailingSemicolonsAndComments();
    void dollarParameterIsNotAQuote();
};

void TestSqlStatementInfo::reads_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("statements");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<bool>("writes");

    QTest::newRow("select") << "SELECT * FROM activity_log WHERE user_id = 1" << 1 << "SELECT" << false;
    QTest::newRow("lower case") << "select 1;" << 1 << "SELECT" << false;
    QTest::newRow("empty") << "" << 0 << "" << false;
    QTest::newRow("only a comment") << "  ; -- nothing" << 0 << "" << false;
    QTest::newRow("two statements") << "SELECT 1; SELECT 2" << 2 << "SELECT" << false;
    QTest::newRow("semicolon in a string") << "SELECT ';' AS x" << 1 << "SELECT" << false;
    QTest::newRow("doubled quote") << "SELECT 'it''s; fine'" << 1 << "SELECT" << false;
    QTest::newRow("escape string") << "SELECT E'\\';' AS x" << 1 << "SELECT" << false;
    QTest::newRow("dollar quote") << "SELECT $$;$$" << 1 << "SELECT" << false;
    QTest::newRow("tagged dollar quote") << "SELECT $tag$ ; DELETE FROM t $tag$" << 1 << "SELECT" << false;
    QTest::newRow("quoted identifier") << "SELECT \"a;b\" FROM t" << 1 << "SELECT" << false;
    QTest::newRow("nested comments") << "/* ; */ SELECT 1 /* nested /* ; */ still */" << 1 << "SELECT" << false;
    QTest::newRow("line comment") << "-- DELETE;\nSELECT 1" << 1 << "SELECT" << false;
    QTest::newRow("insert") << "INSERT INTO t VALUES (1)" << 1 << "INSERT" << true;
    QTest::newRow("update") << "update t set a = 1" << 1 << "UPDATE" << true;
    QTest::newRow("delete") << "DELETE FROM activity_log WHERE user_id = 1" << 1 << "DELETE" << true;
    QTest::newRow("merge") << "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE" << 1 << "MERGE" << true;
    QTest::newRow("for update") << "SELECT * FROM t FOR UPDATE" << 1 << "SELECT" << false;
    QTest::newRow("read-only cte") << "WITH x AS (SELECT 1) SELECT * FROM x" << 1 << "SELECT" << false;
    QTest::newRow("deleting cte") << "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d" << 1 << "SELECT"
                                  << true;
    QTest::newRow("quoted cte name") << "WITH \"Gone\" AS (DELETE FROM t RETURNING 1) SELECT 1" << 1 << "SELECT"
                                     << true;
    QTest::newRow("recursive cte")
        << "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT * FROM r" << 1
        << "SELECT" << false;
    QTest::newRow("materialized ctes then update")
        << "WITH a AS MATERIALIZED (SELECT 1), b AS NOT MATERIALIZED (SELECT 2) UPDATE t SET x = 1" << 1 << "UPDATE"
        << true;
    QTest::newRow("search clause lists columns")
        << "WITH RECURSIVE t(a, b) AS (SELECT 1, 2 UNION ALL SELECT b, a FROM t) SEARCH DEPTH FIRST BY a, b SET ord "
           "SELECT * FROM t"
        << 1 << "SELECT" << false;
    QTest::newRow("cycle clause lists columns")
        << "WITH RECURSIVE g(a, b) AS (SELECT 1, 2 UNION ALL SELECT b, a FROM g) CYCLE a, b SET is_cycle USING path "
           "SELECT * FROM g"
        << 1 << "SELECT" << false;
    QTest::newRow("search clause then another cte")
        << "WITH RECURSIVE t(a) AS (SELECT 1) SEARCH BREADTH FIRST BY a SET ord, d AS (DELETE FROM u) SELECT 1" << 1
        << "SELECT" << true;
    QTest::newRow("cte body with a WITH list of its own")
        << "WITH ins AS (WITH src AS (SELECT 1 AS a) INSERT INTO t SELECT a FROM src RETURNING *) SELECT * FROM ins"
        << 1 << "SELECT" << true;
    QTest::newRow("cte then insert") << "WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x" << 1 << "INSERT" << true;
    QTest::newRow("select into") << "SELECT * INTO new_t FROM t" << 1 << "SELECT" << true;
    QTest::newRow("into in a subquery") << "SELECT (SELECT 1) FROM t" << 1 << "SELECT" << false;
    QTest::newRow("parenthesised") << "(SELECT 1) UNION (SELECT 2)" << 1 << "SELECT" << false;
    QTest::newRow("values") << "VALUES (1), (2)" << 1 << "VALUES" << false;
    QTest::newRow("table") << "TABLE t" << 1 << "TABLE" << false;
    QTest::newRow("create table as") << "CREATE TABLE x AS SELECT 1" << 1 << "CREATE" << true;
    QTest::newRow("execute: unknown") << "EXECUTE p(1)" << 1 << "EXECUTE" << true;
    QTest::newRow("explain") << "EXPLAIN SELECT 1" << 1 << "EXPLAIN" << true;
}

void TestSqlStatementInfo::reads()
{
    QFETCH(QString, sql);
    QFETCH(int, statements);
    QFETCH(QString, keyword);
    QFETCH(bool, writes);
    const SqlStatementInfo info = SqlStatementInfo::of(sql);
    QCOMPARE(info.statementCount, statements);
    QCOMPARE(info.keyword, keyword);
    QCOMPARE(info.writes, writes);
}

void TestSqlStatementInfo::halfTyped_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("statements");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<bool>("writes");
    QTest::addColumn<QString>("body");
    const QString cases = QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/sql-regress/half-typed.json");
    for (const HalfTypedCase &sample : HalfTypedCase::load(cases))
        QTest::newRow(qPrintable(sample.name)) << sample.sql << sample.statements << sample.keyword << sample.writes
                                               << sample.body;
}

void TestSqlStatementInfo::halfTyped()
{
    reads(); // the same columns, and the body
    if (QTest::currentTestFailed())
        return;
    QFETCH(QString, sql);
    QFETCH(QString, body);
    QCOMPARE(SqlStatementInfo::of(sql).body, body);
}

void TestSqlStatementInfo::bodyDropsTrailingSemicolonsAndComments()
{
    QCOMPARE(SqlStatementInfo::of(QStringLiteral("  SELECT 1 ;; -- done\n")).body, QStringLiteral("SELECT 1"));
    QCOMPARE(SqlStatementInfo::of(QStringLiteral("/* why */ SELECT 'a;' /* tail */")).body,
             QStringLiteral("SELECT 'a;'"));
    QCOMPARE(SqlStatementInfo::of(QStringLiteral("SELECT\n  1")).body, QStringLiteral("SELECT\n  1"));
}

void TestSqlStatementInfo::dollarParameterIsNotAQuote()
{
    const SqlStatementInfo info = SqlStatementInfo::of(QStringLiteral("SELECT $1; DELETE FROM t WHERE id = $2"));
    QCOMPARE(info.statementCount, 2);
    QCOMPARE(info.body, QStringLiteral("SELECT $1"));
}

QTEST_APPLESS_MAIN(TestSqlStatementInfo)
#include "tst_SqlStatementInfo.moc"
