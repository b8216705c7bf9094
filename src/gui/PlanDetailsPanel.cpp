#include "PlanDetailsPanel.h"

#include "NodeLabel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace shardscope {

namespace {

enum Page { HintPage, DetailsPage };

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel *sectionLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

PlanDetailsPanel::PlanDetailsPanel(QWidget *parent) : QWidget(parent), m_pages(new QStackedWidget(this))
{
    m_hint = new QLabel(this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setMargin(16);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(m_hint);
    m_pages->addWidget(makeDetailsPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    retranslateUi();
}

void PlanDetailsPanel::retranslateUi()
{
    m_hint->setText(tr("Select a node of the plan to see everything about it here."));
    setAccessibleName(tr("Node details"));
    m_figures->setAccessibleName(tr("Figures of the node"));
    m_copy->setText(tr("Copy All"));
    m_copy->setToolTip(tr("Copy everything about this node as text"));
    m_queryTitle->setText(tr("Query sent to the worker"));
    m_query->setAccessibleName(tr("Query sent to the worker"));
    m_propertiesTitle->setText(tr("All properties"));
    m_properties->setAccessibleName(tr("All properties reported by the server"));
    m_properties->setHorizontalHeaderLabels({tr("Property"), tr("Value")});
    m_copyRows->setText(tr("Copy"));
    m_copyEverything->setText(tr("Copy All Details"));
    // The figures are sentences made when a node is shown.
    showNode(m_document, m_node);
}

void PlanDetailsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        sizeTitle();
}

// A size set on the title stops it following the panel's font (presenter mode).
void PlanDetailsPanel::sizeTitle()
{
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
}

QWidget *PlanDetailsPanel::makeDetailsPage()
{
    auto *page = new QWidget(this);
    m_title = selectableLabel(page);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    sizeTitle();
    m_where = selectableLabel(page);
    m_where->setObjectName(QStringLiteral("detailsWhere"));
    m_figures = selectableLabel(page);
    m_figures->setObjectName(QStringLiteral("detailsFigures"));

    m_copy = new QToolButton(page);
    m_copy->setAutoRaise(true);
    connect(m_copy, &QToolButton::clicked, this, &PlanDetailsPanel::copyAll);

    m_queryTitle = sectionLabel(page);
    m_query = new QPlainTextEdit(page);
    m_query->setObjectName(QStringLiteral("detailsQuery"));
    m_query->setReadOnly(true);
    m_query->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_query->setMaximumHeight(m_query->fontMetrics().lineSpacing() * 6 + 12);
    m_query->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_properties = new QTableWidget(0, 2, page);
    m_properties->setObjectName(QStringLiteral("detailsProperties"));
    m_properties->verticalHeader()->hide();
    m_properties->verticalHeader()->setDefaultSectionSize(m_properties->fontMetrics().height() + 6);
    m_properties->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_properties->horizontalHeader()->setStretchLastSection(true);
    m_properties->horizontalHeader()->setHighlightSections(false);
    m_properties->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_properties->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_properties->setAlternatingRowColors(true);
    m_properties->setWordWrap(false);
    m_properties->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_copyRows = new QAction(m_properties);
    m_copyRows->setShortcut(QKeySequence::Copy);
    m_copyRows->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyRows, &QAction::triggered, this, &PlanDetailsPanel::copySelectedProperties);
    m_copyEverything = new QAction(m_properties);
    m_copyEverything->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyEverything->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyEverything, &QAction::triggered, this, &PlanDetailsPanel::copyAll);
    m_properties->addActions({m_copyRows, m_copyEverything});

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_copy, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_where);
    layout->addWidget(m_figures);
    layout->addSpacing(4);
    layout->addWidget(m_queryTitle);
    layout->addWidget(m_query);
    layout->addSpacing(4);
    m_propertiesTitle = sectionLabel(page);
    layout->addWidget(m_propertiesTitle);
    layout->addWidget(m_properties, 1);
    return page;
}

