// SqlStatementSplitter and SqlStatementInfo over PostgreSQL 15's regression scripts
// (tests/data/sql-regress/postgres-15), measured against psql's splitting of them as
// PostgreSQL's own scanner reads them (PsqlScript, through libpg_query): file by file, the
// figures agreed in postgres-15.figures.tsv must come out again, for the reference
// (statements, how many PostgreSQL 15 parses, how many of those write) and for the splitter
// (statements found, boundaries right, write/read right). measure_sqlsplit --figures
// re-makes the table.

#include "FileFigures.h"
#include "SplitMeasure.h"

#include <QDir>
#include <QTest>

class TestSqlRegressionSplit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreedFigures_data();
    void agreedFigures();
    void everyScriptHasFigures();

private:
    static QString scriptsDir() { return QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/sql-regress/postgres-15"); }
    static QString figuresFile()
    {
        return QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/sql-regress/postgres-15.figures.tsv");
    }
};

void TestSqlRegressionSplit::initTestCase()
{
    // Another PostgreSQL's scanner and grammar (another distribution's libpg_query) read some
    // scripts otherwise: the reference's own figures would change.
    if (pgquery::postgresMajorVersion() != 15)
        QSKIP(qPrintable(QStringLiteral("The agreed figures were made with PostgreSQL 15's parser (libpg-query-dev "
                                        "15-4.0.0, Debian 12); this libpg_query has PostgreSQL %1's. Re-make them "
                                        "with measure_sqlsplit --figures (tests/data/sql-regress/README.md).")
                             .arg(QLatin1String(pgquery::postgresVersion()))));
}

void TestSqlRegressionSplit::agreedFigures_data()
{
    QTest::addColumn<FileFigures>("agreed");
    for (const FileFigures &figures : FileFigures::load(figuresFile()))
        QTest::newRow(qPrintable(figures.file)) << figures;
}

void TestSqlRegressionSplit::agreedFigures()
{
    QFETCH(FileFigures, agreed);
    QFile file(QDir(scriptsDir()).filePath(agreed.file));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const FileFigures measured = FileFigures::measure(agreed.file, PsqlScript(file.readAll()), Splitter::handWritten());
    // The misses, when there are more or other ones than agreed, say which statements.
    const QByteArray misses = measured.misses.join(QLatin1Char('\n')).toUtf8();
    QCOMPARE(measured.statements, agreed.statements);
    QCOMPARE(measured.parsing, agreed.parsing);
    QCOMPARE(measured.writing, agreed.writing);
    QVERIFY2(measured.found == agreed.found, misses.constData());
    QVERIFY2(measured.boundariesRight == agreed.boundariesRight, misses.constData());
    QVERIFY2(measured.classifiedRight == agreed.classifiedRight, misses.constData());
}

void TestSqlRegressionSplit::everyScriptHasFigures()
{
    QStringList listed;
    for (const FileFigures &figures : FileFigures::load(figuresFile()))
        listed << figures.file;
    QCOMPARE(listed, QDir(scriptsDir()).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name));
}

QTEST_APPLESS_MAIN(TestSqlRegressionSplit)
#include "tst_SqlRegressionSplit.moc"
