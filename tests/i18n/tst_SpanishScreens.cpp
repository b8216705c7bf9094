// No English left on a Spanish screen: every text a widget or a drawing shows, in each page
// of the tutorial wizard and in the viewer with each example Citus plan, is read and its
// words are checked against the English of the sources. A word counts as English when the
// sources use it and no Spanish translation does. What must stay as written is left out:
// the plan's own values (node types, relations, SQL, the server's properties) and the SQL
// and logs of the text editors; the values Citus words in English for us to translate
// ("One of 32", "Send to 2 nodes") are not.

#include "ClusterSession.h"
#include "ExamplePlans.h"
#include "Fixtures.h"

#include "LanguageManager.h"
#include "MainWindow.h"
#include "PlanScene.h"
#include "PlanView.h"
#include "PrerequisiteChecker.h"
#include "SetupWizard.h"
#include "WelcomePage.h"
#include "WindowTestSettings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSvgGenerator>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QThreadPool>
#include <QXmlStreamReader>

using namespace shardscope;

namespace {

// Far more than the work takes, and well inside ctest's 60 s TIMEOUT.
constexpr int patience = 20000;

// Properties whose values Citus words in English for the viewer to translate: not raw.
const QStringList translatedValues{QStringLiteral("Tasks Shown"), QStringLiteral("Result destination")};

// The words of a text, lower-case; identifiers (user_id, citus_get_active_worker_nodes,
// activity_log_102008) are names, not words of a language, and neither are paths and
// addresses (/usr/share/…/citus.control, https://install.citusdata.com/…), which name
// what is or is not on this machine.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("[\\p{L}\\p{N}_]+"));
    static const QRegularExpression word(QStringLiteral("^\\p{L}+$"));
    static const QRegularExpression path(QStringLiteral("\\S*/\\S*"));
    QStringList words;
    for (auto it = token.globalMatch(QString(text).replace(path, QStringLiteral(" "))); it.hasNext();) {
        const QString found = it.next().captured();
        if (word.match(found).hasMatch())
            words << found.toLower();
    }
    return words;
}

// Words of the English sources that no Spanish translation uses, from the .ts file.
QSet<QString> englishOnlyWords()
{
    QFile file(QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/../../translations/shardscope_es.ts"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QSet<QString> source;
    QSet<QString> spanish;
    QXmlStreamReader xml(&file);
    QSet<QString> *into = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("source"))
                into = &source;
            else if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform"))
                into = &spanish;
        } else if (xml.isEndElement()
                   && (xml.name() == QLatin1String("source") || xml.name() == QLatin1String("translation"))) {
            into = nullptr;
        } else if (xml.isCharacters() && into) {
            // Rich-text sources hold tags: only their words are shown.
            const QString text = QTextDocumentFragment::fromHtml(xml.text().toString()).toPlainText();
            for (const QString &word : wordsOf(text))
                into->insert(word);
        }
    }
    // Qt's own buttons, translated by Qt's Spanish file.
    for (const char *qt : {"next", "back", "cancel", "finish", "commit", "help"})
        source.insert(QLatin1String(qt));
    return source - spanish;
}

struct Shown {
    QString text;
    QString where;
};

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// The <text> elements of an SVG drawing of a scene: whatever its items paint as text.
QStringList sceneTexts(QGraphicsScene &scene)
{
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&svg);
    const QRectF rect = scene.sceneRect();
    generator.setSize(rect.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), rect.size()));
    QPainter painter(&generator);
    scene.render(&painter, QRectF(QPointF(0, 0), rect.size()), rect);
    painter.end();

    QStringList texts;
    QXmlStreamReader xml(svg.data());
    int depth = 0;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            ++depth;
        else if (xml.isCharacters() && depth > 0)
            current += xml.text();
        else if (xml.isEndElement() && xml.name() == QLatin1String("text") && --depth == 0)
            texts << std::exchange(current, QString());
    }
    return texts;
}

void addItemTexts(QList<Shown> &shown, const QAbstractItemView *view, bool withCells)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const QString where = view->metaObject()->className() + QLatin1Char(' ') + view->objectName();
    for (int column = 0; column < model->columnCount(); ++column)
        shown.append({model->headerData(column, Qt::Horizontal).toString(), where});
    if (!withCells)
        return;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            shown.append({model->index(row, column).data().toString(), where});
    }
}

