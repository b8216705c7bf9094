// Both languages at work: the main window, a wizard page and the plan's legend switch to
// Spanish and back while open, Qt's own strings come along, and the command line speaks
// Spanish when asked with --lang or by the locale, without a display. Messages already on
// screen are said again in the new language; Citus' English values are translated where
// shown, kept raw in the table of the server's properties; the command line's counts take
// the plural they need.

#include "Fixtures.h"

#include "ClusterCommand.h"
#include "ClusterInfo.h"
#include "ClusterSession.h"
#include "ShardMap.h"
#include "ShardsCommand.h"
#include "ErrorDiagnosis.h"
#include "FigureText.h"
#include "LanguageManager.h"
#include "LegendItem.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "PlanDetailsPanel.h"
#include "PlanReader.h"
#include "PlanScene.h"
#include "PlanView.h"
#include "StartClusterPage.h"
#include "WelcomePage.h"
#include "WindowTestSettings.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <tuple>

using namespace shardscope;

namespace {

// Far more than the work takes, and well inside ctest's 60 s TIMEOUT: a hang fails with
// what did not happen instead of being killed without a word.
constexpr int patience = 20000;

QString menuTitle(const MainWindow &window, const char *name)
{
    return window.menuBar()->findChild<QMenu *>(QLatin1String(name))->title();
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void menuSwitchesTheMainWindow();
    void qtStringsFollow();
    void legendRedrawsInTheNewLanguage();
    void wizardPagesRetranslate();
    void messagesOnScreenRetranslate();
    void citusValuesTranslatedRawKept();
    void clusterTableTypesInSpanish();
    void parserReasonsInSpanish_data();
    void libpqFailuresInSpanish();
    void parserReasonsInSpanish();
    void commandLinePlurals_data();
    void commandLinePlurals();
    void valueNeedsTableCountsTables_data();
    void valueNeedsTableCountsTables();
    void choiceIsRemembered();
    void commandLineHelp_data();
    void commandLineHelp();
    void unknownLanguageIsAnError();
    void viewerWithoutDisplaySaysSo();

private:
    static void speak(const QString &language);
    static QAction *languageAction(const MainWindow &window, const QString &language);

    QTemporaryDir m_settings;
};

void TestLanguages::initTestCase()
{
    useTestSettings(m_settings, QStringLiteral("tst_Languages"));
}

void TestLanguages::init()
{
    QSettings().clear();
    speak(QStringLiteral("en"));
}

void TestLanguages::cleanup()
{
    QVERIFY2(QThreadPool::globalInstance()->waitForDone(patience), "a background load did not end");
}

// LanguageChange reaches the widgets as a posted event, as in the running program.
void TestLanguages::speak(const QString &language)
{
    QVERIFY(LanguageManager::of(QCoreApplication::instance())->setLanguage(language));
    QCoreApplication::sendPostedEvents();
}

QAction *TestLanguages::languageAction(const MainWindow &window, const QString &language)
{
    return window.findChild<QAction *>(QStringLiteral("actionLanguage_") + language);
}

void TestLanguages::menuSwitchesTheMainWindow()
{
    MainWindow window;
    window.show();
    QCOMPARE(menuTitle(window, "menuFile"), QStringLiteral("&File"));

    languageAction(window, QStringLiteral("es"))->trigger();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(LanguageManager::of(QCoreApplication::instance())->language(), QStringLiteral("es"));
    QCOMPARE(menuTitle(window, "menuFile"), QStringLiteral("&Archivo"));
    QCOMPARE(menuTitle(window, "menuView"), QStringLiteral("&Ver"));
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("searchField"))->placeholderText(),
             QStringLiteral("Buscar nodo (Ctrl+F)"));
    QVERIFY(languageAction(window, QStringLiteral("es"))->isChecked());
    QVERIFY(!languageAction(window, QStringLiteral("en"))->isChecked());
    // Set in code rather than by the form, so retranslated by hand.
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionPresenterMode"))->text(),
             QStringLiteral("Modo &presentación"));

    languageAction(window, QStringLiteral("en"))->trigger();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(menuTitle(window, "menuFile"), QStringLiteral("&File"));
}

