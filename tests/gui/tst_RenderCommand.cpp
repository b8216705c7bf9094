// `shardscope render` as a user runs it: the real executable, headless.

#include "Fixtures.h"

#include "WorkerPalette.h"

#include <QHash>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;

namespace {

struct Run {
    int status = -1;
    QByteArray out;
    QByteArray err;
};

// Without a display and without QT_QPA_PLATFORM, as on a server or in CI. Qt warns on
// stderr when there is no XDG_RUNTIME_DIR, which would hide what the command itself says.
Run render(const QStringList &arguments)
{
    static QTemporaryDir runtime;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1String(name));
    if (!environment.contains(QStringLiteral("XDG_RUNTIME_DIR")))
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SHARDSCOPE_BINARY), QStringList{QStringLiteral("render")} + arguments);
    if (!process.waitForFinished(120000))
        qFatal("shardscope render did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// Whether the image has this colour somewhere, exactly (solid fills, like a frame's title band).
bool hasPixel(const QImage &image, QRgb color)
{
    for (int y = 0; y < image.height(); y += 2) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if ((line[x] & 0xFFFFFF) == (color & 0xFFFFFF))
                return true;
        }
    }
    return false;
}

// The worker's colour of a plan of one worker: the commonest strong colour, which fills
// its cards' headers and its task's title band. Invalid when there is none.
QColor workerColour(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = QColor::fromRgb(line[x]);
            if (colour.hsvSaturation() > 100 && colour.value() > 60)
                ++counts[line[x] & 0xFFFFFF];
        }
    }
    QColor commonest;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            commonest = QColor::fromRgb(it.key());
        }
    }
    return commonest;
}

