#include "CommandLine.h"
#include "MainWindow.h"
#include "RenderCommand.h"

#include <QApplication>
#include <QCommandLineParser>

namespace {

// `shardscope [FILE]`: the plan viewer, opening FILE if given.
int runViewer(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "See and teach PostgreSQL sharding with Citus."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "Plan to open (JSON, text, YAML or XML)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    shardscope::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("ShardScope"));
    QCoreApplication::setApplicationName(QStringLiteral("shardscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHARDSCOPE_VERSION));
    const bool subcommand = argc > 1 && shardscope::CommandLine::isSubcommand(QString::fromLocal8Bit(argv[1]));
    if (!subcommand) {
        QApplication app(argc, argv);
        return runViewer(app);
    }
    // Drawing needs a QApplication (QGraphicsScene is a widgets class); the other
    // subcommands must keep working where no GUI libraries can start.
    if (shardscope::CommandLine::drawsPlans(QString::fromLocal8Bit(argv[1]))) {
        shardscope::RenderCommand::useOffscreenWithoutDisplay();
        QApplication app(argc, argv);
        return shardscope::CommandLine::run(app.arguments());
    }
    QCoreApplication app(argc, argv);
    return shardscope::CommandLine::run(app.arguments());
}
