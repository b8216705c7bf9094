#pragma once

#include <QWidget>

class QLabel;

namespace shardscope {

// A status icon and a sentence, with an optional hint below on what to do about it: how
// every page says whether a check passed, is running or failed.
class StatusLabel : public QWidget
{
    Q_OBJECT

public:
    enum class Status { Idle, Busy, Ok, Warning, Error };
    Q_ENUM(Status)

    explicit StatusLabel(QWidget *parent = nullptr);

    void setStatus(Status status, const QString &text, const QString &hint = {});
    Status status() const { return m_status; }
    QString text() const;
    QString hint() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    Status m_status = Status::Idle;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_hint;
};

} // namespace shardscope
