#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSqlRecord>
#include <QStringList>

#include <functional>

namespace shardscope {

// Rows read by SqlSnapshot, shown read-only. The headers are the caller's (translated)
// names for the columns; a column may be marked as naming a worker, whose colour then
// shows beside it as in every plan of the session.
class SqlRecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Colorizer = std::function<QColor(const QString &)>;

    explicit SqlRecordModel(QObject *parent = nullptr);

    void setHeaders(const QStringList &headers);
    void setRecords(const QList<QSqlRecord> &records);
    void setWorkerColumn(int column, Colorizer colorOf);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QSqlRecord> m_records;
    int m_workerColumn = -1;
    Colorizer m_colorOf;
};

} // namespace shardscope
