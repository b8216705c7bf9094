#include "PgQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <pg_query.h>

namespace pgquery {

namespace {

// Reads the protobuf ScanResult of pg_query_scan (pg_query.proto: ScanResult.tokens = 2,
// ScanToken.start = 1, ScanToken.end = 2) without protobuf-c's headers, which Debian's
// libpg-query-dev does not bring: only varints and length-delimited fields occur.
class ProtobufReader
{
public:
    ProtobufReader(const char *data, size_t size)
        : m_at(reinterpret_cast<const unsigned char *>(data))
        , m_end(m_at + size)
    {
    }

    bool atEnd() const { return m_at >= m_end; }

    quint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; m_at < m_end; shift += 7) {
            const unsigned char byte = *m_at++;
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                break;
        }
        return value;
    }

    // The bytes of a length-delimited field, once its key has been read.
    ProtobufReader nested()
    {
        const quint64 length = varint();
        const unsigned char *begin = m_at;
        m_at = length > quint64(m_end - m_at) ? m_end : m_at + length;
        return ProtobufReader(reinterpret_cast<const char *>(begin), size_t(m_at - begin));
    }

    void skip(quint64 key)
    {
        if ((key & 7) == 0)
            varint();
        else
            nested();
    }

private:
    const unsigned char *m_at;
    const unsigned char *m_end;
};

Span readToken(ProtobufReader token)
{
    Span span{0, 0}; // protobuf leaves out fields that are 0
    while (!token.atEnd()) {
        const quint64 key = token.varint();
        if (key == (1 << 3))
            span.begin = int(token.varint());
        else if (key == (2 << 3))
            span.end = int(token.varint());
        else
            token.skip(key);
    }
    return span;
}

// PostgreSQL places errors in characters, counted from 1 (0: nowhere).
int byteOffset(const QByteArray &sql, int cursor)
{
    int characters = 0;
    for (int i = 0; i < sql.size(); ++i) {
        if ((sql.at(i) & 0xc0) != 0x80 && ++characters == cursor)
            return i;
    }
    return -1;
}

std::optional<QList<Span>> spans(const PgQuerySplitResult &result)
{
    if (result.error)
        return std::nullopt;
    QList<Span> statements;
    for (int i = 0; i < result.n_stmts; ++i) {
        const PgQuerySplitStmt &statement = *result.stmts[i];
        statements << Span{statement.stmt_location, statement.stmt_location + statement.stmt_len};
    }
    return statements;
}

} // namespace

const char *postgresVersion()
{
    return PG_VERSION;
}

int postgresMajorVersion()
{
    return PG_VERSION_NUM / 10000;
}

std::optional<QList<Span>> scan(const QByteArray &sql, ScanError *error)
{
    const PgQueryScanResult result = pg_query_scan(sql.constData());
    std::optional<QList<Span>> tokens;
    if (result.error) {
        if (error)
            *error = ScanError{byteOffset(sql, result.error->cursorpos), result.error->message};
    } else {
        tokens.emplace();
        ProtobufReader message(result.pbuf.data, result.pbuf.len);
        while (!message.atEnd()) {
            const quint64 key = message.varint();
            if (key == ((2 << 3) | 2))
                *tokens << readToken(message.nested());
            else
                message.skip(key);
        }
    }
    pg_query_free_scan_result(result);
    return tokens;
}

std::optional<QList<QJsonObject>> parse(const QByteArray &sql)
{
    const PgQueryParseResult result = pg_query_parse(sql.constData());
    std::optional<QList<QJsonObject>> statements;
    if (!result.error) {
        statements.emplace();
        const QJsonObject tree = QJsonDocument::fromJson(result.parse_tree).object();
        const QJsonArray stmts = tree.value(QLatin1String("stmts")).toArray();
        for (const QJsonValue &stmt : stmts)
            *statements << stmt.toObject();
    }
    pg_query_free_parse_result(result);
    return statements;
}

std::optional<QList<Span>> splitWithScanner(const QByteArray &sql)
{
    const PgQuerySplitResult result = pg_query_split_with_scanner(sql.constData());
    std::optional<QList<Span>> statements = spans(result);
    pg_query_free_split_result(result);
    return statements;
}

std::optional<QList<Span>> splitWithParser(const QByteArray &sql)
{
    const PgQuerySplitResult result = pg_query_split_with_parser(sql.constData());
    std::optional<QList<Span>> statements = spans(result);
    pg_query_free_split_result(result);
    return statements;
}

} // namespace pgquery
