#include "FileFigures.h"

#include <QFile>
#include <QTextStream>

namespace {

const char header[] = "# file\tstatements\tparsing\twriting\tfound\tboundaries_right\tclassified_right";

} // namespace

FileFigures FileFigures::measure(const QString &file, const PsqlScript &script, const Splitter &splitter)
{
    Figures figures;
    figures.add(file, script, splitter);
    FileFigures result;
    result.file = file;
    result.statements = figures.statements;
    for (const ReferenceStatement &statement : script.statements()) {
        result.parsing += statement.parses ? 1 : 0;
        result.writing += statement.parses && statement.writes ? 1 : 0;
    }
    result.found = figures.found;
    result.boundariesRight = figures.boundariesRight;
    result.classifiedRight = figures.classifiedRight;
    result.misses = figures.boundaryMisses + figures.classificationMisses;
    return result;
}

QList<FileFigures> FileFigures::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(path));
    QList<FileFigures> table;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 7)
            qFatal("%s: not 7 fields: %s", qPrintable(path), qPrintable(line));
        table << FileFigures{fields.at(0),         fields.at(1).toInt(), fields.at(2).toInt(), fields.at(3).toInt(),
                             fields.at(4).toInt(), fields.at(5).toInt(), fields.at(6).toInt(), {}};
    }
    return table;
}

bool FileFigures::save(const QString &path, const QList<FileFigures> &table)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text | QIODevice::Truncate))
        return false;
    QTextStream out(&file);
    out << header << '\n';
    for (const FileFigures &row : table) {
        out << row.file << '\t' << row.statements << '\t' << row.parsing << '\t' << row.writing << '\t' << row.found
            << '\t' << row.boundariesRight << '\t' << row.classifiedRight << '\n';
    }
    return file.error() == QFile::NoError;
}
