#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace shardscope {

// Help > Glossary: every Citus term of the application (Glossary), a search field that
// keeps the terms whose title or definition holds the words typed, and the chosen term's
// definition with its link to the Citus documentation. One per window: the "?" beside a
// term opens it on that term.
class GlossaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GlossaryDialog(QWidget *parent = nullptr);

    // The window's glossary (made on first use), shown and raised on the term with that id.
    static GlossaryDialog *showTerm(QWidget *from, const QString &termId);

    // The id of the term shown; empty when none is.
    QString currentTerm() const;
    void selectTerm(const QString &termId);
    QLineEdit *searchField() const { return m_search; }
    QListWidget *termList() const { return m_list; }
    QTextBrowser *definition() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void filter();
    void showCurrent();

    QLineEdit *m_search;
    QListWidget *m_list;
    QTextBrowser *m_text;
};

} // namespace shardscope
