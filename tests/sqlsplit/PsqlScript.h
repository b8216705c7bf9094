#pragma once

// A file of psql input (a regression test script) cut into the statements psql would send,
// with PostgreSQL's own scanner doing the lexing: the reference the splitters are measured
// against.
//
// psql's rules (src/fe_utils/psqlscan.l): a ';' outside strings, comments and dollar quotes
// ends a statement unless it is inside parentheses or inside the BEGIN ... END of a
// CREATE [OR REPLACE] FUNCTION|PROCEDURE (BEGIN ATOMIC bodies); psql's own meta-commands
// (a backslash outside strings, to the end of the line) are not SQL, and \g, \gx, \gset,
// \gexec, \gdesc, \crosstabview and \watch end the statement as ';' does; \; is a ';' that
// psql does not act on but the server does; \r throws away what was typed; the lines after
// COPY ... FROM STDIN (or \copy ... from stdin) up to "\." are data. An unterminated string
// or comment runs to the end of the file, and the text after the last ';' is a statement
// too (psql sends it at the end of a file).
//
// What a script cannot tell without a server: which \if branch runs (all are read; at
// \elif, \else and \endif the parenthesis depth goes back to what it was at \if, as psql
// does when it leaves a branch that did not run), and whether a COPY ... FROM
// STDIN is accepted (psql reads data only then): data is assumed when a "\." line comes
// before anything that looks like SQL, a comment or a meta-command. Strings are read with
// standard_conforming_strings on, PostgreSQL's default; a script that turns it off is read
// as if it had not. A token PostgreSQL's scanner rejects but psql passes on (123abc,
// E'\u061') is read with the byte it blames as a blank.

#include "PgQuery.h"

#include <QStack>
#include <QStringList>

struct ReferenceStatement {
    pgquery::Span span; // from its first token's start to its last token's end, in bytes
    int firstToken;     // in PsqlScript::tokens()
    int lastToken;
    int line;           // of its first token, from 1
    bool parses;        // PostgreSQL 15's grammar accepts it
    bool writes;        // when it parses: anything but a plain query (SelectStmt without
                        // INTO and without a data-modifying WITH), as SqlStatementInfo means
};

class PsqlScript
{
public:
    explicit PsqlScript(const QByteArray &file);

    // The file with psql's parts (meta-commands but \if, \elif, \else and \endif, COPY
    // data, text that \r threw away) blanked out, lines kept; a meta-command that sends the
    // query becomes ';'. What the splitters are given.
    const QByteArray &sql() const { return m_sql; }
    // PostgreSQL's tokens of sql() that belong to a statement, in order.
    const QList<pgquery::Span> &tokens() const { return m_tokens; }
    const QList<ReferenceStatement> &statements() const { return m_statements; }
    // What the reading could not do as psql would (scanner errors), for the report.
    const QStringList &notes() const { return m_notes; }
    // COPY ... FROM STDIN statements, each with whether data was assumed to follow, for
    // checking the guess by eye.
    const QStringList &copies() const { return m_copies; }

    // The tokens a splitter's statement covers, as (first, last) indices into tokens(), or
    // (-1, -1) when it covers none.
    std::pair<int, int> tokenRange(pgquery::Span span) const;

    static bool writesByTree(const QJsonObject &statement);

private:
    static int blameByte(const QByteArray &text, const pgquery::ScanError &error);
    bool take(pgquery::Span token);
    bool metaCommand(pgquery::Span backslash);
    void word(const QByteArray &text);
    // Ends the statement being read, if any. True when psql would now read COPY data: a
    // COPY ... FROM STDIN was sent, alone or joined to others by \; (combining: this one
    // ends with \;, and psql sends nothing yet).
    bool endStatement(bool combining);
    void resetState();
    bool isCopyFromStdin(int firstToken, int lastToken) const;
    // Blanks the data after the line holding position from, when it looks like data.
    void skipCopyData(int from, const QString &what);
    void blank(int begin, int end);
    int lineOf(int position) const;

    QByteArray m_sql;
    QList<int> m_newlines;
    QList<int> m_patches; // bytes read as blanks, so that the scanner goes on (blameByte)
    QList<pgquery::Span> m_tokens;
    QList<ReferenceStatement> m_statements;
    QStringList m_notes;
    QStringList m_copies;
    int m_position = 0;    // where the next scan starts
    int m_first = -1;      // first token of the statement being read
    int m_parenDepth = 0;
    int m_beginDepth = 0;
    char m_identifiers[4] = {};
    int m_identifierCount = 0;
    bool m_combining = false;   // the ';' coming is a \;
    bool m_copyPending = false; // a COPY ... FROM STDIN waits to be sent
    QStack<int> m_branches; // the parenthesis depth at each open \if
};
