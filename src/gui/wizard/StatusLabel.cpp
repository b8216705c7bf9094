#include "StatusLabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>

namespace shardscope {

namespace {

QStyle::StandardPixmap iconOf(StatusLabel::Status status)
{
    switch (status) {
    case StatusLabel::Status::Ok:
        return QStyle::SP_DialogApplyButton;
    case StatusLabel::Status::Warning:
        return QStyle::SP_MessageBoxWarning;
    case StatusLabel::Status::Error:
        return QStyle::SP_MessageBoxCritical;
    case StatusLabel::Status::Busy:
        return QStyle::SP_BrowserReload;
    case StatusLabel::Status::Idle:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

StatusLabel::StatusLabel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_hint(new QLabel(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_text, 0, 1);
    layout->addWidget(m_hint, 1, 1);
    layout->setColumnStretch(1, 1);
    for (QLabel *label : {m_text, m_hint}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
        label->setOpenExternalLinks(true);
    }
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_hint->setFont(small);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();
    retranslateUi();
    setStatus(Status::Idle, {});
}

void StatusLabel::retranslateUi()
{
    m_icon->setAccessibleName(tr("Status"));
}

void StatusLabel::setStatus(Status status, const QString &text, const QString &hint)
{
    m_status = status;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(iconOf(status)).pixmap(size, size));
    m_icon->setVisible(!text.isEmpty());
    m_text->setText(text);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    setAccessibleDescription(hint.isEmpty() ? text : text + QLatin1Char('\n') + hint);
}

QString StatusLabel::text() const
{
    return m_text->text();
}

QString StatusLabel::hint() const
{
    return m_hint->text();
}

void StatusLabel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace shardscope
