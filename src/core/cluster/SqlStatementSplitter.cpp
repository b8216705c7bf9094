#include "SqlStatementSplitter.h"

#include <QStringList>

#include <array>

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

// A psql meta-command starting at the backslash at i: \; is a ';' and \: a ':' that go
// into the query; any other runs to the end of the line (psql also ends one at \\, after
// which SQL goes on, or at the next backslash: rare, and not followed here). Returns where
// it ends.
qsizetype metaCommand(const QString &sql, qsizetype i, QList<Token> &tokens)
{
    const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
    if (next == QLatin1Char(';') || next == QLatin1Char(':')) {
        tokens << Token{next == QLatin1Char(';') ? Token::Semicolon : Token::Other, i, i + 2, {}};
        return i + 2;
    }
    qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
    if (end < 0)
        end = sql.size();
    qsizetype nameEnd = i + 1;
    while (nameEnd < end && !sql.at(nameEnd).isSpace() && sql.at(nameEnd) != QLatin1Char('\\'))
        ++nameEnd;
    // The commands that send the query buffer to the server.
    static const QStringList sending{
        QStringLiteral("g"),     QStringLiteral("gx"),    QStringLiteral("gset"),         QStringLiteral("gexec"),
        QStringLiteral("gdesc"), QStringLiteral("watch"), QStringLiteral("crosstabview"),
    };
    static const QStringList branching{QStringLiteral("if"), QStringLiteral("elif"), QStringLiteral("else"),
                                       QStringLiteral("endif")};
    const QString name = sql.mid(i + 1, nameEnd - i - 1);
    if (sending.contains(name))
        tokens << Token{Token::Send, i, end, {}};
    else if (branching.contains(name))
        tokens << Token{Token::Branch, i, end, name.toUpper()};
    return end;
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
        } else if (c == QLatin1Char('\\')) {
            i = metaCommand(sql, i, tokens);
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

// psql's way of telling a ';' inside the BEGIN ... END of a routine body from the end of
// the statement (psqlscan.l): once the statement's first words are CREATE [OR REPLACE]
// FUNCTION|PROCEDURE, BEGIN opens a block outside parentheses, CASE opens one inside a
// block (it also closes with END), END closes one.
class RoutineBodyTracker
{
public:
    void word(const QString &word, int parenDepth)
    {
        static const QStringList header{QStringLiteral("CREATE"), QStringLiteral("FUNCTION"),
                                        QStringLiteral("PROCEDURE"), QStringLiteral("OR"),
                                        QStringLiteral("REPLACE")};
        if (m_words < int(m_initials.size()))
            m_initials[m_words] = header.contains(word) ? word.at(0).toLatin1() : '\0';
        ++m_words;
        if (!inCreateRoutine() || parenDepth != 0)
            return;
        if (word == QLatin1String("BEGIN"))
            ++m_depth;
        else if (word == QLatin1String("CASE") && m_depth > 0)
            ++m_depth;
        else if (word == QLatin1String("END") && m_depth > 0)
            --m_depth;
    }

    bool inBlock() const { return m_depth > 0; }

    // At the end of a statement.
    void reset() { *this = RoutineBodyTracker(); }

private:
    bool inCreateRoutine() const
    {
        const auto &w = m_initials;
        return w[0] == 'C'
            && (w[1] == 'F' || w[1] == 'P' || (w[1] == 'O' && w[2] == 'R' && (w[3] == 'F' || w[3] == 'P')));
    }

    std::array<char, 4> m_initials{};
    int m_words = 0;
    int m_depth = 0;
};

} // namespace

QList<SqlStatementSplitter::Statement> SqlStatementSplitter::split(const QString &sql)
{
    QList<Statement> statements;
    bool inStatement = false;
    int parenDepth = 0;
    RoutineBodyTracker routine;
    // psql reads every branch of a \if for its meta-commands and throws away the text of a
    // branch that does not run, with any parenthesis it opened. Which one runs is not known
    // here: a parenthesis opened in a branch does not outlive it.
    QList<int> branchParenDepths;
    for (const Token &token : tokenize(sql)) {
        if (token.kind == Token::Branch) {
            if (token.word == QLatin1String("IF"))
                branchParenDepths << parenDepth;
            else if (!branchParenDepths.isEmpty() && token.word == QLatin1String("ENDIF"))
                parenDepth = branchParenDepths.takeLast();
            else if (!branchParenDepths.isEmpty())
                parenDepth = branchParenDepths.last();
            continue;
        }
        const bool ends = token.kind == Token::Send
            || (token.kind == Token::Semicolon && parenDepth == 0 && !routine.inBlock());
        if (ends) {
            inStatement = false;
            parenDepth = 0;
            routine.reset();
            continue;
        }
        if (token.kind == Token::Open)
            ++parenDepth;
        else if (token.kind == Token::Close && parenDepth > 0)
            --parenDepth;
        else if (token.kind == Token::Word && !token.word.isEmpty())
            routine.word(token.word, parenDepth);
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
