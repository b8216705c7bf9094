#include "SqlStatementInfo.h"

#include "SqlStatementSplitter.h"

#include <QStringList>

#include <algorithm>

namespace shardscope {

namespace {

using Token = SqlStatementSplitter::Token;

// Reads one statement's tokens: skips a WITH list (noting data-modifying CTEs, whose bodies
// may have WITH lists of their own) and finds the keyword of the statement proper.
class StatementReader
{
public:
    explicit StatementReader(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    {
        skipOpenParens();
        if (isWord(QLatin1String("WITH"))) {
            ++m_at;
            if (isWord(QLatin1String("RECURSIVE")))
                ++m_at;
            readCommonTableExpressions();
            skipOpenParens();
        }
        if (m_at < m_tokens.size() && m_tokens.at(m_at).kind == Token::Word)
            m_keyword = m_tokens.at(m_at).word;
    }

    // Upper case; empty when the statement proper has not been typed yet.
    const QString &keyword() const { return m_keyword; }

    bool writes() const { return m_modifyingWith || (!m_keyword.isEmpty() && mainStatementWrites()); }

    // As the body of a CTE: it inserts, updates, deletes or merges. (A data-modifying WITH
    // inside it is refused by PostgreSQL, which allows one only at the top.)
    bool modifies() const { return isModifying(m_keyword); }

private:
    static bool isModifying(const QString &keyword)
    {
        return keyword == QLatin1String("INSERT") || keyword == QLatin1String("UPDATE")
            || keyword == QLatin1String("DELETE") || keyword == QLatin1String("MERGE");
    }

    bool isWord(QLatin1String word) const { return isWordAt(m_at, word); }

    bool isWordAt(qsizetype at, QLatin1String word) const
    {
        return at < m_tokens.size() && m_tokens.at(at).kind == Token::Word && m_tokens.at(at).word == word;
    }

    void skipOpenParens()
    {
        while (m_at < m_tokens.size() && m_tokens.at(m_at).kind == Token::Open)
            ++m_at;
    }

    // The Close token that matches the Open one at open, or the end when it is not typed yet.
    qsizetype closeOf(qsizetype open) const
    {
        int depth = 0;
        for (qsizetype i = open; i < m_tokens.size(); ++i) {
            depth += m_tokens.at(i).kind == Token::Open ? 1 : m_tokens.at(i).kind == Token::Close ? -1 : 0;
            if (depth == 0)
                return i;
        }
        return m_tokens.size();
    }

    // name [(columns)] AS: where a CTE starts.
    bool startsCommonTableExpression(qsizetype at) const
    {
        if (at >= m_tokens.size() || m_tokens.at(at).kind != Token::Word)
            return false;
        ++at;
        if (at < m_tokens.size() && m_tokens.at(at).kind == Token::Open)
            at = closeOf(at) + 1;
        return isWordAt(at, QLatin1String("AS"));
    }

    // name [(columns)] AS [NOT] [MATERIALIZED] (body) [SEARCH ...] [CYCLE ...] [, ...]
    void readCommonTableExpressions()
    {
        while (m_at < m_tokens.size()) {
            ++m_at; // the name
            if (m_at < m_tokens.size() && m_tokens.at(m_at).kind == Token::Open)
                m_at = closeOf(m_at) + 1;
            while (isWord(QLatin1String("AS")) || isWord(QLatin1String("NOT"))
                   || isWord(QLatin1String("MATERIALIZED")))
                ++m_at;
            if (m_at >= m_tokens.size() || m_tokens.at(m_at).kind != Token::Open)
                return;
            // The body is a statement of its own, with a WITH list of its own maybe.
            const qsizetype close = closeOf(m_at);
            if (StatementReader(m_tokens.mid(m_at + 1, close - m_at - 1)).modifies())
                m_modifyingWith = true;
            m_at = std::min(close + 1, m_tokens.size());
            // Past the SEARCH and CYCLE clauses of recursive queries, whose column lists
            // have commas of their own, to the comma before the next CTE.
            while (m_at < m_tokens.size() && !startsStatement()
                   && !(m_tokens.at(m_at).kind == Token::Comma && startsCommonTableExpression(m_at + 1)))
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

    bool mainStatementWrites() const
    {
        if (isModifying(m_keyword) || m_keyword == QLatin1String("CREATE"))
            return true;
        if (m_keyword == QLatin1String("SELECT")) {
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
        return m_keyword != QLatin1String("VALUES") && m_keyword != QLatin1String("TABLE");
    }

    const QList<Token> m_tokens;
    qsizetype m_at = 0;
    QString m_keyword;
    bool m_modifyingWith = false;
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
    info.body = sql.mid(first.begin, first.end - first.begin);
    const StatementReader reader(first.tokens);
    info.keyword = reader.keyword();
    info.writes = reader.writes();
    return info;
}

} // namespace shardscope
