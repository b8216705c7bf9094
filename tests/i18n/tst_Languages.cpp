// Both languages at work: the main window, a wizard page and the plan's legend switch to
// Spanish and back while open, Qt's own strings come along, and the command line speaks
// Spanish when asked with --lang or by the locale, without a display.

#include "Fixtures.h"

#include "ClusterSession.h"
#include "FigureText.h"
#include "LanguageManager.h"
#include "LegendItem.h"
#include "MainWindow.h"
#include "PlanScene.h"
#include "PlanView.h"
#include "StartClusterPage.h"
#include "WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

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
    QCoreApplication::setOrganizationName(QStringLiteral("ShardScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_Languages"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
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
    QCOMPARE(legendDetail(), QStringLiteral("tasks: 1"));
    QCOMPARE(FigureText::duration(8.37), QStringLiteral("8.37 ms"));

    speak(QStringLiteral("es"));
    QCOMPARE(legendDetail(), QStringLiteral("tareas: 1"));
    // The cards' figures take the language's decimal mark, and no group separator.
    QCOMPARE(FigureText::duration(8.37), QStringLiteral("8,37 ms"));
    QCOMPARE(FigureText::count(1234), QStringLiteral("1234"));
    QCOMPARE(FigureText::count(12345), QStringLiteral("12,3k"));
    QVERIFY2(window.windowTitle().endsWith(QStringLiteral("— ShardScope")), qPrintable(window.windowTitle()));
}

void TestLanguages::wizardPagesRetranslate()
{
    WelcomePage welcome;
    QTemporaryDir settings;
    ClusterSession session(AppSettings(settings.filePath(QStringLiteral("settings.ini"))));
    StartClusterPage start(&session);
    QCOMPARE(welcome.title(), QStringLiteral("Welcome to the Citus sharding tutorial"));

    speak(QStringLiteral("es"));
    QCOMPARE(welcome.title(), QStringLiteral("Bienvenida al tutorial de fragmentación con Citus"));
    QCOMPARE(start.title(), QStringLiteral("Arrancar un clúster Citus"));
    QCOMPARE(start.startButton()->text(), QStringLiteral("&Arrancar el clúster"));
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
