#include "SqlStatementInfo.h"

#include "SqlStatementSplitter.h"

#include <QStringList>

namespace shardscope {

namespace {

using Token = SqlStatementSplitter::Token;

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
    const QList<SqlStatementSplitter::Statement> statements = SqlStatementSplitter::split(sql);
    info.statementCount = int(statements.size());
    if (statements.isEmpty())
        return info;
    const SqlStatementSplitter::Statement &first = statements.first();
    info.body = sql.mid(first.begin, statements.last().end - first.begin);
    StatementReader(first.tokens).read(info);
    return info;
}

} // namespace shardscope
