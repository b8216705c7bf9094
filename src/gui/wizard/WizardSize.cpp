#include "WizardSize.h"

#include <QEvent>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace shardscope {

namespace {

// The window manager's frame and title bar, not known before the window is shown.
constexpr QSize frameAllowance{16, 48};

} // namespace

WizardSize::WizardSize(QWidget *wizard, const AppSettings &settings)
    : QObject(wizard), m_wizard(wizard), m_settings(settings)
{
    wizard->installEventFilter(this);
}

QSize WizardSize::sizeFor(QSize saved, double textScale, QSize minimum, QSize available)
{
    const QSize wanted = (saved.isValid() ? saved : comfortable) * textScale;
    return wanted.expandedTo(minimum).boundedTo(available - frameAllowance);
}

void WizardSize::fit(double textScale)
{
    m_textScale = textScale;
    const QScreen *screen = m_wizard->parentWidget() ? m_wizard->parentWidget()->screen() : m_wizard->screen();
    m_fitting = true;
    m_wizard->resize(sizeFor(m_settings.wizardSize(), textScale, m_wizard->minimumSizeHint(),
                             screen->availableGeometry().size()));
    m_fitting = false;
}

bool WizardSize::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_wizard && event->type() == QEvent::Resize && !m_fitting && m_wizard->isVisible())
        m_settings.setWizardSize(m_wizard->size() / m_textScale);
    return QObject::eventFilter(watched, event);
}

} // namespace shardscope
