#pragma once

#include <QBitArray>
#include <QList>
#include <QMetaType>
#include <QStringList>

struct pg_result;

namespace shardscope {

// One successful result of a statement, copied out of libpq: column names and type OIDs,
// every value as the server's text, which values are NULL, and the command tag.
class PgResult
{
public:
    PgResult() = default;
    static PgResult fromResult(const pg_result *result);

    const QStringList &columnNames() const { return m_columns; }
    const QList<quint32> &columnTypes() const { return m_types; } // pg_type OIDs
    int rowCount() const { return m_rows; }
    int columnCount() const { return int(m_columns.size()); }
    // Empty for NULL; isNull() tells NULL from the empty string.
    QString value(int row, int column) const;
    bool isNull(int row, int column) const;
    QStringList row(int row) const;

    // "SELECT 3", "INSERT 0 1", "COPY 1000000"; empty for an empty statement.
    const QString &commandTag() const { return m_commandTag; }
    // Rows the command returned, changed or copied; -1 when its tag has no count (DDL, SET).
    qint64 rowsAffected() const { return m_rowsAffected; }

private:
    bool contains(int row, int column) const;
    qsizetype index(int row, int column) const { return qsizetype(row) * m_columns.size() + column; }

    QStringList m_columns;
    QList<quint32> m_types;
    int m_rows = 0;
    QStringList m_values; // row-major
    QBitArray m_nulls;    // parallel to m_values
    QString m_commandTag;
    qint64 m_rowsAffected = -1;
};

} // namespace shardscope

Q_DECLARE_METATYPE(shardscope::PgResult)