void PlanDetailsPanel::setWorkerPalette(const WorkerPalette &palette)
{
    if (palette == m_palette)
        return;
    m_palette = palette;
    showNode(m_document, m_node);
}

void PlanDetailsPanel::showNode(PlanDocumentPtr document, int node)
{
    m_document = std::move(document);
    m_node = m_document && node >= 0 && size_t(node) < m_document->plan.nodes.size() ? node : -1;
    if (m_node < 0) {
        m_figureRows.clear();
        m_pages->setCurrentIndex(HintPage);
        return;
    }
    const Plan &plan = m_document->plan;
    const PlanNode &planNode = plan.nodes[size_t(m_node)];
    m_title->setText(NodeLabel::describe(planNode));

    const QString where = NodeFigures::where(plan, m_node);
    m_where->setVisible(!where.isEmpty());
    if (!where.isEmpty()) {
        const QColor color = m_palette.forPlan(m_document->analysis).color(planNode.citus.worker);
        const QString sentence = plan.analyzed ? tr("Ran on %1").arg(where) : tr("Planned for %1").arg(where);
        m_where->setText(QStringLiteral("<span style=\"color:%1; font-size:large\">■</span> %2")
                             .arg(color.name(), sentence.toHtmlEscaped()));
    }
    fillFigures();

    const bool hasQuery = planNode.kind == NodeKind::Task && !planNode.citus.query.isEmpty();
    m_queryTitle->setVisible(hasQuery);
    m_query->setVisible(hasQuery);
    m_query->setPlainText(hasQuery ? planNode.citus.query : QString());

    fillProperties(planNode);
    m_pages->setCurrentIndex(DetailsPage);
}

void PlanDetailsPanel::fillFigures()
{
    m_figureRows = NodeFigures::of(m_document->plan, m_document->analysis, m_node);
    m_figures->setVisible(!m_figureRows.empty());
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    for (const NodeFigures::Row &row : m_figureRows) {
        html += QStringLiteral("<tr><td style=\"color:%1; padding-right:12px\">%2</td><td>%3</td></tr>")
                    .arg(muted, row.name.toHtmlEscaped(), row.value.toHtmlEscaped());
    }
    m_figures->setText(html + QStringLiteral("</table>"));
}

void PlanDetailsPanel::fillProperties(const PlanNode &node)
{
    m_properties->clearContents();
    m_properties->setRowCount(int(node.properties.size()));
    for (size_t row = 0; row < node.properties.size(); ++row) {
        const Property &property = node.properties[row];
        auto *key = new QTableWidgetItem(property.key);
        auto *value = new QTableWidgetItem(property.value);
        value->setToolTip(property.value);
        m_properties->setItem(int(row), 0, key);
        m_properties->setItem(int(row), 1, value);
    }
    m_properties->resizeColumnToContents(0);
}

QString PlanDetailsPanel::text() const
{
    if (m_node < 0)
        return {};
    const PlanNode &node = m_document->plan.nodes[size_t(m_node)];
    QStringList lines{m_title->text()};
    const QString where = NodeFigures::where(m_document->plan, m_node);
    if (!where.isEmpty())
        lines << where;
    for (const NodeFigures::Row &row : m_figureRows)
        lines << tr("%1: %2").arg(row.name, row.value);
    if (m_query->isVisibleTo(this))
        lines << QString() << m_queryTitle->text() << m_query->toPlainText();
    if (!node.properties.empty())
        lines << QString() << tr("All properties");
    for (const Property &property : node.properties)
        lines << tr("%1: %2").arg(property.key, property.value);
    return lines.join(QLatin1Char('\n'));
}

void PlanDetailsPanel::copyAll()
{
    if (m_node >= 0)
        QApplication::clipboard()->setText(text());
}

void PlanDetailsPanel::copySelectedProperties()
{
    QList<int> rows;
    for (const QModelIndex &index : m_properties->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int row : rows)
        lines << m_properties->item(row, 0)->text() + QLatin1Char('\t') + m_properties->item(row, 1)->text();
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace shardscope
