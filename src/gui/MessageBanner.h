#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QToolButton;

namespace shardscope {

// A strip above the plan saying what went wrong (a plan that could not be read), which
// stays until dismissed or until the next plan opens, without blocking the window the
// way a dialog would.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBanner(QWidget *parent = nullptr);

    // The message in the language of the moment: written again when the language changes.
    void showError(std::function<QString()> text);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    std::function<QString()> m_message;
};

} // namespace shardscope
