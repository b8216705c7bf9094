#pragma once

#include "StepPage.h"

class QLabel;
class QPushButton;

namespace shardscope {

class ClusterCheckStep;

// Which workers the coordinator knows and whether each answers; Run registers the workers
// that were expected (from the cluster just started) but are missing.
class VerifyWorkersPage : public StepPage
{
    Q_OBJECT

public:
    explicit VerifyWorkersPage(ClusterSession *session, QWidget *parent = nullptr);

    // Probes the workers again: one may have stopped or come back since.
    QPushButton *checkAgainButton() const { return m_checkAgain; }

protected:
    void retranslateUi() override;
    bool canRun() const override;
    QString toDoText() const override;
    void showResult() override;

private:
    ClusterCheckStep *clusterCheck() const;

    QLabel *m_intro;
    QPushButton *m_checkAgain;
};

} // namespace shardscope
