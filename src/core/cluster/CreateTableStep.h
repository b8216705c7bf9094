#pragma once

#include "DemoTable.h"
#include "TutorialStep.h"

#include <optional>

namespace shardscope {

// Step 2: creates the tutorial's table, through SQL the user may edit first. Done when a
// table of that name exists; the result names its primary key columns and warns when the
// distribution column is not among them, which step 3 would refuse.
class CreateTableStep : public TutorialStep
{
    Q_OBJECT

public:
    CreateTableStep(PgConnection *connection, const DemoTable &table, QObject *parent = nullptr);

    QString title() const override;
    QString explanation() const override;
    // The edited text, or the tutorial's CREATE TABLE for table().
    QString sql() const override;

    void setSql(const QString &sql) { m_editedSql = sql; }
    void resetSql() { m_editedSql.reset(); }
    bool isEdited() const { return m_editedSql.has_value(); }

    const DemoTable &table() const { return m_table; }
    void setTable(const DemoTable &table) { m_table = table; }
    // Of the existing table, in key order; empty when it has none or does not exist.
    const QStringList &primaryKey() const { return m_primaryKey; }

    // The tutorial's DDL for a table name already quoted as an identifier.
    static QString tutorialSql(const QString &quotedTable);

protected:
    void detect() override;
    void perform() override;

private:
    // then(exists)
    void lookUp(std::function<void(bool)> then);
    StepResult describe() const;

    DemoTable m_table;
    std::optional<QString> m_editedSql;
    QStringList m_primaryKey;
};

} // namespace shardscope
