#include "OutageDialog.h"

#include "OutageReportText.h"
#include "ShardMapBar.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace shardscope {

namespace {

// Text of the server and of the report goes into rich text: escaped.
QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

} // namespace

OutageDialog::OutageDialog(QWidget *parent)
    : QDialog(parent)
    , m_headline(new QLabel(this))
    , m_bar(new ShardMapBar(this))
    , m_details(new QLabel(this))
    , m_check(new QPushButton(this))
    , m_start(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("outageDialog"));
    // The window's font, presenter mode's included.
    setAttribute(Qt::WA_WindowPropagation);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    scaleHeadline();
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_check, &QPushButton::clicked, this, &OutageDialog::checkRequested);
    connect(m_start, &QPushButton::clicked, this, &OutageDialog::startRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_bar);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    m_start->setEnabled(false);
    retranslateUi();
}

QSize OutageDialog::sizeHint() const
{
    // Room for the bar, its legend and the explanations, in the font of the moment: presenter
    // mode's is larger.
    return {fontMetrics().horizontalAdvance(QLatin1Char('x')) * 110, fontMetrics().lineSpacing() * 42};
}

void OutageDialog::setWorkerPalette(const WorkerPalette &palette)
{
    m_bar->setPalette(palette);
}

void OutageDialog::showBusy(const QString &what)
{
    m_headline->setText(what);
    setBusy(true);
}

void OutageDialog::setBusy(bool busy)
{
    m_check->setEnabled(!busy);
    m_start->setEnabled(!busy && m_report && !m_report->unreachableWorkers().isEmpty());
}

void OutageDialog::showError(const QString &why)
{
    m_headline->setText(tr("The cluster could not be checked"));
    m_details->setText(paragraph(why));
    setBusy(false);
}

void OutageDialog::showReport(const OutageReport &report, const std::optional<ShardRowCounts::Comparison> &comparison)
{
    m_report = report;
    m_comparison = comparison;
    m_bar->setTable(report.table);
    m_bar->setLostWorkers(report.unreachableWorkers());
    retranslateUi();
    setBusy(false);
}

QString OutageDialog::headline() const
{
    return m_headline->text();
}

QString OutageDialog::details() const
{
    return m_details->text();
}

void OutageDialog::scaleHeadline()
{
    // From the dialog's font, which presenter mode enlarges.
    QFont bigger = font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    bigger.setBold(true);
    m_headline->setFont(bigger);
}

void OutageDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange)
        scaleHeadline();
    QDialog::changeEvent(event);
}

void OutageDialog::retranslateUi()
{
    setWindowTitle(tr("Lost Worker"));
    m_check->setText(tr("&Check Again"));
    m_start->setText(tr("&Start It Again"));
    m_close->setText(tr("Close"));
    if (!m_report)
        return;
    const OutageReport &report = *m_report;
    QStringList lost;
    for (const NodeAddress &worker : report.unreachableWorkers())
        lost << worker.toString();
    const QList<int> failing = report.failingUsers();
    if (!lost.isEmpty())
        m_headline->setText(tr("%1 does not answer: %n of the users' queries fail", nullptr, int(failing.size()))
                                .arg(lost.join(QStringLiteral(", "))));
    else if (!failing.isEmpty())
        m_headline->setText(tr("Every worker answers, yet %n of the users' queries fail", nullptr, int(failing.size())));
    else
        m_headline->setText(tr("Every worker answers and every user's query works"));

    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(tr("Workers").toHtmlEscaped());
    for (const WorkerInfo &worker : report.workers)
        html += QStringLiteral("<li>%1</li>").arg(OutageReportText::workerLine(worker).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    if (const QString note = OutageReportText::listedButLostNote(report); !note.isEmpty())
        html += paragraph(note);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("The tutorial's query for each user").toHtmlEscaped());
    for (const UserQuery &user : report.users) {
        // ✓ or ✗ and words: colour alone would not tell.
        html += QStringLiteral("<p><b>%1 %2</b><br/><code>%3</code>")
                    .arg(user.ok() ? QStringLiteral("✓") : QStringLiteral("✗"), OutageReportText::userLine(user).toHtmlEscaped(),
                         user.statement.toHtmlEscaped());
        if (const QString why = OutageReportText::failureExplanation(user); !why.isEmpty())
            html += QStringLiteral("<br/>%1").arg(why.toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Rows per shard").toHtmlEscaped());
    html += paragraph(OutageReportText::countsLine(report));
    if (m_comparison)
        html += QStringLiteral("<p><b>%1</b></p>").arg(OutageReportText::comparisonLine(*m_comparison).toHtmlEscaped());
    m_details->setText(html);
}

} // namespace shardscope
