#include "CliOutput.h"
#include "CommandLine.h"
#include "HugePageHeap.h"
#include "LanguageManager.h"
#include "LanguageOption.h"
#include "MainWindow.h"
#include "RenderCommand.h"
#include "ViewerOptions.h"

#include <QApplication>
#include <QIcon>

namespace {

using namespace shardscope;

const QString appId = QStringLiteral("io.github.shardscope.ShardScope");

// Qt takes its own options (-platform, ...) out of the arguments when the application is
// made, so --lang is looked for again in what remains.
QStringList argumentsWithoutLanguage()
{
    return LanguageOption::take(QCoreApplication::arguments()).remaining;
}

void speak(QCoreApplication &app, const QString &asked, const QString &otherwise)
{
    LanguageManager::of(&app)->setLanguage(asked.isEmpty() ? otherwise : asked);
}

// Without one, Qt aborts the program when the window is made; say why instead. Only Linux
// and the like use DISPLAY and WAYLAND_DISPLAY; -platform or QT_QPA_PLATFORM choose
// another way to show windows.
bool hasDisplay(const QStringList &arguments)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || arguments.contains(QStringLiteral("-platform"));
#else
    Q_UNUSED(arguments);
    return true;
#endif
}

// `shardscope [FILE]`: the plan viewer, opening FILE if given.
int runViewer(int &argc, char **argv, const QString &language)
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon::fromTheme(appId, QIcon(QStringLiteral(":/icons/shardscope.svg"))));
    speak(app, language, LanguageManager::preferredLanguage());
    ViewerOptions options;
    if (!options.parse(argumentsWithoutLanguage()))
        return options.printText();
    MainWindow window;
    if (options.presenter())
        window.setPresenterModeForThisRun(true);
    window.show();
    if (!options.file().isEmpty())
        window.openFile(options.file());
    return app.exec();
}

int runSubcommand(QCoreApplication &app, const QString &language)
{
    speak(app, language, LanguageManager::systemLanguage());
    return CommandLine::run(argumentsWithoutLanguage());
}

} // namespace

int main(int argc, char *argv[])
{
    // Room for a 10,000-node plan read and drawn, before anything is allocated.
    HugePageHeap::reserve(size_t(64) << 20);
    QCoreApplication::setOrganizationName(QStringLiteral("ShardScope"));
    QCoreApplication::setApplicationName(QStringLiteral("shardscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHARDSCOPE_VERSION));
    QGuiApplication::setDesktopFileName(appId);

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const LanguageOption::Request request = LanguageOption::take(arguments);
    if (!request.error.isEmpty())
        return CliOutput::fail(QStringLiteral("--lang"), request.error);
    const QString command = request.remaining.value(1);

    if (!CommandLine::isSubcommand(command)) {
        // Help, the version and mistakes need no display: a window only when one is wanted.
        const bool wantsWindow = ViewerOptions().parse(request.remaining);
        if (wantsWindow && hasDisplay(arguments))
            return runViewer(argc, argv, request.language);
        QCoreApplication app(argc, argv);
        speak(app, request.language, LanguageManager::preferredLanguage());
        if (wantsWindow) {
            return CliOutput::fail(QCoreApplication::translate("main", "display"),
                                   QCoreApplication::translate(
                                       "main", "no graphical display to open the viewer in (DISPLAY and "
                                               "WAYLAND_DISPLAY are not set). The commands work without one: "
                                               "shardscope --help lists them."));
        }
        ViewerOptions options;
        options.parse(argumentsWithoutLanguage());
        return options.printText();
    }
    // Drawing needs a QApplication (QGraphicsScene is a widgets class); the other
    // subcommands must keep working where no GUI libraries can start.
    if (CommandLine::drawsPlans(command)) {
        RenderCommand::useOffscreenWithoutDisplay();
        QApplication app(argc, argv);
        return runSubcommand(app, request.language);
    }
    QCoreApplication app(argc, argv);
    return runSubcommand(app, request.language);
}
