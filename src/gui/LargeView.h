#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace shardscope {

// A widget of a page shown alone in a window as large as the screen, for a class to read,
// with a way back (the button, or Escape) that puts it back in its place. The widget itself
// moves, so that what it shows (the tab, the selected node, the zoom) stays as it was.
class LargeView : public QDialog
{
    Q_OBJECT

public:
    // widget must be the only widget in its parent's layout, where it goes back.
    LargeView(QWidget *widget, QWidget *parent);

    QPushButton *backButton() const { return m_back; }

    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QWidget *m_widget;
    QWidget *m_home;
    QLabel *m_hint;
    QPushButton *m_back;
};

} // namespace shardscope
