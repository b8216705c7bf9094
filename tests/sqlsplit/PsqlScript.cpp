#include "PsqlScript.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cctype>
#include <cstring>

using pgquery::Span;

namespace {

bool isIdentifierByte(char c, bool first)
{
    const auto byte = static_cast<unsigned char>(c);
    return (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || byte == '_' || byte >= 0x80
        || (!first && ((byte >= '0' && byte <= '9') || byte == '$'));
}

// psql's {identifier}: what its BEGIN ... END heuristic looks at. Keywords are identifiers
// to psql; E'...', U&"..." and the like are not.
bool isIdentifier(const QByteArray &text)
{
    for (int i = 0; i < text.size(); ++i) {
        if (!isIdentifierByte(text.at(i), i == 0))
            return false;
    }
    return !text.isEmpty();
}

// SELECT ... INTO, or a data-modifying WITH: only at the top of the statement (or in an
// arm of a set operation) does PostgreSQL run them; anywhere else it refuses the statement.
bool selectWrites(const QJsonObject &select)
{
    if (select.isEmpty())
        return false; // no arm here
    if (select.contains(QLatin1String("intoClause")))
        return true;
    static const QStringList modifying{QStringLiteral("InsertStmt"), QStringLiteral("UpdateStmt"),
                                       QStringLiteral("DeleteStmt"), QStringLiteral("MergeStmt")};
    const QJsonObject with = select.value(QLatin1String("withClause")).toObject();
    for (const QJsonValue &cte : with.value(QLatin1String("ctes")).toArray()) {
        const QJsonObject expression = cte.toObject().value(QLatin1String("CommonTableExpr")).toObject();
        const QJsonObject query = expression.value(QLatin1String("ctequery")).toObject();
        auto isQuery = [&query](const QString &key) { return query.contains(key); };
        if (std::any_of(modifying.begin(), modifying.end(), isQuery))
            return true;
    }
    return selectWrites(select.value(QLatin1String("larg")).toObject())
        || selectWrites(select.value(QLatin1String("rarg")).toObject());
}

// A line after COPY ... FROM STDIN that psql would read as script, not data: a comment,
// a meta-command (a backslash and a letter; \N is a null in data) or the start of an SQL
// command.
bool looksLikeScript(const QByteArray &line)
{
    static const QRegularExpression command(
        QStringLiteral("^(ABORT|ALTER|ANALYZE|BEGIN|CALL|CHECKPOINT|CLOSE|CLUSTER|COMMENT|COMMIT|COPY|CREATE|"
                       "DEALLOCATE|DECLARE|DELETE|DISCARD|DO|DROP|END|EXECUTE|EXPLAIN|FETCH|GRANT|IMPORT|INSERT|"
                       "LISTEN|LOAD|LOCK|MERGE|MOVE|NOTIFY|PREPARE|REASSIGN|REFRESH|REINDEX|RELEASE|RESET|REVOKE|"
                       "ROLLBACK|SAVEPOINT|SECURITY|SELECT|SET|SHOW|START|TABLE|TRUNCATE|UNLISTEN|UPDATE|VACUUM|"
                       "VALUES|WITH)(\\s|;|\\(|$)"),
        QRegularExpression::CaseInsensitiveOption);
    const bool metaCommand = line.size() > 1 && line.at(0) == '\\'
        && std::isalpha(static_cast<unsigned char>(line.at(1))) && line.at(1) != 'N';
    return line.startsWith("--") || metaCommand || command.match(QString::fromUtf8(line)).hasMatch();
}

} // namespace

PsqlScript::PsqlScript(const QByteArray &file)
    : m_sql(file)
{
    for (qsizetype at = m_sql.indexOf('\n'); at >= 0; at = m_sql.indexOf('\n', at + 1))
        m_newlines << int(at);
    while (m_position < m_sql.size()) {
        const int start = m_position;
        QByteArray rest = m_sql.mid(start);
        for (const int patch : std::as_const(m_patches)) {
            if (patch >= start)
                rest[patch - start] = ' ';
        }
        pgquery::ScanError error;
        std::optional<QList<Span>> tokens = pgquery::scan(rest, &error);
        if (!tokens && !error.unterminated() && error.at >= 0) {
            const int offending = blameByte(rest, error);
            if (offending >= 0) {
                m_notes << QStringLiteral("line %1: %2: read with «%3» as a blank")
                               .arg(lineOf(start + offending))
                               .arg(QString::fromUtf8(error.message), QChar::fromLatin1(rest.at(offending)));
                m_patches << start + offending;
                continue;
            }
        }
        if (!tokens) {
            // An unterminated string, quoted identifier or comment: psql keeps reading it to
            // the end of the file. What comes before it is scanned on its own.
            const int from = std::max(error.at, 0);
            m_notes << QStringLiteral("line %1: %2, read to the end of the file")
                           .arg(lineOf(start + from))
                           .arg(QString::fromUtf8(error.message));
            tokens = pgquery::scan(rest.left(from)).value_or(QList<Span>());
            tokens->append(Span{from, int(rest.size())});
        }
        m_position = int(m_sql.size());
        for (const Span &token : std::as_const(*tokens)) {
            if (!take(Span{token.begin + start, token.end + start}))
                break; // take() moved m_position: the rest is scanned again from there
        }
    }
    endStatement(false);
}

// PostgreSQL's scanner rejects some tokens psql passes on as they are: trailing junk after
// a number (123abc), a bad escape in an E'' string (E'\u061'), half a surrogate pair
// (E'\udb99'). It tells where: at the number, at the escape's backslash, or, for a
// surrogate, just after it. Reading that byte as a blank (for a surrogate, the backslash of
// the last \u or \U before) lets it scan on with every literal where it was. -1 when there
// is nothing to blank.
int PsqlScript::blameByte(const QByteArray &text, const pgquery::ScanError &error)
{
    int at = error.at;
    if (error.message.contains("surrogate"))
        at = int(std::max(text.lastIndexOf("\\u", at), text.lastIndexOf("\\U", at)));
    return at >= 0 && at < text.size() && text.at(at) != ' ' ? at : -1;
}

bool PsqlScript::take(Span token)
{
    const QByteArray text = m_sql.mid(token.begin, token.end - token.begin);
    if (text.startsWith("--") || text.startsWith("/*"))
        return true;
    if (text == "\\")
        return metaCommand(token);
    if (text == ";" && m_parenDepth == 0 && m_beginDepth == 0) {
        m_identifierCount = 0;
        const bool combining = std::exchange(m_combining, false);
        if (!endStatement(combining))
            return true;
        skipCopyData(token.end, QStringLiteral("COPY"));
        m_position = token.end;
        return false;
    }
    if (text == "(")
        ++m_parenDepth;
    else if (text == ")" && m_parenDepth > 0)
        --m_parenDepth;
    else if (isIdentifier(text))
        word(text.toLower());
    if (m_first < 0)
        m_first = int(m_tokens.size());
    m_tokens << token;
    return true;
}

bool PsqlScript::metaCommand(Span backslash)
{
    const int at = backslash.begin;
    const char next = at + 1 < m_sql.size() ? m_sql.at(at + 1) : '\0';
    if (next == ';' || next == ':') {
        // \; and \: put the character into the query: the ';' token comes next. psql sends
        // the statements joined by \; at the next ';' (or \g): the data of a COPY among them
        // comes after that.
        blank(at, at + 1);
        m_combining = next == ';';
        return true;
    }
    int lineEnd = int(m_sql.indexOf('\n', at));
    if (lineEnd < 0)
        lineEnd = int(m_sql.size());
    const QByteArray command = m_sql.mid(at + 1, lineEnd - at - 1);
    qsizetype nameEnd = 0;
    while (nameEnd < command.size() && !std::isspace(static_cast<unsigned char>(command.at(nameEnd)))
           && command.at(nameEnd) != '\\')
        ++nameEnd;
    const QByteArray name = command.left(nameEnd);
    static const QSet<QByteArray> sending{"g", "gx", "gset", "gexec", "gdesc", "crosstabview", "watch"};
    static const QRegularExpression fromStdin(QStringLiteral("\\bfrom\\s+stdin\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    // \if and its kin stay: a splitter that knows psql needs them (see m_branches).
    static const QSet<QByteArray> branching{"if", "elif", "else", "endif"};
    if (!branching.contains(name))
        blank(at, lineEnd);
    if (sending.contains(name)) {
        m_sql[at] = ';';
        const bool copy = endStatement(false);
        resetState();
        if (copy)
            skipCopyData(lineEnd, QStringLiteral("COPY"));
    } else if (name == "r" || name == "reset") {
        if (m_first >= 0) {
            blank(m_tokens.at(m_first).begin, at);
            m_tokens.resize(m_first);
            m_first = -1;
        }
        resetState();
    } else if (name == "if") {
        m_branches.push(m_parenDepth);
    } else if ((name == "elif" || name == "else" || name == "endif") && !m_branches.isEmpty()) {
        // psql puts the parenthesis depth back when it leaves a branch that did not run;
        // here every branch is read, so a parenthesis left open in one closes with it.
        m_parenDepth = name == "endif" ? m_branches.pop() : m_branches.top();
    } else if (name == "copy" && fromStdin.match(QString::fromUtf8(command)).hasMatch()) {
        skipCopyData(lineEnd, QStringLiteral("\\copy"));
    }
    m_position = lineEnd;
    return false;
}

// psqlscan.l's heuristic, word for word: inside CREATE [OR REPLACE] FUNCTION|PROCEDURE,
// outside parentheses, BEGIN opens a block, CASE inside one opens another, END closes one.
void PsqlScript::word(const QByteArray &text)
{
    if (m_identifierCount == 0)
        std::memset(m_identifiers, 0, sizeof m_identifiers);
    if (text == "create" || text == "function" || text == "procedure" || text == "or" || text == "replace") {
        if (m_identifierCount < int(sizeof m_identifiers))
            m_identifiers[m_identifierCount] = text.at(0);
    }
    ++m_identifierCount;
    const char *id = m_identifiers;
    const bool inCreateRoutine = id[0] == 'c'
        && (id[1] == 'f' || id[1] == 'p' || (id[1] == 'o' && id[2] == 'r' && (id[3] == 'f' || id[3] == 'p')));
    if (!inCreateRoutine || m_parenDepth != 0)
        return;
    if (text == "begin")
        ++m_beginDepth;
    else if (text == "case" && m_beginDepth >= 1)
        ++m_beginDepth;
    else if (text == "end" && m_beginDepth > 0)
        --m_beginDepth;
}

bool PsqlScript::endStatement(bool combining)
{
    if (m_first >= 0) {
        ReferenceStatement statement;
        statement.firstToken = m_first;
        statement.lastToken = int(m_tokens.size()) - 1;
        statement.span = Span{m_tokens.at(m_first).begin, m_tokens.last().end};
        statement.line = lineOf(statement.span.begin);
        const auto trees = pgquery::parse(m_sql.mid(statement.span.begin, statement.span.end - statement.span.begin));
        statement.parses = trees && trees->size() == 1;
        statement.writes = statement.parses && writesByTree(trees->first());
        m_statements << statement;
        m_copyPending = m_copyPending || isCopyFromStdin(statement.firstToken, statement.lastToken);
        m_first = -1;
    }
    return !combining && std::exchange(m_copyPending, false);
}

void PsqlScript::resetState()
{
    m_parenDepth = 0;
    m_beginDepth = 0;
    m_identifierCount = 0;
}

bool PsqlScript::isCopyFromStdin(int firstToken, int lastToken) const
{
    auto word = [this](int index) {
        const Span token = m_tokens.at(index);
        return m_sql.mid(token.begin, token.end - token.begin).toLower();
    };
    if (word(firstToken) != "copy")
        return false;
    for (int i = firstToken + 1; i < lastToken; ++i) {
        if (word(i) == "from" && word(i + 1) == "stdin")
            return true;
    }
    return false;
}

void PsqlScript::skipCopyData(int from, const QString &what)
{
    const int copyLine = lineOf(from);
    const int dataStart = int(m_sql.indexOf('\n', from)) + 1;
    for (int at = dataStart; dataStart > 0 && at < m_sql.size();) {
        int end = int(m_sql.indexOf('\n', at));
        if (end < 0)
            end = int(m_sql.size());
        const QByteArray line = m_sql.mid(at, end - at).trimmed();
        if (line == "\\.") {
            m_copies << QStringLiteral("line %1: %2 with data to line %3").arg(copyLine).arg(what).arg(lineOf(at));
            blank(dataStart, end);
            return;
        }
        if (looksLikeScript(line))
            break;
        at = end + 1;
    }
    m_copies << QStringLiteral("line %1: %2 without data").arg(copyLine).arg(what);
}

void PsqlScript::blank(int begin, int end)
{
    for (int i = begin; i < end; ++i) {
        if (m_sql.at(i) != '\n')
            m_sql[i] = ' ';
    }
}

int PsqlScript::lineOf(int position) const
{
    // Blanking keeps every line break where it was.
    return int(std::lower_bound(m_newlines.begin(), m_newlines.end(), position) - m_newlines.begin()) + 1;
}

std::pair<int, int> PsqlScript::tokenRange(Span span) const
{
    const auto first = std::lower_bound(m_tokens.begin(), m_tokens.end(), span.begin,
                                        [](const Span &token, int at) { return token.begin < at; });
    const auto pastLast = std::upper_bound(m_tokens.begin(), m_tokens.end(), span.end,
                                           [](int at, const Span &token) { return at < token.end; });
    if (first >= pastLast)
        return {-1, -1};
    return {int(first - m_tokens.begin()), int(pastLast - m_tokens.begin()) - 1};
}

bool PsqlScript::writesByTree(const QJsonObject &statement)
{
    const QJsonObject node = statement.value(QLatin1String("stmt")).toObject();
    const QLatin1String select("SelectStmt");
    return !node.contains(select) || selectWrites(node.value(select).toObject());
}
