#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <vector>

namespace shardscope {

class PlanView;

// Find-as-you-type over the cards of a plan view: every match is highlighted, the first
// one is brought into view, and next()/previous() step through them in tree order,
// unfolding subtrees that hide them.
class PlanSearch : public QObject
{
    Q_OBJECT

public:
    explicit PlanSearch(QObject *parent = nullptr);

    void setView(PlanView *view);
    QString text() const { return m_text; }
    int matchCount() const { return int(m_matches.size()); }
    // Position of the focused match among the matches, or -1.
    int currentMatch() const { return m_current; }

public slots:
    void setText(const QString &text);
    void next();
    void previous();

signals:
    void matchesChanged(int current, int count);

private:
    void highlight();
    void step(int delta);

    QPointer<PlanView> m_view;
    QString m_text;
    std::vector<int> m_matches; // node indices in tree order
    int m_current = -1;
};

} // namespace shardscope
