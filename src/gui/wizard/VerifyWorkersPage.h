#pragma once

#include "StepPage.h"

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
    bool canRun() const override;
    QString toDoText() const override;

private:
    ClusterCheckStep *clusterCheck() const;
};

} // namespace shardscope
