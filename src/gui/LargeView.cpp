#include "LargeView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace shardscope {

LargeView::LargeView(QWidget *widget, QWidget *parent)
    : QDialog(parent), m_widget(widget), m_home(widget->parentWidget()), m_hint(new QLabel(this)),
      m_back(new QPushButton(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    // What it shows must not change under it: the page waits until it is back.
    setModal(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_hint, 1);
    bar->addWidget(m_back);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(widget, 1);
    m_back->setDefault(true);
    connect(m_back, &QPushButton::clicked, this, &QDialog::accept);
    retranslateUi();
}

void LargeView::done(int result)
{
    // Back in its place before this window, its parent meanwhile, goes away.
    m_home->layout()->addWidget(m_widget);
    m_widget->show();
    QDialog::done(result);
}

void LargeView::retranslateUi()
{
    setWindowTitle(tr("Plan, large"));
    m_hint->setText(tr("The mouse wheel zooms, dragging moves the plan; Escape goes back to the tutorial."));
    m_back->setText(tr("&Back to the Tutorial"));
    m_back->setAccessibleName(tr("Put the plan back in the tutorial"));
}

void LargeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace shardscope
