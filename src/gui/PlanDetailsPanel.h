#pragma once

#include "NodeFigures.h"
#include "PlanDocument.h"
#include "WorkerPalette.h"

#include <QWidget>

#include <vector>

class QAction;
class QLabel;
class QToolButton;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;

namespace shardscope {

// Everything known about the selected node: its name and where it ran, its figures
// (times, rows actual against estimated), the query a task sent to its worker, and
// every property the server reported, in the server's order. All of it can be selected
// and copied, and "Copy all" puts it on the clipboard as plain text.
class PlanDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlanDetailsPanel(QWidget *parent = nullptr);

    // node -1 shows the hint to select one.
    void showNode(PlanDocumentPtr document, int node);
    int node() const { return m_node; }
    // The workers' colours of the window's look: the node shown is shown again in them.
    void setWorkerPalette(const WorkerPalette &palette);
    // What the panel shows, as plain text.
    QString text() const;

public slots:
    void copyAll();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void sizeTitle();
    QWidget *makeDetailsPage();
    void fillFigures();
    void fillProperties(const PlanNode &node);
    void copySelectedProperties();

    PlanDocumentPtr m_document;
    int m_node = -1;
    WorkerPalette m_palette;
    std::vector<NodeFigures::Row> m_figureRows;

    QStackedWidget *m_pages;
    QLabel *m_hint;
    QToolButton *m_copy;
    QLabel *m_propertiesTitle;
    QAction *m_copyRows;
    QAction *m_copyEverything;
    QLabel *m_title;
    QLabel *m_where;
    QLabel *m_figures;
    QLabel *m_queryTitle;
    QPlainTextEdit *m_query;
    QTableWidget *m_properties;
};

} // namespace shardscope