// Dialog buttons say Cancelar: Qt's own Spanish file is loaded too.
void TestLanguages::qtStringsFollow()
{
    speak(QStringLiteral("es"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
    speak(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestLanguages::legendRedrawsInTheNewLanguage()
{
    MainWindow window;
    window.show();
    window.openFile(fixtures::citus(QStringLiteral("router_user1.analyze.json")));
    QVERIFY(QTest::qWaitFor([&window] { return !window.isLoading() && window.document(); }, patience));
    auto *view = window.findChild<PlanView *>(QStringLiteral("planView"));
    const auto legendDetail = [view] { return view->planScene()->legend()->workers().at(0).detail; };
    QCOMPARE(legendDetail(), QStringLiteral("tasks: 1 · plan nodes: 1"));
    QCOMPARE(FigureText::duration(8.37), QStringLiteral("8.37 ms"));

    speak(QStringLiteral("es"));
    QCOMPARE(legendDetail(), QStringLiteral("tareas: 1 · nodos del plan: 1"));
    // The cards' figures take the language's decimal mark, and no group separator.
    QCOMPARE(FigureText::duration(8.37), QStringLiteral("8,37 ms"));
    QCOMPARE(FigureText::count(1234), QStringLiteral("1234"));
    QCOMPARE(FigureText::count(12345), QStringLiteral("12,3k"));
    QVERIFY2(window.windowTitle().endsWith(QStringLiteral("— ShardScope")), qPrintable(window.windowTitle()));
}

void TestLanguages::wizardPagesRetranslate()
{
    QTemporaryDir settings;
    ClusterSession session(AppSettings(settings.filePath(QStringLiteral("settings.ini"))));
    WelcomePage welcome(&session);
    StartClusterPage start(&session);
    QCOMPARE(welcome.title(), QStringLiteral("Welcome to the Citus sharding tutorial"));

    speak(QStringLiteral("es"));
    QCOMPARE(welcome.title(), QStringLiteral("Bienvenida al tutorial de fragmentación con Citus"));
    QCOMPARE(start.title(), QStringLiteral("Arrancar un clúster Citus"));
    QCOMPARE(start.startButton()->text(), QStringLiteral("&Arrancar el clúster"));
}

// The status bar and the error banner, written before the switch, are written again after it.
void TestLanguages::messagesOnScreenRetranslate()
{
    MainWindow window;
    window.show();
    window.setPresenterMode(true);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Presenter mode")),
             qPrintable(window.statusBar()->currentMessage()));
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[{\"Plan\": ");
    file.close();
    window.openFile(broken);
    QVERIFY(QTest::qWaitFor([&window] { return !window.isLoading(); }, patience));
    auto *banner = window.findChild<MessageBanner *>();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("Could not read")), qPrintable(banner->text()));

    speak(QStringLiteral("es"));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Modo presentación")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(banner->text().startsWith(QStringLiteral("No se pudo leer")), qPrintable(banner->text()));
    window.setPresenterMode(false);
    speak(QStringLiteral("en"));
}

// "One of 32" and "Send to 2 nodes" are Citus' English: the card and the figures say it in
// Spanish, the table of the server's properties keeps what the server wrote.
void TestLanguages::citusValuesTranslatedRawKept()
{
    speak(QStringLiteral("es"));
    MainWindow window;
    window.show();
    for (const auto &[fixture, raw, shown] :
         {std::tuple{"multishard_count.analyze_verbose_buffers.json", "One of 32", "una de 32"},
          std::tuple{"cte_subplan_top_users.analyze_verbose_buffers.json", "Send to 2 nodes", "enviado a 2 nodos"}}) {
        window.openFile(fixtures::citus(QLatin1String(fixture)));
        QVERIFY(QTest::qWaitFor([&window] { return !window.isLoading() && window.document(); }, patience));
        const Plan &plan = window.document()->plan;
        int node = -1;
        for (size_t i = 0; i < plan.nodes.size(); ++i) {
            const CitusInfo &citus = plan.nodes[i].citus;
            if (citus.tasksShown == QLatin1String(raw) || citus.resultDestination == QLatin1String(raw))
                node = int(i);
        }
        QVERIFY2(node >= 0, fixture);
        window.findChild<PlanView *>(QStringLiteral("planView"))->selectNode(node);
        auto *details = window.findChild<PlanDetailsPanel *>();
        QCOMPARE(details->node(), node);
        const QString text = details->text();
        QVERIFY2(text.contains(QLatin1String(shown)), qPrintable(text));
        const auto *properties = details->findChild<QTableWidget *>(QStringLiteral("detailsProperties"));
        QVERIFY(!properties->findItems(QLatin1String(raw), Qt::MatchExactly).isEmpty());
        QVERIFY(properties->findItems(QLatin1String(shown), Qt::MatchContains).isEmpty());
    }
    speak(QStringLiteral("en"));
}

void TestLanguages::clusterTableTypesInSpanish()
{
    ClusterInfo info;
    info.citusVersion = QStringLiteral("Citus 13.2.2");
    info.tables = {{QStringLiteral("activity_log"), QStringLiteral("distributed"), QStringLiteral("user_id"), 1, 32},
                   {QStringLiteral("actions"), QStringLiteral("reference"), QString(), 2, 1}};
    const QString english = ClusterCommand::toText(info);
    QVERIFY2(english.contains(QStringLiteral("activity_log  distributed by user_id  32 shards")), qPrintable(english));
    QVERIFY2(english.contains(QStringLiteral("actions  reference  1 shard ")), qPrintable(english));
    speak(QStringLiteral("es"));
    const QString spanish = ClusterCommand::toText(info);
    speak(QStringLiteral("en"));
    QVERIFY2(spanish.contains(QStringLiteral("activity_log  distribuida por user_id  32 fragmentos")),
             qPrintable(spanish));
    QVERIFY2(spanish.contains(QStringLiteral("actions  de referencia  1 fragmento ")), qPrintable(spanish));
    QVERIFY2(!spanish.contains(QStringLiteral("distributed")), qPrintable(spanish));
}

// The JSON and YAML libraries give their reasons in English: the user reads ours.
void TestLanguages::parserReasonsInSpanish_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("spanish");
    QTest::newRow("json") << QByteArray("[{\"Plan\": {\"Node Type\": \"Seq Scan\" \"Plans\": []}}]")
                          << QStringLiteral("invalid JSON: a comma or '}' is missing after a member of an object")
                          << QStringLiteral("JSON no válido: falta una coma o '}' tras un miembro de un objeto");
    QTest::newRow("yaml") << QByteArray("- Plan:\n    Node Type: Seq Scan: x\n")
                          << QStringLiteral("invalid YAML: a value where none can be (check the indentation)")
                          << QStringLiteral("YAML no válido: un valor donde no puede haberlo (revisa la sangría)");
}

void TestLanguages::parserReasonsInSpanish()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, english);
    QFETCH(QString, spanish);
    PlanParseError error;
    QVERIFY(!PlanReader::read(text, &error));
    QCOMPARE(error.message, english);
    speak(QStringLiteral("es"));
    QVERIFY(!PlanReader::read(text, &error));
    speak(QStringLiteral("en"));
    QCOMPARE(error.message, spanish);
}