// The texts the widgets of a window show, and those of its drawings and charts.
QList<Shown> textsOf(QWidget *window)
{
    QList<Shown> shown{{window->windowTitle(), QStringLiteral("window title")}};
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        const QString where = widget->metaObject()->className() + QLatin1Char(' ') + widget->objectName();
        shown.append({widget->toolTip(), where + QStringLiteral(" (tool tip)")});
        if (auto *label = qobject_cast<QLabel *>(widget))
            shown.append({plain(label->text()), where});
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            shown.append({button->text(), where});
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            shown.append({box->title(), where});
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            shown.append({edit->placeholderText(), where});
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            shown.append({combo->currentText(), where});
        else if (auto *text = qobject_cast<QTextEdit *>(widget))
            shown.append({text->toPlainText(), where});
        else if (auto *dock = qobject_cast<QDockWidget *>(widget))
            shown.append({dock->windowTitle(), where});
        else if (auto *menus = qobject_cast<QMenuBar *>(widget)) {
            for (const QAction *action : menus->actions())
                shown.append({action->text(), where});
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                shown.append({tabs->tabText(i), where});
        }
        // The server's properties are shown as the server wrote them; their headings are ours.
        // A header is read with its view.
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && !qobject_cast<QHeaderView *>(view))
            addItemTexts(shown, view, view->objectName() != QLatin1String("detailsProperties"));
        if (auto *plan = qobject_cast<PlanView *>(widget)) {
            // A new drawing, without the cached pixmaps of the one on screen.
            if (const std::unique_ptr<PlanScene> scene = plan->makeScene(plan->colorMode(), plan->look())) {
                for (const QString &text : sceneTexts(*scene))
                    shown.append({text, QStringLiteral("plan drawing")});
            }
        } else if (auto *graphics = qobject_cast<QGraphicsView *>(widget); graphics && graphics->scene()) {
            for (const QString &text : sceneTexts(*graphics->scene()))
                shown.append({text, where + QStringLiteral(" (drawing)")});
        }
    }
    return shown;
}

// What a plan holds as written: its properties but those translated for display, the file's
// name; each matched as a whole (the alias "a" is not the "a" in "Tarea").
QList<QRegularExpression> rawValuesOf(const PlanDocument &document)
{
    QStringList raw{document.name};
    for (const PlanNode &node : document.plan.nodes) {
        for (const Property &property : node.properties) {
            raw << property.key;
            if (!translatedValues.contains(property.key))
                raw << property.value;
        }
    }
    // Longest first, so that a value is not cut by a shorter one inside it.
    std::sort(raw.begin(), raw.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    raw.removeAll(QString());
    raw.removeDuplicates();
    QList<QRegularExpression> patterns;
    for (const QString &value : raw) {
        patterns << QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}_])%1(?![\\p{L}\\p{N}_])")
                                           .arg(QRegularExpression::escape(value)));
    }
    return patterns;
}

} // namespace

class TestSpanishScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void viewerShowsNoEnglish_data();
    void viewerShowsNoEnglish();
    void wizardPagesShowNoEnglish_data();
    void wizardPagesShowNoEnglish();

private:
    // The English words in what the window shows, with where each was, less the raw values.
    QStringList englishIn(QWidget *window, const QList<QRegularExpression> &raw = {}) const;
    static void screenshot(QWidget *window, const QString &name);

    QTemporaryDir m_settings;
    QSet<QString> m_english;
};

void TestSpanishScreens::initTestCase()
{
    useTestSettings(m_settings, QStringLiteral("tst_SpanishScreens"));
    m_english = englishOnlyWords();
    // The list must know English when it sees it.
    for (const char *word : {"query", "shown", "nodes", "of", "distributed", "rows"})
        QVERIFY2(m_english.contains(QLatin1String(word)), word);
    QVERIFY(!m_english.contains(QStringLiteral("citus")));
}

void TestSpanishScreens::init()
{
    QSettings().clear();
    QVERIFY(LanguageManager::of(QCoreApplication::instance())->setLanguage(QStringLiteral("es")));
    QCoreApplication::sendPostedEvents();
}

void TestSpanishScreens::cleanup()
{
    QVERIFY(LanguageManager::of(QCoreApplication::instance())->setLanguage(QStringLiteral("en")));
    QCoreApplication::sendPostedEvents();
    QVERIFY2(QThreadPool::globalInstance()->waitForDone(patience), "a background load did not end");
}

