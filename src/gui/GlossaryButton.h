#pragma once

#include <QToolButton>

class QLayout;

namespace shardscope {

// The "?" beside a Citus term: its definition as the tooltip, and a click opens the
// window's glossary on it (GlossaryDialog).
class GlossaryButton : public QToolButton
{
    Q_OBJECT

public:
    // named: "Worker ?" where nothing beside it names the term; else only "?".
    GlossaryButton(const QString &termId, QWidget *parent = nullptr, bool named = false);

    const QString &termId() const { return m_termId; }
    // field, then its "?": for a form's row.
    static QLayout *beside(QWidget *field, const QString &termId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_termId;
    bool m_named;
};

} // namespace shardscope
