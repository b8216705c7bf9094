#include "SqlRecordModel.h"

#include <QColor>

namespace shardscope {

SqlRecordModel::SqlRecordModel(QObject *parent) : QAbstractTableModel(parent) {}

void SqlRecordModel::setHeaders(const QStringList &headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

void SqlRecordModel::setRecords(const QList<QSqlRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

void SqlRecordModel::setWorkerColumn(int column, Colorizer colorOf)
{
    m_workerColumn = column;
    m_colorOf = std::move(colorOf);
}

int SqlRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int SqlRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant SqlRecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const QVariant value = m_records.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (value.typeId() == QMetaType::Bool)
            return value.toBool() ? tr("yes") : tr("no");
        return value;
    case Qt::DecorationRole:
        if (index.column() == m_workerColumn && m_colorOf && !value.isNull())
            return m_colorOf(value.toString());
        return {};
    case Qt::TextAlignmentRole:
        if (value.canConvert<qlonglong>() && value.typeId() != QMetaType::QString && value.typeId() != QMetaType::Bool)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant SqlRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace shardscope
