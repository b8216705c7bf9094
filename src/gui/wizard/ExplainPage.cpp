#include "ExplainPage.h"
#include "ui_ExplainPage.h"

#include "ClusterSession.h"
#include "ExplainStep.h"
#include "LargeView.h"
#include "PlanComparisonWidget.h"
#include "PlanView.h"
#include "SqlIdentifier.h"
#include "SqlStatementInfo.h"
#include "StatusLabel.h"
#include "Tutorial.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace shardscope {

namespace {

enum Tab { PlanTab, ComparisonTab };

constexpr int editorLines = 3;
constexpr int nameLength = 60;

} // namespace

ExplainPage::ExplainPage(ClusterSession *session, QWidget *parent)
    : StepPage(session, session->tutorial()->explain(),
               QUrl(QStringLiteral("https://docs.citusdata.com/en/stable/develop/reference_processing.html")), parent)
    , m_ui(std::make_unique<Ui::ExplainPage>())
    , m_form(new QWidget(this))
    , m_compare(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_large(new QPushButton(this))
    , m_planArea(new QWidget(this))
    , m_tabs(new QTabWidget(m_planArea))
    , m_planView(new PlanView(m_tabs))
    , m_comparison(new PlanComparisonWidget(m_tabs))
    , m_whatNext(new QLabel(this))
    , m_shardMap(new QPushButton(this))
    , m_addWorker(new QPushButton(this))
    , m_stopWorker(new QPushButton(this))
{
    m_ui->setupUi(m_form);
    contentLayout()->addWidget(m_form);
    m_ui->editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->editor->setFixedHeight(m_ui->editor->fontMetrics().lineSpacing() * editorLines
                                 + 2 * m_ui->editor->frameWidth() + 8);
    addButton(m_compare);
    addButton(m_open);
    addButton(m_large);
    m_tabs->addTab(m_planView, QString());
    m_tabs->addTab(m_comparison, QString());
    m_tabs->setMinimumHeight(260);
    auto *planLayout = new QVBoxLayout(m_planArea);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(m_tabs);
    addResultWidget(m_planArea);
    m_planArea->hide();
    auto *next = new QHBoxLayout;
    next->addWidget(m_whatNext);
    next->addWidget(m_shardMap);
    next->addWidget(m_addWorker);
    next->addWidget(m_stopWorker);
    next->addStretch(1);
    contentLayout()->addLayout(next);

    registerField(QStringLiteral("explainStatement"), m_ui->editor, "plainText", SIGNAL(textChanged()));
    registerField(QStringLiteral("explainAllTasks"), m_ui->allTasks);
    connect(m_ui->user1, &QPushButton::clicked, this, [this] { m_ui->editor->setPlainText(tutorialQuery(1)); });
    connect(m_ui->user2, &QPushButton::clicked, this, [this] { m_ui->editor->setPlainText(tutorialQuery(2)); });
    connect(m_ui->editor, &QPlainTextEdit::textChanged, this, &ExplainPage::followChoices);
    connect(m_ui->allTasks, &QCheckBox::toggled, this, &ExplainPage::followChoices);
    connect(m_compare, &QPushButton::clicked, this, &ExplainPage::compareUsers);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_document)
            emit openPlanRequested(m_document);
    });
    connect(m_shardMap, &QPushButton::clicked, this, &ExplainPage::shardMapRequested);
    // The ghosts of the tasks not shown offer to show them: the same statement, every task.
    m_planView->setEveryTaskOffered(true);
    connect(m_planView, &PlanView::everyTaskRequested, this, [this] {
        if (step()->isBusy())
            return;
        m_ui->allTasks->setChecked(true);
        run();
    });
    connect(m_addWorker, &QPushButton::clicked, this, &ExplainPage::addWorkerRequested);
    connect(m_stopWorker, &QPushButton::clicked, this, &ExplainPage::stopWorkerRequested);
    connect(m_large, &QPushButton::clicked, this, [this] {
        auto *large = new LargeView(m_tabs, this);
        large->showMaximized();
    });
    connect(step(), &TutorialStep::stateChanged, this, &ExplainPage::updateButtons);
    updateButtons();
    retranslateUi();
}

