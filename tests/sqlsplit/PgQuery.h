#pragma once

// PostgreSQL's own scanner and grammar, through libpg_query (package libpg-query-dev; on
// Debian 12, PostgreSQL 15.1's): the reference the statement splitters are measured against.
// Offsets are bytes of the UTF-8 text, as libpg_query gives them.

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace pgquery {

// The PostgreSQL release whose scanner and grammar this libpg_query holds ("15.1"), and its
// major version (15).
const char *postgresVersion();
int postgresMajorVersion();

struct Span {
    int begin;
    int end;
};

struct ScanError {
    int at = -1; // the byte where the offending token starts, -1 when not known
    QByteArray message;

    // An unterminated string, quoted identifier, dollar quote or comment, rather than a
    // complete token PostgreSQL rejects (trailing junk after a number, a bad escape).
    bool unterminated() const { return message.startsWith("unterminated"); }
};

// Every token of sql, comments included, or nothing when the scanner stops at an error,
// which it then tells.
std::optional<QList<Span>> scan(const QByteArray &sql, ScanError *error = nullptr);

// The raw parse trees of sql's statements ({"stmt": {"SelectStmt": ...}} each), or nothing
// when PostgreSQL 15's grammar rejects it.
std::optional<QList<QJsonObject>> parse(const QByteArray &sql);

// libpg_query's two splitters, as they report statements (leading blanks and comments
// included), or nothing when they fail.
std::optional<QList<Span>> splitWithScanner(const QByteArray &sql);
std::optional<QList<Span>> splitWithParser(const QByteArray &sql);

} // namespace pgquery
