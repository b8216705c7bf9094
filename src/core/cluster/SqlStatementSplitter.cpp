#include "SqlStatementSplitter.h"

namespace shardscope {

namespace {

using Token = SqlStatementSplitter::Token;

bool isWordStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isWordPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// End of a quoted run starting at open (its quote char), where a doubled quote is one
// character and, for E'' strings, a backslash escapes the next one.
qsizetype endOfQuoted(const QString &sql, qsizetype open, bool backslashEscapes)
{
    const QChar quote = sql.at(open);
    qsizetype i = open + 1;
    while (i < sql.size()) {
        if (backslashEscapes && sql.at(i) == QLatin1Char('\\')) {
            i += 2;
        } else if (sql.at(i) == quote) {
            if (i + 1 < sql.size() && sql.at(i + 1) == quote)
                i += 2;
            else
                return i + 1;
        } else {
            ++i;
        }
    }
    return sql.size();
}

// The tag of a dollar quote ($$ or $name$) starting at i, or an empty string when the '$'
// starts something else ($1).
QString dollarTag(const QString &sql, qsizetype i)
{
    qsizetype j = i + 1;
    if (j < sql.size() && isWordStart(sql.at(j))) {
        while (j < sql.size() && (sql.at(j).isLetterOrNumber() || sql.at(j) == QLatin1Char('_')))
            ++j;
    }
    return j < sql.size() && sql.at(j) == QLatin1Char('$') ? sql.mid(i, j - i + 1) : QString();
}

qsizetype endOfBlockComment(const QString &sql, qsizetype open)
{
    int depth = 0; // PostgreSQL nests them
    qsizetype i = open;
    while (i + 1 < sql.size()) {
        if (sql.at(i) == QLatin1Char('/') && sql.at(i + 1) == QLatin1Char('*')) {
            ++depth;
            i += 2;
        } else if (sql.at(i) == QLatin1Char('*') && sql.at(i + 1) == QLatin1Char('/')) {
            i += 2;
            if (--depth == 0)
                return i;
        } else {
            ++i;
        }
    }
    return sql.size();
}

QList<Token> tokenize(const QString &sql)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < sql.size() && sql.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            i = endOfBlockComment(sql, i);
        } else if ((c == QLatin1Char('E') || c == QLatin1Char('e')) && next == QLatin1Char('\'')) {
            const qsizetype end = endOfQuoted(sql, i + 1, true);
            tokens << Token{Token::Other, i, end, {}};
            i = end;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype end = endOfQuoted(sql, i, false);
            // A quoted identifier can be a CTE's name: keep it a word that matches no keyword.
            tokens << Token{c == QLatin1Char('"') ? Token::Word : Token::Other, i, end, {}};
            i = end;
        } else if (c == QLatin1Char('$') && !dollarTag(sql, i).isEmpty()) {
            const QString tag = dollarTag(sql, i);
            const qsizetype close = sql.indexOf(tag, i + tag.size());
            const qsizetype end = close < 0 ? sql.size() : close + tag.size();
            tokens << Token{Token::Other, i, end, {}};
            i = end;
        } else if (isWordStart(c)) {
            qsizetype end = i + 1;
            while (end < sql.size() && isWordPart(sql.at(end)))
                ++end;
            tokens << Token{Token::Word, i, end, sql.mid(i, end - i).toUpper()};
            i = end;
        } else {
            Token::Kind kind = Token::Other;
            if (c == QLatin1Char('('))
                kind = Token::Open;
            else if (c == QLatin1Char(')'))
                kind = Token::Close;
            else if (c == QLatin1Char(','))
                kind = Token::Comma;
            else if (c == QLatin1Char(';'))
                kind = Token::Semicolon;
            tokens << Token{kind, i, i + 1, {}};
            ++i;
        }
    }
    return tokens;
}

} // namespace

QList<SqlStatementSplitter::Statement> SqlStatementSplitter::split(const QString &sql)
{
    QList<Statement> statements;
    bool inStatement = false;
    for (const Token &token : tokenize(sql)) {
        if (token.kind == Token::Semicolon) {
            inStatement = false;
            continue;
        }
        if (!inStatement) {
            inStatement = true;
            statements << Statement{token.begin, token.end, {}};
        }
        statements.last().end = token.end;
        statements.last().tokens << token;
    }
    return statements;
}

} // namespace shardscope
