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
    keepTitlesWhole();
}

void ExampleGallery::keepTitlesWhole()
{
    // A button's title is on one line, never wrapped: its width hint is the title's.
    for (int i = 0; i < m_layout->count(); ++i) {
        QWidget *button = m_layout->itemAt(i)->widget();
        button->setMinimumWidth(button->sizeHint().width());
    }
}

void ExampleGallery::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        keepTitlesWhole();
    QWidget::changeEvent(event);
}

} // namespace shardscope
