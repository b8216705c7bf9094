#pragma once

#include "StepPage.h"

class QLabel;

namespace shardscope {

class ClusterCheckStep;

// Which workers the coordinator knows and whether each answers; Run registers the workers
// that were expected (from the cluster just started) but are missing.
class VerifyWorkersPage : public StepPage
{
    Q_OBJECT

public:
    explicit VerifyWorkersPage(WizardSession *session, QWidget *parent = nullptr);

protected:
    void retranslateUi() override;
    bool canRun() const override;
    QString toDoText() const override;
    void showResult() override;

private:
    ClusterCheckStep *clusterCheck() const;

    QLabel *m_intro;
};

} // namespace shardscope
