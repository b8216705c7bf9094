#pragma once

#include <QList>
#include <QString>

namespace shardscope {

// Where the statements of SQL text start and end, without a server, the way psql splits
// what is typed into it (src/fe_utils/psqlscan.l): strings, quoted identifiers, dollar quotes
// and comments are skipped, so a ';' inside them ends nothing; neither does a ';' inside
// parentheses (CREATE RULE ... DO (...; ...)) or inside the BEGIN ATOMIC ... END body of a
// CREATE FUNCTION or PROCEDURE. A psql meta-command (a backslash outside quotes, to the end
// of the line) is not SQL: \g, \gset and the others that send the query end the statement,
// \; separates two, the rest are left out; a parenthesis left open in a \if, \elif or
// \else branch is closed when the branch ends, as psql does for a branch that does not run.
class SqlStatementSplitter
{
public:
    struct Token {
        enum Kind {
            Word,
            Open,
            Close,
            Comma,
            Semicolon,
            Other,
            Send,   // a psql meta-command that sends the query typed so far (\g, \gset...)
            Branch, // \if, \elif, \else or \endif (word: IF, ELIF, ELSE, ENDIF)
        } kind;
        qsizetype begin;
        qsizetype end;
        QString word; // upper case, for Word (empty for a quoted identifier) and Branch
    };

    struct Statement {
        // From the start of its first token to the end of its last: no ';', no comments
        // around it.
        qsizetype begin;
        qsizetype end;
        QList<Token> tokens; // without the ';' that ends it
    };

    // Statements with at least one token, in order; a trailing ';' does not start another.
    static QList<Statement> split(const QString &sql);
};

} // namespace shardscope