// libpq words its own connection failures in English: the explanation is in Spanish.
void TestLanguages::libpqFailuresInSpanish()
{
    const PgError refused = PgError::fromConnectionMessage(
        QStringLiteral("connection to server at \"127.0.0.1\", port 9700 failed: Connection refused\n"
                       "\tIs the server running on that host and accepting TCP/IP connections?\n"));
    QCOMPARE(refused.kind, PgError::Kind::ConnectionRefused);
    QCOMPARE(ErrorDiagnosis::of(refused).explanation,
             QStringLiteral("could not connect to the server at 127.0.0.1, port 9700: nothing accepts connections "
                            "there (Is the server running on that host and accepting TCP/IP connections?)"));
    const PgError noPassword = PgError::fromConnectionMessage(
        QStringLiteral("connection to server on socket \"/tmp/.s.PGSQL.5432\" failed: fe_sendauth: no password "
                       "supplied\n"));
    speak(QStringLiteral("es"));
    const QString spanish = ErrorDiagnosis::of(refused).explanation;
    const QString socket = ErrorDiagnosis::of(noPassword).explanation;
    speak(QStringLiteral("en"));
    QVERIFY2(spanish.startsWith(QStringLiteral("no se pudo conectar con el servidor en 127.0.0.1, puerto 9700: ")),
             qPrintable(spanish));
    QVERIFY2(!spanish.contains(QStringLiteral("refused")) && !spanish.contains(QStringLiteral("Is the server")),
             qPrintable(spanish));
    QVERIFY2(socket.contains(QStringLiteral("/tmp/.s.PGSQL.5432")) && !socket.contains(QStringLiteral("supplied")),
             qPrintable(socket));
}

// `shardscope inspect` on a router plan: one task, its plan nodes and one row, each worded
// in its number.
void TestLanguages::commandLinePlurals_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral(": 1 task, 1 plan node, 2 rows, ");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral(": 1 tarea, 1 nodo del plan, 2 filas, ");
}

void TestLanguages::commandLinePlurals()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    QProcess process;
    process.start(QStringLiteral(SHARDSCOPE_BINARY),
                  {QStringLiteral("inspect"), QStringLiteral("--lang"), lang,
                   fixtures::citus(QStringLiteral("router_user1.analyze_verbose_buffers.json"))});
    QVERIFY2(process.waitForFinished(patience), "shardscope did not finish");
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(out.contains(expected), qPrintable(out));
}

void TestLanguages::valueNeedsTableCountsTables_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("tables");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en, 3") << "en" << 3 << "--value needs --table: there are 3 distributed tables (t1, t2, t3)";
    QTest::newRow("es, 2") << "es" << 2 << "--value necesita --table: hay 2 tablas distribuidas (t1, t2)";
    // A count, so a plural of the language's own (%n): its singular too, which Spanish and
    // English spell apart, though shards never has one table to name.
    QTest::newRow("en, singular form") << "en" << 1 << "--value needs --table: there is 1 distributed table (t1)";
    QTest::newRow("es, singular form") << "es" << 1 << "--value necesita --table: hay 1 tabla distribuida (t1)";
}

