#pragma once

#include <QList>
#include <QString>

namespace shardscope {

// Where the statements of SQL text start and end, without a server. Strings, quoted
// identifiers, dollar quotes and comments are skipped, so a ';' inside them ends nothing.
class SqlStatementSplitter
{
public:
    struct Token {
        enum Kind { Word, Open, Close, Comma, Semicolon, Other } kind;
        qsizetype begin;
        qsizetype end;
        QString word; // upper case, for Word
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