void ExplainPage::setLook(const PlanLook &look)
{
    for (PlanView *view : {m_planView, m_comparison->viewA(), m_comparison->viewB()})
        view->setLook(look);
}

ExplainPage::~ExplainPage() = default;

void ExplainPage::retranslateUi()
{
    StepPage::retranslateUi();
    m_ui->retranslateUi(m_form);
    setSubTitle(tr("How does the coordinator run a query? EXPLAIN ANALYZE shows the tasks it sends and the "
                   "workers that run them."));
    runButton()->setText(tr("&Run EXPLAIN ANALYZE"));
    runButton()->setAccessibleName(tr("Explain the statement"));
    m_compare->setText(tr("Com&pare user 1 and user 2"));
    m_compare->setAccessibleName(tr("Explain the queries for user 1 and user 2 and compare their plans"));
    m_open->setText(tr("&Open in plan viewer"));
    m_open->setAccessibleName(tr("Open the plan in the plan viewer"));
    m_large->setText(tr("Show &Large"));
    m_large->setAccessibleName(tr("Show the plans as large as the screen"));
    m_tabs->setTabText(PlanTab, tr("Plan"));
    m_tabs->setTabText(ComparisonTab, tr("User 1 and user 2"));
    m_planView->setAccessibleName(tr("Plan of the statement"));
    // The buttons say what each does: the row stays narrow enough for a projector's screen.
    m_whatNext->setText(tr("<b>What next?</b>"));
    m_shardMap->setText(tr("Open the Shard &Map"));
    m_shardMap->setAccessibleName(tr("Open the shard map in the main window"));
    m_addWorker->setText(tr("Add a &Worker…"));
    m_addWorker->setAccessibleName(tr("Add a worker to the cluster and move shards onto it"));
    m_addWorker->setToolTip(tr("Add a worker, move shards onto it while the shard map shows them move, then see "
                               "whether user 1's and user 2's tasks moved"));
    m_stopWorker->setText(tr("S&top a Worker…"));
    m_stopWorker->setAccessibleName(tr("Stop a worker of the cluster and see which users' queries fail"));
    m_stopWorker->setToolTip(tr("Stop one worker of a cluster ShardScope started, see the queries of the users whose "
                                "shards it holds fail while the others work, then start it again"));
}

ExplainStep *ExplainPage::explain() const
{
    return static_cast<ExplainStep *>(step());
}

QPlainTextEdit *ExplainPage::editor() const
{
    return m_ui->editor;
}

QString ExplainPage::tutorialQuery(int userId) const
{
    return ExplainStep::tutorialStatement(SqlIdentifier::quoted(session()->tutorial()->table().name), userId)
        + QLatin1Char(';');
}

void ExplainPage::initializePage()
{
    if (m_ui->editor->toPlainText().trimmed().isEmpty())
        m_ui->editor->setPlainText(tutorialQuery(1));
    // The check looks at the statement: it must be there first.
    prepareRun();
    StepPage::initializePage();
}

void ExplainPage::cleanupPage()
{
    m_pendingUsers.clear();
    m_pair.clear();
    StepPage::cleanupPage();
}

void ExplainPage::prepareRun()
{
    explain()->setStatement(m_ui->editor->toPlainText());
    explain()->setAllTasks(m_ui->allTasks->isChecked());
}

bool ExplainPage::canRun() const
{
    // A query can be explained again and again, edited or not.
    return step()->state() != TutorialStep::State::Unchecked;
}

bool ExplainPage::isComplete() const
{
    // The last page: a statement that failed (a typo in a query of one's own) leaves the
    // tutorial as done as it was, and Finish only closes the wizard.
    return !step()->isBusy() && step()->state() != TutorialStep::State::Unchecked && m_pendingUsers.isEmpty();
}

void ExplainPage::clearResult()
{
    m_pendingUsers.clear();
    m_pair.clear();
    clearPlans();
    updateButtons();
}

QString ExplainPage::toDoText() const
{
    return tr("Pick one of the tutorial's queries or write your own, then run EXPLAIN ANALYZE.");
}

