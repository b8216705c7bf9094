#pragma once

// Opens the wizard's Start page on Docker with the workers and port given, as a user
// would set them, and finds its controls by their accessible names.

#include "StartClusterPage.h"
#include "WizardHarness.h"

#include <QComboBox>
#include <QSpinBox>

inline QSpinBox *spinBox(QWidget *page, const QString &accessibleName)
{
    for (QSpinBox *spin : page->findChildren<QSpinBox *>()) {
        if (spin->accessibleName() == accessibleName)
            return spin;
    }
    return nullptr;
}

inline shardscope::StartClusterPage *openDockerStartPage(WizardHarness &harness, int workers, int port)
{
    using shardscope::StartClusterPage;
    harness.wizard->next();
    auto *page = harness.page<StartClusterPage>(shardscope::SetupWizard::StartClusterId);
    if (harness.wizard->currentPage() != page)
        return nullptr;
    page->findChild<QComboBox *>()->setCurrentIndex(int(StartClusterPage::Mode::Docker));
    spinBox(page, StartClusterPage::tr("Number of workers"))->setValue(workers);
    spinBox(page, StartClusterPage::tr("Coordinator port"))->setValue(port);
    return page;
}
