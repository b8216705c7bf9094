#pragma once

// One script's figures: its statements by the reference, and how a splitter did on them.
// Kept as a table (tests/data/sql-regress/*.figures.tsv) that the regression test compares
// with and measure_sqlsplit --figures writes.

#include "SplitMeasure.h"

#include <QMetaType>

struct FileFigures {
    QString file;
    int statements = 0;      // psql would send
    int parsing = 0;         // ... that PostgreSQL 15's grammar accepts
    int writing = 0;         // ... of those, the ones that write
    int found = 0;           // by the splitter
    int boundariesRight = 0;
    int classifiedRight = 0; // of the parsing statements whose boundaries are right
    QStringList misses;      // not in the table: what the splitter got wrong

    static FileFigures measure(const QString &file, const PsqlScript &script, const Splitter &splitter);
    static QList<FileFigures> load(const QString &path);
    static bool save(const QString &path, const QList<FileFigures> &table);
};

Q_DECLARE_METATYPE(FileFigures)
