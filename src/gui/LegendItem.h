#pragma once

#include "PlanTheme.h"

#include <QColor>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QStringList>

#include <optional>

#include <vector>

namespace shardscope {

// The key of the drawing: one swatch per worker of the plan with its task count, the
// coordinator, and the colour scale when cards are coloured by time or misestimate.
class LegendItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(LegendItem)

public:
    struct Entry {
        QColor color;
        QString name;
        QString detail;
    };
    struct Scale {
        QString title;
        std::vector<QColor> stops; // left to right
        QString left;
        QString right;
    };

    LegendItem(std::vector<Entry> workers, Entry coordinator, std::optional<Scale> scale, PlanTheme theme);

    enum { Type = UserType + 4 };
    int type() const override { return Type; }

    QStringList workerNames() const;
    const std::vector<Entry> &workers() const { return m_workers; }
    const Entry &coordinator() const { return m_coordinator; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // The legend at the painter's origin: also for views that pin it over the drawing.
    void paintLegend(QPainter *painter) const;

private:
    void paintEntry(QPainter *painter, const Entry &entry, double top) const;

    std::vector<Entry> m_workers;
    Entry m_coordinator;
    std::optional<Scale> m_scale;
    QSizeF m_size;
    double m_nameWidth = 0;
    PlanTheme m_theme;
};

} // namespace shardscope
