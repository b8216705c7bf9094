#pragma once

// Splitters measured against the psql reference (PsqlScript): statements counted right,
// boundaries right, write/read told right, and time taken.

#include "PsqlScript.h"

#include <QString>

#include <functional>
#include <optional>

struct Splitter {
    QString name;
    // The statements of SQL text, in bytes; nothing when the splitter gives up on the text.
    std::function<std::optional<QList<pgquery::Span>>(const QByteArray &sql)> split;
    // Whether running the statement may change data.
    std::function<bool(const QByteArray &statement)> writes;

    // SqlStatementSplitter and SqlStatementInfo, as the application uses them.
    static Splitter handWritten();
    // libpg_query: its scanner splitter, its parser splitter, and the parser with the
    // scanner where the parser fails; statements are told by their parse trees, and one
    // that does not parse counts as writing (the application's rule for the unknown).
    static Splitter pgQueryScanner();
    static Splitter pgQueryParser();
    static Splitter pgQueryParserElseScanner();
};

struct Figures {
    int files = 0;
    int filesCountedRight = 0;
    int filesGivenUp = 0;
    int statements = 0;      // in the reference
    int found = 0;           // by the splitter
    int boundariesRight = 0; // reference statements the splitter found exactly
    int classifiable = 0;    // ... of those, the ones PostgreSQL 15 parses
    int classifiedRight = 0;
    qint64 splitNanoseconds = 0;
    qint64 classifyNanoseconds = 0;
    QStringList boundaryMisses;     // "file:line: reference «...» / splitter «...»"
    QStringList classificationMisses;

    // Adds one file; false when the splitter got any statement of it wrong.
    bool add(const QString &file, const PsqlScript &script, const Splitter &splitter);
};

// The text of a span, on one line and cut short, for reports.
QString excerpt(const QByteArray &sql, pgquery::Span span, int length = 90);
