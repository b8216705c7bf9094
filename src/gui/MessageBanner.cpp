#include "MessageBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace shardscope {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    // Keyed on a property, not the object name, which the Designer form sets. The
    // colours of an error stay readable in light and dark desktop themes alike.
    setProperty("banner", QStringLiteral("error"));
    setStyleSheet(QStringLiteral("QFrame[banner=\"error\"] { background: #FDECEA; border: 1px solid #F1AEB5;"
                                 " border-radius: 6px; margin: 6px 8px 2px 8px; }"
                                 "QLabel { color: #58151C; }"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize, iconSize));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 4, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
    retranslateUi();
}

void MessageBanner::retranslateUi()
{
    setAccessibleName(tr("Error message"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the error message"));
    if (m_message)
        m_text->setText(m_message());
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MessageBanner::showError(std::function<QString()> text)
{
    m_message = std::move(text);
    m_text->setText(m_message());
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace shardscope
