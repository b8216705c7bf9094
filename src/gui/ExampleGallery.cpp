#include "ExampleGallery.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QVBoxLayout>

namespace shardscope {

ExampleGallery::ExampleGallery(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    for (const ExamplePlan &example : ExamplePlans::all()) {
        auto *button = new QCommandLinkButton(this);
        button->setObjectName(QStringLiteral("example_") + example.id);
        connect(button, &QCommandLinkButton::clicked, this, [this, id = example.id] { emit exampleChosen(id); });
        m_layout->addWidget(button);
    }
    retranslateUi();
}

void ExampleGallery::retranslateUi()
{
    const QList<ExamplePlan> examples = ExamplePlans::all();
    for (int i = 0; i < examples.size(); ++i) {
        auto *button = static_cast<QCommandLinkButton *>(m_layout->itemAt(i)->widget());
        button->setText(examples.at(i).title);
        button->setDescription(examples.at(i).description);
        button->setAccessibleName(tr("Open the example plan “%1”").arg(examples.at(i).title));
    }
}

void ExampleGallery::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace shardscope
