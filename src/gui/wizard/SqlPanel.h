#pragma once

#include <QString>
#include <QUrl>
#include <QWidget>

#include <memory>

namespace Ui {
class SqlPanel;
}

namespace shardscope {

// What a wizard page runs, shown to teach rather than hide it: the statement or command,
// how to type the same in psql or a shell, a paragraph on what happens and why, and the
// Citus documentation page to read more. Collapsible, so it stays out of the way.
class SqlPanel : public QWidget
{
    Q_OBJECT

public:
    struct Content {
        QString statement;
        QString equivalent; // psql or docker command line
        QString explanation;
        QUrl documentation;
    };

    explicit SqlPanel(QWidget *parent = nullptr);
    ~SqlPanel() override;

    void setContent(const Content &content);
    void setStatement(const QString &statement);
    QString statement() const;
    QString equivalent() const;
    QString explanation() const;
    QUrl documentation() const { return m_documentation; }

    void setExpanded(bool expanded);
    bool isExpanded() const;

    // The psql command that runs sql, with the statement quoted for a POSIX shell.
    static QString psqlCommand(const QString &sql);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showDocumentationLink();
    std::unique_ptr<Ui::SqlPanel> m_ui;
    QUrl m_documentation;
};

} // namespace shardscope
