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
    // Where the statement runs: SQL goes to the server; the commands that start a cluster
    // run on this machine, and are captioned so.
    enum class Runs { OnServer, OnThisMachine };

    struct Content {
        QString statement;
        QString equivalent; // psql or docker command line
        QString explanation;
        QUrl documentation;
        Runs runs = Runs::OnServer;
    };

    explicit SqlPanel(QWidget *parent = nullptr);
    ~SqlPanel() override;

    void setContent(const Content &content);
    void setStatement(const QString &statement);
    QString statement() const;
    QString equivalent() const;
    QString explanation() const;
    QUrl documentation() const { return m_documentation; }
    // The caption above the statement, as shown.
    QString statementCaption() const;

    void setExpanded(bool expanded);
    bool isExpanded() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showDocumentationLink();
    void showCaptions();
    std::unique_ptr<Ui::SqlPanel> m_ui;
    QUrl m_documentation;
    Runs m_runs = Runs::OnServer;
};

} // namespace shardscope
