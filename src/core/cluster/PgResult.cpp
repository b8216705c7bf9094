#include "PgResult.h"

#include <libpq-fe.h>

namespace shardscope {

PgResult PgResult::fromResult(const PGresult *result)
{
    PgResult out;
    const int columns = PQnfields(result);
    for (int c = 0; c < columns; ++c) {
        out.m_columns << QString::fromUtf8(PQfname(result, c));
        out.m_types << PQftype(result, c);
    }
    out.m_rows = PQntuples(result);
    out.m_values.reserve(qsizetype(out.m_rows) * columns);
    out.m_nulls.resize(qsizetype(out.m_rows) * columns);
    for (int r = 0; r < out.m_rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            out.m_values << QString::fromUtf8(PQgetvalue(result, r, c), PQgetlength(result, r, c));
            out.m_nulls.setBit(out.index(r, c), PQgetisnull(result, r, c));
        }
    }
    out.m_commandTag = QString::fromUtf8(PQcmdStatus(const_cast<PGresult *>(result)));
    bool counted = false;
    const qint64 affected = QByteArray(PQcmdTuples(const_cast<PGresult *>(result))).toLongLong(&counted);
    out.m_rowsAffected = counted ? affected : -1;
    return out;
}

bool PgResult::contains(int row, int column) const
{
    return row >= 0 && row < m_rows && column >= 0 && column < m_columns.size();
}

QString PgResult::value(int row, int column) const
{
    return contains(row, column) ? m_values.at(index(row, column)) : QString();
}

bool PgResult::isNull(int row, int column) const
{
    return contains(row, column) && m_nulls.testBit(index(row, column));
}

QStringList PgResult::row(int row) const
{
    return contains(row, 0) ? m_values.mid(index(row, 0), m_columns.size()) : QStringList();
}

} // namespace shardscope
