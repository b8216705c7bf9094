#pragma once

#include "ColorMode.h"
#include "PlanDocument.h"

#include <QStringList>
#include <QWidget>

class QLabel;

namespace shardscope {

class PlanView;

// Two plans side by side, A on the left and B on the right, under the sentences of
// PlanComparison that say what differs between them.
class PlanComparisonWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PlanComparisonWidget(QWidget *parent = nullptr);

    void showDocuments(PlanDocumentPtr a, PlanDocumentPtr b, ColorMode mode);
    void clear();
    void setColorMode(ColorMode mode);

    PlanView *viewA() const { return m_viewA; }
    PlanView *viewB() const { return m_viewB; }
    QStringList sentences() const { return m_sentences; }

signals:
    // A node was selected in one of the two plans (node -1: selection cleared).
    void nodeSelected(shardscope::PlanDocumentPtr document, int node);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The summary of differences and the captions, from the plans shown.
    void describe();
    QWidget *makeSide(PlanView *view, QLabel *caption);

    QStringList m_sentences;
    QLabel *m_summary;
    QLabel *m_captionA;
    QLabel *m_captionB;
    PlanView *m_viewA;
    PlanView *m_viewB;
};

} // namespace shardscope
