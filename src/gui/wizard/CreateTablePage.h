#pragma once

#include "StepPage.h"

class QLabel;
class QPlainTextEdit;

namespace shardscope {

class CreateTableStep;

// The tutorial's CREATE TABLE, editable, with why its primary key is (user_id, log_id).
// When the table exists already, says so and leaves it alone.
class CreateTablePage : public StepPage
{
    Q_OBJECT

public:
    explicit CreateTablePage(ClusterSession *session, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    void initializePage() override;

protected:
    void retranslateUi() override;
    void prepareRun() override;
    QString toDoText() const override;

private:
    CreateTableStep *createTable() const;
    QString tutorialSql() const;

    QPlainTextEdit *m_editor;
    QLabel *m_key;
};

} // namespace shardscope