QStringList TestSpanishScreens::englishIn(QWidget *window, const QList<QRegularExpression> &raw) const
{
    QStringList found;
    for (Shown shown : textsOf(window)) {
        QString text = shown.text;
        text.remove(QLatin1Char('&'));
        for (const QRegularExpression &value : raw)
            text.replace(value, QStringLiteral(" "));
        QStringList english;
        for (const QString &word : wordsOf(text)) {
            if (m_english.contains(word))
                english << word;
        }
        if (!english.isEmpty())
            found << QStringLiteral("%1 in \"%2\" (%3)").arg(english.join(QLatin1Char(' ')), shown.text, shown.where);
    }
    found.removeDuplicates();
    return found;
}

// SHARDSCOPE_SCREENSHOT_DIR keeps a picture of each screen checked, to look at.
void TestSpanishScreens::screenshot(QWidget *window, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("SHARDSCOPE_SCREENSHOT_DIR"); !dir.isEmpty())
        window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".es.png"));
}

void TestSpanishScreens::viewerShowsNoEnglish_data()
{
    QTest::addColumn<QString>("fixture");
    for (const char *name : {"router_user1.analyze_verbose_buffers.json", "router_user2.analyze_verbose_buffers.json",
                             "multishard_count_all_tasks.analyze_verbose_buffers.json",
                             "cte_subplan_top_users.analyze_verbose_buffers.json",
                             "repartition_join_dual.analyze_verbose_buffers.json",
                             "insert_select_repartition.plan_verbose.json"})
        QTest::newRow(name) << QString::fromLatin1(name);
    // And every example plan the start screen offers, opened as it opens them.
    for (const ExamplePlan &example : ExamplePlans::all())
        QTest::newRow(qPrintable(QStringLiteral("example ") + example.id)) << example.id;
}

void TestSpanishScreens::viewerShowsNoEnglish()
{
    QFETCH(QString, fixture);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (ExamplePlans::find(fixture))
        window.openExample(fixture);
    else
        window.openFile(fixtures::citus(fixture));
    QVERIFY(QTest::qWaitFor([&window] { return !window.isLoading() && window.document(); }, patience));
    // A node with Citus' own values selected, so that the details panel shows them too.
    auto *view = window.findChild<PlanView *>(QStringLiteral("planView"));
    const Plan &plan = window.document()->plan;
    int shown = plan.root;
    for (size_t node = 0; node < plan.nodes.size(); ++node) {
        const CitusInfo &citus = plan.nodes[node].citus;
        if (!citus.resultDestination.isEmpty() || (!citus.tasksShown.isEmpty() && shown == plan.root))
            shown = int(node);
    }
    view->selectNode(shown);
    screenshot(&window, QFileInfo(fixture).completeBaseName());
    const QStringList english = englishIn(&window, rawValuesOf(*window.document()));
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
}

void TestSpanishScreens::wizardPagesShowNoEnglish_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("welcome") << int(SetupWizard::WelcomeId);
    QTest::newRow("start cluster") << int(SetupWizard::StartClusterId);
    QTest::newRow("verify workers") << int(SetupWizard::VerifyWorkersId);
    QTest::newRow("create table") << int(SetupWizard::CreateTableId);
    QTest::newRow("distribute") << int(SetupWizard::DistributeId);
    QTest::newRow("insert data") << int(SetupWizard::InsertDataId);
    QTest::newRow("explain") << int(SetupWizard::ExplainId);
}

// Each page as it first shows, with no cluster to reach: its explanations, its controls and
// what it says about the missing cluster.
void TestSpanishScreens::wizardPagesShowNoEnglish()
{
    QFETCH(int, page);
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setWizardPage(page);
    ClusterSession session(settings);
    SetupWizard wizard(&session, settings);
    QSignalSpy checked(qobject_cast<WelcomePage *>(wizard.page(SetupWizard::WelcomeId))->checker(),
                       &PrerequisiteChecker::done);
    wizard.resize(1000, 700);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    if (page == SetupWizard::WelcomeId)
        QVERIFY(checked.size() > 0 || checked.wait(patience));
    QTest::qWait(200);
    screenshot(&wizard, QStringLiteral("wizard-%1").arg(page));
    const QStringList english = englishIn(&wizard);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestSpanishScreens)
#include "tst_SpanishScreens.moc"
