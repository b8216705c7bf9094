#pragma once

#include "DemoTable.h"
#include "TutorialStep.h"

namespace shardscope {

// "Reset demo": drops the table the tutorial created, with its shards on the workers, so
// the tutorial can start over. Not one of the five steps; it destroys data, so the UI asks
// first (needsConfirmation()). Done when there is no such table.
class ResetDemoStep : public TutorialStep
{
    Q_OBJECT

public:
    ResetDemoStep(PgConnection *connection, const DemoTable &table, QObject *parent = nullptr);

    QString title() const override;
    QString explanation() const override;
    QString sql() const override;
    bool needsConfirmation() const override { return true; }

    const DemoTable &table() const { return m_table; }
    void setTable(const DemoTable &table) { m_table = table; }

protected:
    void detect() override;
    void perform() override;

private:
    DemoTable m_table;
};

} // namespace shardscope