void ExplainPage::followChoices()
{
    m_ui->writeNotice->setVisible(SqlStatementInfo::of(m_ui->editor->toPlainText()).writes);
    if (step()->isBusy())
        return;
    prepareRun();
    if (session()->isConnected())
        refreshPanel();
}

void ExplainPage::compareUsers()
{
    if (step()->isBusy() || !requireConnection())
        return;
    m_pendingUsers = {1, 2};
    m_pair.clear();
    runNextUser();
}

void ExplainPage::runNextUser()
{
    if (m_pendingUsers.isEmpty())
        return;
    m_ui->editor->setPlainText(tutorialQuery(m_pendingUsers.takeFirst()));
    run();
}

void ExplainPage::showResult()
{
    const TutorialStep::State state = step()->state();
    if (state == TutorialStep::State::Failed) {
        m_pendingUsers.clear();
        m_pair.clear();
        clearPlans();
    }
    if (state != TutorialStep::State::Done || !explain()->plan())
        return updateButtons();

    auto document = std::make_shared<PlanDocument>();
    document->plan = *explain()->plan();
    document->analysis = explain()->analysis();
    document->statement = explain()->statement();
    document->translatedName = documentName();
    document->name = document->translatedName();
    m_document = document;
    m_planView->showDocument(m_document, ColorMode::Worker);
    m_planArea->show();

    if (!m_pendingUsers.isEmpty() || !m_pair.isEmpty())
        m_pair << m_document;
    if (!m_pendingUsers.isEmpty()) {
        // Not from inside the step's finished(): the next run starts once this one has ended.
        QTimer::singleShot(0, this, &ExplainPage::runNextUser);
    } else if (m_pair.size() == 2) {
        m_comparison->showDocuments(m_pair.at(0), m_pair.at(1), ColorMode::Worker);
        m_pair.clear();
        m_tabs->setCurrentIndex(ComparisonTab);
    } else {
        m_tabs->setCurrentIndex(PlanTab);
    }
    updateButtons();
}

void ExplainPage::clearPlans()
{
    // A plan left on screen would read as the plan of the statement in the editor, which
    // just failed: the status says why, and nothing stands for a result it did not give.
    m_document.reset();
    m_planView->clear();
    m_comparison->clear();
    m_planArea->hide();
}

std::function<QString()> ExplainPage::documentName() const
{
    // Short where it can be: captions side by side have room for little more.
    const QString statement = explain()->statement().simplified();
    for (int user : {1, 2}) {
        if (statement == tutorialQuery(user))
            return [user] { return tr("Query for user %1").arg(user); };
    }
    return [name = SqlStatementInfo::of(statement).body.left(nameLength)] { return name; };
}

void ExplainPage::updateButtons()
{
    const bool idle = !step()->isBusy() && m_pendingUsers.isEmpty();
    m_compare->setEnabled(idle && step()->state() != TutorialStep::State::Unchecked);
    m_open->setEnabled(idle && m_document != nullptr);
    m_large->setEnabled(m_document != nullptr);
    m_ui->user1->setEnabled(idle);
    m_ui->user2->setEnabled(idle);
    m_ui->allTasks->setEnabled(idle);
}

void ExplainPage::showDoneStatus()
{
    const std::optional<Plan> &plan = explain()->plan();
    const StepResult &result = explain()->result();
    if (plan && !plan->isDistributed()) {
        status()->setStatus(StatusLabel::Status::Warning,
                            tr("Not a distributed plan: PostgreSQL ran the query alone on this server"),
                            (QStringList{tr("There is no Citus Adaptive scan, so no tasks and no workers: the table "
                                            "is an ordinary one, or this server has no Citus.")}
                             + result.notes)
                                .join(QLatin1Char('\n')));
        return;
    }
    if (explain()->fallbackReason()) {
        status()->setStatus(StatusLabel::Status::Warning,
                            tr("Citus cannot EXPLAIN ANALYZE this statement: the plan is shown without running it"),
                            result.notes.join(QLatin1Char('\n')));
        return;
    }
    StepPage::showDoneStatus();
}

} // namespace shardscope
