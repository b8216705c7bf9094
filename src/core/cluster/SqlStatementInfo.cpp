#include "SqlStatementInfo.h"

#include <QList>

namespace shardscope {

namespace {

struct Token {
    enum Kind { Word, Open, Close, Comma, Semicolon, Other } kind;
    qsizetype begin;
    qsizetype end;
    QString word; // upper case, for Word
};

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

// Reads one statement's tokens: skips a WITH list (noting data-modifying CTEs) and finds
// the keyword of the statement proper.
class StatementReader
{
public:
    explicit StatementReader(const QList<Token> &tokens)
        : m_tokens(tokens)
    {
    }

    void read(SqlStatementInfo &info)
    {
        skipOpenParens();
        if (isWord(QLatin1String("WITH"))) {
            ++m_at;
            if (isWord(QLatin1String("RECURSIVE")))
                ++m_at;
            readCommonTableExpressions(info);
            skipOpenParens();
        }
        if (m_at >= m_tokens.size() || m_tokens.at(m_at).kind != Token::Word)
            return;
        info.keyword = m_tokens.at(m_at).word;
        if (!info.writes)
            info.writes = mainStatementWrites(info.keyword);
    }

private:
    static bool isModifying(const QString &keyword)
    {
        return keyword == QLatin1String("INSERT") || keyword == QLatin1String("UPDATE")
            || keyword == QLatin1String("DELETE") || keyword == QLatin1String("MERGE");
    }

    bool isWord(QLatin1String word) const
    {
        return m_at < m_tokens.size() && m_tokens.at(m_at).kind == Token::Word && m_tokens.at(m_at).word == word;
    }

    void skipOpenParens()
    {
        while (m_at < m_tokens.size() && m_tokens.at(m_at).kind == Token::Open)
            ++m_at;
    }

    // From an Open token to just past its Close.
    void skipGroup()
    {
        int depth = 0;
        do {
            if (m_tokens.at(m_at).kind == Token::Open)
                ++depth;
            else if (m_tokens.at(m_at).kind == Token::Close)
                --depth;
            ++m_at;
        } while (m_at < m_tokens.size() && depth > 0);
    }

    // name [(columns)] AS [NOT] [MATERIALIZED] (body) [, ...]
    void readCommonTableExpressions(SqlStatementInfo &info)
    {
        while (m_at < m_tokens.size()) {
            ++m_at; // the name
            if (m_at < m_tokens.size() && m_tokens.at(m_at).kind == Token::Open)
                skipGroup();
            while (isWord(QLatin1String("AS")) || isWord(QLatin1String("NOT"))
                   || isWord(QLatin1String("MATERIALIZED")))
                ++m_at;
            if (m_at >= m_tokens.size() || m_tokens.at(m_at).kind != Token::Open)
                return;
            const qsizetype body = m_at + 1;
            if (body < m_tokens.size() && isModifying(m_tokens.at(body).word))
                info.writes = true;
            skipGroup();
            // Past the SEARCH and CYCLE clauses of recursive queries, if any.
            while (m_at < m_tokens.size() && m_tokens.at(m_at).kind != Token::Comma && !startsStatement())
                ++m_at;
            if (m_at >= m_tokens.size() || m_tokens.at(m_at).kind != Token::Comma)
                return;
            ++m_at;
        }
    }

    bool startsStatement() const
    {
        static const QStringList keywords{
            QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
            QStringLiteral("MERGE"),  QStringLiteral("VALUES"), QStringLiteral("TABLE"),
        };
        return m_tokens.at(m_at).kind == Token::Open
            || (m_tokens.at(m_at).kind == Token::Word && keywords.contains(m_tokens.at(m_at).word));
    }

    bool mainStatementWrites(const QString &keyword) const
    {
        if (isModifying(keyword) || keyword == QLatin1String("CREATE"))
            return true;
        if (keyword == QLatin1String("SELECT")) {
            // SELECT ... INTO new_table creates it; INTO inside parentheses belongs to
            // something else.
            int depth = 0;
            for (qsizetype i = m_at; i < m_tokens.size(); ++i) {
                const Token &token = m_tokens.at(i);
                depth += token.kind == Token::Open ? 1 : token.kind == Token::Close ? -1 : 0;
                if (depth == 0 && token.kind == Token::Word && token.word == QLatin1String("INTO"))
                    return true;
            }
            return false;
        }
        return keyword != QLatin1String("VALUES") && keyword != QLatin1String("TABLE");
    }

    const QList<Token> &m_tokens;
    qsizetype m_at = 0;
};

} // namespace

SqlStatementInfo SqlStatementInfo::of(const QString &sql)
{
    SqlStatementInfo info;
    const QList<Token> tokens = tokenize(sql);
    QList<Token> first;
    qsizetype lastEnd = -1;
    qsizetype firstBegin = -1;
    bool inStatement = false;
    for (const Token &token : tokens) {
        if (token.kind == Token::Semicolon) {
            inStatement = false;
            continue;
        }
        if (!inStatement) {
            inStatement = true;
            ++info.statementCount;
        }
        if (info.statementCount == 1) {
            first << token;
            if (firstBegin < 0)
                firstBegin = token.begin;
        }
        lastEnd = token.end;
    }
    if (info.statementCount == 0)
        return info;
    info.body = sql.mid(firstBegin, lastEnd - firstBegin);
    StatementReader(first).read(info);
    return info;
}

} // namespace shardscope
