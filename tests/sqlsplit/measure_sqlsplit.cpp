// Measures the statement splitters against psql's splitting of regression scripts (see
// tests/data/sql-regress/README.md), and against the half-typed cases there:
//
//   measure_sqlsplit [--examples N] [--details] [--half-typed FILE] [--figures FILE] PATH...
//
// PATH: .sql files, or folders whose *.sql files are read. Prints Markdown tables; --figures
// writes the table of the hand-written splitter's figures per file that the regression test
// compares with. A tool for re-making the figures; nothing here is shipped.

#include "FileFigures.h"
#include "HalfTypedCases.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace {

QTextStream out(stdout);

QStringList scripts(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            const QDir dir(path);
            for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << path;
        }
    }
    return files;
}

QString milliseconds(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e6, 'f', 1) + QStringLiteral(" ms");
}

QString share(int part, int whole)
{
    return QStringLiteral("%1 / %2 (%3 %)")
        .arg(part)
        .arg(whole)
        .arg(whole ? QString::number(100.0 * part / whole, 'f', 2) : QStringLiteral("-"));
}

// Returns the first splitter's figures, file by file.
QList<FileFigures> measureScripts(const QStringList &files, const QList<Splitter> &splitters, int examples,
                                  bool listDetails)
{
    QList<FileFigures> table;
    QList<Figures> figures(splitters.size());
    int statements = 0;
    int parsing = 0;
    QStringList notes;
    QStringList copies;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            notes << QStringLiteral("%1: cannot be read").arg(path);
            continue;
        }
        const QByteArray content = file.readAll();
        const QString name = QFileInfo(path).fileName();
        if (!content.isValidUtf8())
            notes << QStringLiteral("%1: not UTF-8, read as Latin-1 by the hand-written splitter").arg(name);
        const PsqlScript script(content);
        statements += int(script.statements().size());
        for (const ReferenceStatement &statement : script.statements())
            parsing += statement.parses ? 1 : 0;
        for (const QString &note : script.notes())
            notes << name + QStringLiteral(": ") + note;
        for (const QString &copy : script.copies())
            copies << name + QStringLiteral(": ") + copy;
        for (qsizetype i = 0; i < splitters.size(); ++i)
            figures[i].add(name, script, splitters.at(i));
        table << FileFigures::measure(name, script, splitters.first());
    }

    const QString postgres = QStringLiteral("PostgreSQL %1").arg(QLatin1String(pgquery::postgresVersion()));
    out << "Reference: psql's rules over " << postgres << "'s scanner (libpg_query). " << files.size() << " files, "
        << statements << " statements, " << parsing << " of them accepted by " << postgres << "'s grammar, "
        << statements - parsing << " not.\n\n";
    out << notes.size() << " notes on the reading, " << copies.size() << " COPY ... FROM STDIN"
        << (listDetails ? ":" : " (--details lists them).") << '\n';
    if (listDetails) {
        for (const QString &line : notes + copies)
            out << "- " << line << '\n';
    }
    out << "\n| splitter | files counted right | statements found | boundaries right | write/read right"
           " (parsing, boundaries right) | split | classify |\n|---|---|---|---|---|---|---|\n";
    for (qsizetype i = 0; i < splitters.size(); ++i) {
        const Figures &f = figures.at(i);
        out << "| " << splitters.at(i).name << " | " << share(f.filesCountedRight, f.files)
            << (f.filesGivenUp ? QStringLiteral(", %1 given up").arg(f.filesGivenUp) : QString()) << " | " << f.found
            << " of " << f.statements << " | " << share(f.boundariesRight, f.statements) << " | "
            << share(f.classifiedRight, f.classifiable) << " | " << milliseconds(f.splitNanoseconds) << " | "
            << milliseconds(f.classifyNanoseconds) << " |\n";
    }
    for (qsizetype i = 0; i < splitters.size(); ++i) {
        const Figures &f = figures.at(i);
        out << "\n### " << splitters.at(i).name << ": " << f.boundaryMisses.size() << " boundaries wrong, "
            << f.classificationMisses.size() << " write/read wrong\n";
        for (const QString &miss : f.boundaryMisses.mid(0, examples))
            out << "- " << miss << '\n';
        for (const QString &miss : f.classificationMisses.mid(0, examples))
            out << "- " << miss << '\n';
    }
    return table;
}

void measureHalfTyped(const QString &path, const QList<Splitter> &splitters)
{
    const QList<HalfTypedCase> cases = HalfTypedCase::load(path);
    out << "\n## Half-typed cases (" << cases.size() << ")\n\n| splitter | counted right | write/read right |\n"
        << "|---|---|---|\n";
    QStringList misses;
    for (const Splitter &splitter : splitters) {
        int counted = 0;
        int told = 0;
        for (const HalfTypedCase &sample : cases) {
            const QByteArray sql = sample.sql.toUtf8();
            const QList<pgquery::Span> spans = splitter.split(sql).value_or(QList<pgquery::Span>());
            const bool countRight = spans.size() == sample.statements;
            const pgquery::Span first = spans.value(0, pgquery::Span{0, 0});
            const bool writesRight =
                (!spans.isEmpty() && splitter.writes(sql.mid(first.begin, first.end - first.begin))) == sample.writes;
            counted += countRight ? 1 : 0;
            told += writesRight ? 1 : 0;
            if (!countRight || !writesRight)
                misses << QStringLiteral("%1: %2: %3 statements (expected %4)%5")
                              .arg(splitter.name, sample.name)
                              .arg(spans.size())
                              .arg(sample.statements)
                              .arg(writesRight ? QString() : QStringLiteral(", write/read wrong"));
        }
        out << "| " << splitter.name << " | " << share(counted, int(cases.size())) << " | "
            << share(told, int(cases.size())) << " |\n";
    }
    out << '\n';
    for (const QString &miss : std::as_const(misses))
        out << "- " << miss << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the SQL statement splitters against psql's splitting."));
    parser.addHelpOption();
    const QCommandLineOption examples(QStringLiteral("examples"), QStringLiteral("Misses listed per splitter."),
                                      QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption details(
        QStringLiteral("details"), QStringLiteral("List the notes on the reading and the COPY ... FROM STDIN guesses."));
    const QCommandLineOption halfTyped(QStringLiteral("half-typed"), QStringLiteral("The half-typed cases (JSON)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption figures(QStringLiteral("figures"),
                                     QStringLiteral("Write the hand-written splitter's figures per file."),
                                     QStringLiteral("FILE"));
    parser.addOptions({examples, details, halfTyped, figures});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral(".sql files or folders of them."));
    parser.process(app);

    const QList<Splitter> splitters{Splitter::handWritten(), Splitter::pgQueryScanner(), Splitter::pgQueryParser(),
                                    Splitter::pgQueryParserElseScanner()};
    const QStringList files = scripts(parser.positionalArguments());
    if (!files.isEmpty()) {
        const QList<FileFigures> table =
            measureScripts(files, splitters, parser.value(examples).toInt(), parser.isSet(details));
        if (parser.isSet(figures) && !FileFigures::save(parser.value(figures), table)) {
            QTextStream(stderr) << "measure_sqlsplit: " << parser.value(figures) << ": cannot be written\n";
            return 2;
        }
    }
    if (parser.isSet(halfTyped))
        measureHalfTyped(parser.value(halfTyped), splitters);
    return 0;
}
