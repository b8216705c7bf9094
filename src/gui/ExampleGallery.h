#pragma once

#include "ExamplePlans.h"

#include <QWidget>

class QVBoxLayout;

namespace shardscope {

// The example plans as a column of buttons, a title and what it teaches on each: one click
// asks for the plan to be opened.
class ExampleGallery : public QWidget
{
    Q_OBJECT

public:
    explicit ExampleGallery(QWidget *parent = nullptr);

signals:
    // The ExamplePlan::id of the example clicked.
    void exampleChosen(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Wide enough for every title, in the language and font of now.
    void keepTitlesWhole();

    QVBoxLayout *m_layout;
};

} // namespace shardscope