QImage renderPlan(const QString &plan, const QString &path, const QStringList &options = {})
{
    const Run run = render(QStringList{plan, QStringLiteral("-o"), path} + options);
    if (run.status != 0)
        qWarning("%s", run.err.constData());
    return QImage(path).convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestRenderCommand : public QObject
{
    Q_OBJECT

private slots:
    void writesEachFormat_data();
    void writesEachFormat();
    void failures_data();
    void failures();
    void scaleAndBackground();
    void workersKeepTheirColoursAcrossRuns();
    void ipv6WorkerKeepsItsColour_data();
    void ipv6WorkerKeepsItsColour();
    void help();

private:
    QTemporaryDir m_dir;
};

void TestRenderCommand::writesEachFormat_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QStringList>("options");
    const QString router = fixtures::citus(QStringLiteral("router_user1.analyze_verbose_buffers.json"));
    QTest::newRow("png") << router << "router.png" << QStringList{};
    QTest::newRow("svg") << router << "router.svg" << QStringList{};
    QTest::newRow("pdf") << router << "router.pdf" << QStringList{};
    QTest::newRow("upper-case extension") << router << "router.PNG" << QStringList{};
    QTest::newRow("by time, in Spanish")
        << fixtures::citus(QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json")) << "time.png"
        << QStringList{QStringLiteral("--color-by"), QStringLiteral("time"), QStringLiteral("--lang"), QStringLiteral("es")};
    QTest::newRow("misestimate, long option")
        << fixtures::citus(QStringLiteral("cte_subplan_top_users.analyze_verbose_buffers.txt")) << "cte.svg"
        << QStringList{QStringLiteral("--color-by=misestimate"), QStringLiteral("--lang=en")};
    QTest::newRow("yaml input") << fixtures::citus(QStringLiteral("router_user2.analyze.yaml")) << "yaml.pdf"
                                << QStringList{};
}

void TestRenderCommand::writesEachFormat()
{
    QFETCH(QString, fixture);
    QFETCH(QString, output);
    QFETCH(QStringList, options);
    const QString path = m_dir.filePath(output);
    const Run run = render(QStringList{fixture, QStringLiteral("-o"), path} + options);
    QVERIFY2(run.status == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    const QByteArray bytes = fixtures::read(path);
    const QString suffix = output.section(QLatin1Char('.'), -1).toLower();
    if (suffix == QLatin1String("png")) {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QVERIFY(image.width() > 400 && image.height() > 300);
    } else if (suffix == QLatin1String("svg")) {
        QVERIFY(QSvgRenderer(bytes).isValid());
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
    }
}

void TestRenderCommand::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // start of stderr; %1 = the temporary directory

    const QString router = fixtures::citus(QStringLiteral("router_user1.analyze.json"));
    QTest::newRow("bad extension") << QStringList{router, QStringLiteral("-o"), QStringLiteral("%1/plan.jpg")}
                                   << "shardscope: %1/plan.jpg: unknown image format: use .png, .svg or .pdf";
    QTest::newRow("no extension") << QStringList{router, QStringLiteral("-o"), QStringLiteral("%1/plan")}
                                  << "shardscope: %1/plan: unknown image format";
    QTest::newRow("missing file")
        << QStringList{QStringLiteral("%1/missing.json"), QStringLiteral("-o"), QStringLiteral("%1/plan.png")}
        << "shardscope: %1/missing.json: ";
    QTest::newRow("malformed plan")
        << QStringList{QStringLiteral("%1/broken.json"), QStringLiteral("-o"), QStringLiteral("%1/plan.png")}
        << "shardscope: %1/broken.json: ";
    QTest::newRow("no output") << QStringList{router} << "shardscope: render: missing -o OUT";
    QTest::newRow("no input") << QStringList{QStringLiteral("-o"), QStringLiteral("%1/plan.png")}
                              << "shardscope: render: expected one plan file";
    QTest::newRow("bad colour mode")
        << QStringList{router, QStringLiteral("-o"), QStringLiteral("%1/plan.png"), QStringLiteral("--color-by"),
                       QStringLiteral("shard")}
        << "shardscope: --color-by: unknown value \"shard\"";
    QTest::newRow("bad language")
        << QStringList{router, QStringLiteral("-o"), QStringLiteral("%1/plan.png"), QStringLiteral("--lang"),
                       QStringLiteral("fr")}
        << "shardscope: --lang: unknown language \"fr\"";
    QTest::newRow("bad scale")
        << QStringList{router, QStringLiteral("-o"), QStringLiteral("%1/plan.png"), QStringLiteral("--scale"),
                       QStringLiteral("big")}
        << "shardscope: render: --scale: \"big\" is not a number from 0.25 to 8";
    QTest::newRow("scale out of range")
        << QStringList{router, QStringLiteral("-o"), QStringLiteral("%1/plan.png"), QStringLiteral("--scale=100")}
        << "shardscope: render: --scale: \"100\" is not a number";
    QTest::newRow("scale not a number at all")
        << QStringList{router, QStringLiteral("-o"), QStringLiteral("%1/plan.png"), QStringLiteral("--scale=nan")}
        << "shardscope: render: --scale: \"nan\" is not a number";
    QTest::newRow("dpi out of range")
        << QStringList{router, QStringLiteral("-o"), QStringLiteral("%1/plan.png"), QStringLiteral("--dpi=10")}
        << "shardscope: render: --dpi: \"10\" is not a number from 24 to 768";
    QTest::newRow("scale and dpi")
        << QStringList{router, QStringLiteral("-o"), QStringLiteral("%1/plan.png"), QStringLiteral("--dpi=300"),
                       QStringLiteral("--scale=2")}
        << "shardscope: render: --scale and --dpi say the same";
    QTest::newRow("bad background")
        << QStringList{router, QStringLiteral("-o"), QStringLiteral("%1/plan.png"), QStringLiteral("--background"),
                       QStringLiteral("black")}
        << "shardscope: --background: unknown value \"black\"";
    QTest::newRow("bad workers")
        << QStringList{router, QStringLiteral("-o"), QStringLiteral("%1/plan.png"), QStringLiteral("--workers"),
                       QStringLiteral("127.0.0.1:9701,localhost")}
        << "shardscope: --workers: expected host:port";
    QTest::newRow("unknown option") << QStringList{router, QStringLiteral("--frobnicate")}
                                    << "shardscope: render: Unknown option";
    QTest::newRow("unwritable output")
        << QStringList{router, QStringLiteral("-o"), QStringLiteral("%1/no/such/dir/plan.png")}
        << "shardscope: %1/no/such/dir/plan.png: ";
}

void TestRenderCommand::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("[{\"Plan\": {\"Node Type\": ");
    broken.close();
    for (QString &argument : arguments)
        argument.replace(QLatin1String("%1"), m_dir.path());
    const Run run = render(arguments);
    QCOMPARE(run.status, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(message.replace(QLatin1String("%1"), m_dir.path())), qPrintable(err));
    QVERIFY(err.endsWith(QLatin1Char('\n')));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("plan.png"))));
}

