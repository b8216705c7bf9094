#pragma once

#include "AppSettings.h"

#include <QObject>
#include <QSize>

class QWidget;

namespace shardscope {

// The tutorial wizard's size. Its pages are laid out for about 1000×700 at the
// application's text size: it opens at that, larger with larger text (presenter mode), or at
// the size the user last gave it, and never beyond the screen. The size the user gives it
// is kept in the settings, at the plain text size, so that it carries over between modes.
class WizardSize : public QObject
{
    Q_OBJECT

public:
    // Room for every page at the application's text size.
    static constexpr QSize comfortable{1000, 700};

    WizardSize(QWidget *wizard, const AppSettings &settings);

    // Sizes the wizard for text textScale times the application's (1 outside presenter mode).
    void fit(double textScale);

    // The size to open at: saved (or comfortable when none was) times textScale, at least
    // minimum, within available (the screen's room, frame included).
    static QSize sizeFor(QSize saved, double textScale, QSize minimum, QSize available);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_wizard;
    AppSettings m_settings;
    double m_textScale = 1.0;
    // Resizes of our own are not the user's choice.
    bool m_fitting = false;
};

} // namespace shardscope