// `shards --value` without --table, where the cluster has several distributed tables.
void TestLanguages::valueNeedsTableCountsTables()
{
    QFETCH(QString, lang);
    QFETCH(int, tables);
    QFETCH(QString, expected);
    speak(lang);
    ShardMap map;
    QStringList names;
    for (int i = 1; i <= tables; ++i) {
        ShardMapTable table;
        table.name = QStringLiteral("t%1").arg(i);
        table.distributionColumn = QStringLiteral("user_id");
        map.tables << table;
        names << table.name;
    }
    // A reference table is not one to look a value up in.
    ShardMapTable reference;
    reference.name = QStringLiteral("countries");
    map.tables << reference;
    QString why;
    if (tables > 1) {
        QCOMPARE(ShardsCommand::tableForValue(map, {}, &why), QString());
    } else {
        QCOMPARE(ShardsCommand::tableForValue(map, {}, &why), QStringLiteral("t1"));
        why = ShardsCommand::tr("--value needs --table: there are %n distributed tables (%1)", nullptr, tables)
                  .arg(names.join(QStringLiteral(", ")));
    }
    QCOMPARE(why, expected);
}

void TestLanguages::choiceIsRemembered()
{
    QCOMPARE(LanguageManager::preferredLanguage(), LanguageManager::systemLanguage());
    MainWindow window;
    languageAction(window, QStringLiteral("es"))->trigger();
    QCOMPARE(LanguageManager::preferredLanguage(), QStringLiteral("es"));
}

void TestLanguages::commandLineHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");

    const QString viewer = QStringLiteral("Idioma de los textos: es o en");
    QTest::newRow("viewer --lang es") << QStringList{QStringLiteral("--lang"), QStringLiteral("es"),
                                                     QStringLiteral("--help")}
                                      << QString() << viewer;
    QTest::newRow("viewer, Spanish locale") << QStringList{QStringLiteral("--help")} << QStringLiteral("es_ES.UTF-8")
                                            << viewer;
    QTest::newRow("--lang wins over the locale")
        << QStringList{QStringLiteral("--help"), QStringLiteral("--lang=en")} << QStringLiteral("es_ES.UTF-8")
        << QStringLiteral("Language of the texts: es or en");
    QTest::newRow("inspect --lang es") << QStringList{QStringLiteral("inspect"), QStringLiteral("--help"),
                                                      QStringLiteral("--lang"), QStringLiteral("es")}
                                       << QString() << QStringLiteral("Resume un plan de ejecución");
    QTest::newRow("render, Spanish locale") << QStringList{QStringLiteral("render"), QStringLiteral("--help")}
                                            << QStringLiteral("es_ES.UTF-8")
                                            << QStringLiteral("Dibuja un plan de ejecución");
    // Every line in Spanish, Qt's own options included; the usage says what to type.
    QTest::newRow("tutorial usage and help option") << QStringList{QStringLiteral("tutorial"), QStringLiteral("-h")}
                                                    << QStringLiteral("es_ES.UTF-8")
                                                    << QStringLiteral("Uso: shardscope tutorial [opciones]\n");
    QTest::newRow("viewer help option") << QStringList{QStringLiteral("--help"), QStringLiteral("--lang=es")}
                                        << QString() << QStringLiteral("-h, --help       Muestra esta ayuda y termina.");
}

// No display, no settings of the user's: help must not need a GUI platform.
void TestLanguages::commandLineHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("LANG"), lang.isEmpty() ? QStringLiteral("C.UTF-8") : lang);
    environment.insert(QStringLiteral("HOME"), m_settings.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_settings.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SHARDSCOPE_BINARY), arguments);
    QVERIFY2(process.waitForFinished(patience), "shardscope did not finish");
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(out.contains(expected), qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
}

void TestLanguages::unknownLanguageIsAnError()
{
    QProcess process;
    process.start(QStringLiteral(SHARDSCOPE_BINARY), {QStringLiteral("--lang"), QStringLiteral("fr"),
                                                       QStringLiteral("--version")});
    QVERIFY2(process.waitForFinished(patience), "shardscope did not finish");
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()).trimmed(),
             QStringLiteral("shardscope: --lang: unknown language \"fr\": use es or en"));
}

// No display: a clear error in the language asked for, not Qt aborting the program.
void TestLanguages::viewerWithoutDisplaySaysSo()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("HOME"), m_settings.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_settings.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SHARDSCOPE_BINARY), {QStringLiteral("--lang"), QStringLiteral("es")});
    QVERIFY2(process.waitForFinished(patience), "shardscope did not finish");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.startsWith(QStringLiteral("shardscope: pantalla: ")), qPrintable(error));
}

QTEST_MAIN(TestLanguages)
#include "tst_Languages.moc"