// By default the image is the drawing at 100%, as the viewer shows it; --scale and --dpi
// ask for more pixels (and stamp the resolution for print).
void TestRenderCommand::scaleAndBackground()
{
    const QString plan = fixtures::citus(QStringLiteral("router_user2.analyze_verbose_buffers.json"));
    const QString byDefault = m_dir.filePath(QStringLiteral("default.png"));
    const QString large = m_dir.filePath(QStringLiteral("large.png"));
    const QString printed = m_dir.filePath(QStringLiteral("printed.png"));
    QCOMPARE(render({plan, QStringLiteral("-o"), byDefault, QStringLiteral("--background"), QStringLiteral("palette")})
                 .status,
             0);
    QCOMPARE(render({plan, QStringLiteral("-o"), large, QStringLiteral("--scale"), QStringLiteral("2")}).status, 0);
    QCOMPARE(render({plan, QStringLiteral("-o"), printed, QStringLiteral("--dpi=192")}).status, 0);
    const QImage once(byDefault);
    const QImage twice(large);
    QVERIFY(qAbs(twice.width() - 2 * once.width()) <= 2);
    QVERIFY(qAbs(twice.height() - 2 * once.height()) <= 2);
    QCOMPARE(QImage(printed).size(), twice.size());
    QCOMPARE(qRound(QImage(printed).dotsPerMeterX() / 39.3701), 192);
    QCOMPARE(qRound(once.dotsPerMeterX() / 39.3701), 96);
    QCOMPARE(twice.pixelColor(0, 0), QColor(Qt::white));
    QVERIFY(once.pixelColor(0, 0) != QColor(Qt::white));
}

// Each router plan holds one worker, drawn in a run of its own: the two workers differ, and
// each has the colour it has in the plan of every task, drawn in a third run.
void TestRenderCommand::workersKeepTheirColoursAcrossRuns()
{
    QColor router[2];
    for (int user : {1, 2}) {
        const QString plan = fixtures::citus(QStringLiteral("router_user%1.analyze_verbose_buffers.json").arg(user));
        const QImage image = renderPlan(plan, m_dir.filePath(QStringLiteral("user%1.png").arg(user)));
        QVERIFY(!image.isNull());
        router[user - 1] = workerColour(image);
        QVERIFY(router[user - 1].isValid());
    }
    // User 1's shard is on 9702, user 2's on 9701.
    QVERIFY2(router[0] != router[1], qPrintable(router[0].name()));
    const QImage all = renderPlan(fixtures::citus(QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json")),
                                  m_dir.filePath(QStringLiteral("all.png")));
    QVERIFY(hasPixel(all, router[0].rgb()));
    QVERIFY(hasPixel(all, router[1].rgb()));

    // The cluster's list changes nothing for workers whose colours do not collide.
    const QStringList cluster{QStringLiteral("--workers"), QStringLiteral("127.0.0.1:9702, 127.0.0.1:9701")};
    const QImage listed = renderPlan(fixtures::citus(QStringLiteral("router_user1.analyze_verbose_buffers.json")),
                                     m_dir.filePath(QStringLiteral("listed.png")), cluster);
    QCOMPARE(workerColour(listed), router[0]);
}

void TestRenderCommand::ipv6WorkerKeepsItsColour_data()
{
    QTest::addColumn<QString>("workers");
    QTest::newRow("in brackets") << "[::1]:%1, [::1]:9702";
    // As SELECT nodename || ':' || nodeport FROM pg_dist_node gives them.
    QTest::newRow("nodename:nodeport") << "::1:%1,::1:9702";
}

// The plan's task ran on "host=::1 port=9702". The list names first a worker whose colour
// would be the same: 9702 gives way, whichever way the list writes it, which shows the
// list's worker is the plan's.
void TestRenderCommand::ipv6WorkerKeepsItsColour()
{
    QFETCH(QString, workers);
    QByteArray json = fixtures::read(fixtures::citus(QStringLiteral("router_user1.analyze_verbose_buffers.json")));
    QVERIFY(json.contains("host=127.0.0.1 port=9702"));
    json.replace("host=127.0.0.1", "host=::1");
    const QString plan = m_dir.filePath(QStringLiteral("ipv6.json"));
    QFile file(plan);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(json) == json.size());
    file.close();

    const NodeAddress worker{QStringLiteral("::1"), 9702};
    int rival = worker.port + 1;
    while (WorkerPalette::ownSlot(NodeAddress{worker.host, rival}) != WorkerPalette::ownSlot(worker))
        ++rival;
    const QColor alone = workerColour(renderPlan(plan, m_dir.filePath(QStringLiteral("ipv6-alone.png"))));
    const QColor listed = workerColour(renderPlan(plan, m_dir.filePath(QStringLiteral("ipv6.png")),
                                                  {QStringLiteral("--workers"), workers.arg(rival)}));
    QCOMPARE(alone, WorkerPalette().color(worker));
    QCOMPARE(listed, WorkerPalette({NodeAddress{worker.host, rival}, worker}).color(worker));
    QVERIFY(listed != alone);
}

void TestRenderCommand::help()
{
    const Run run = render({QStringLiteral("--help")});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains("--color-by"));
    QVERIFY(run.out.contains("--lang"));
    QVERIFY(run.out.contains("--scale"));
    QVERIFY(run.out.contains("--dpi"));
}

QTEST_MAIN(TestRenderCommand)
#include "tst_RenderCommand.moc"
