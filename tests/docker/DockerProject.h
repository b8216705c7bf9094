#pragma once

// A Compose project of ShardScope's own in the real Docker engine, for the tests that
// start real containers: the docker found through DOCKER_HOST and PATH, as the application
// finds it, never a daemon started here. The project gets a name of its own per run
// (shardscope-test-<pid>), and a copy of docker/docker-compose.yml in a temporary
// directory (so its .env and pass file stay there); both reach the application through
// SHARDSCOPE_COMPOSE_PROJECT and SHARDSCOPE_COMPOSE_DIR, and the image through CITUS_IMAGE. Everything of the project
// (containers, volumes, networks) is removed when it is made, on removeAll() and when it
// goes; so are the projects of earlier runs whose process is gone (a run killed by a
// timeout cannot clean up after itself).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// In initTestCase(): skips, saying why, without a Docker engine and the image; otherwise
// makes the project (an std::optional<DockerProject>) and says which Compose is used.
#define SHARDSCOPE_REQUIRE_DOCKER(project)                                                                          \
    do {                                                                                                             \
        const QString unavailable = DockerProject::unavailable();                                                   \
        if (!unavailable.isEmpty())                                                                                  \
            QSKIP(qPrintable(unavailable));                                                                          \
        (project).emplace();                                                                                         \
        qInfo("Compose: %s; project %s", qPrintable(DockerProject::composeName()), qPrintable((project)->name())); \
    } while (false)

class DockerProject
{
public:
    // The image CI builds offline (docker/build-image.sh of the Citus source), not the
    // application's default, which would be pulled: CITUS_IMAGE, which the application
    // obeys whatever version is chosen, unless the environment names another.
    static QString image() { return qEnvironmentVariable("CITUS_IMAGE", QStringLiteral("citusdata/citus:13.2.0-pg15")); }

    DockerProject()
        : m_name(QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(::getpid()))
    {
        QFile::copy(QStringLiteral(SHARDSCOPE_COMPOSE_DIR "/docker-compose.yml"),
                    m_directory.filePath(QStringLiteral("docker-compose.yml")));
        qputenv("SHARDSCOPE_COMPOSE_DIR", m_directory.path().toUtf8());
        qputenv("SHARDSCOPE_COMPOSE_PROJECT", m_name.toUtf8());
        qputenv("CITUS_IMAGE", image().toUtf8());
        removeStaleProjects();
    }

    ~DockerProject() { removeAll(); }

    DockerProject(const DockerProject &) = delete;
    DockerProject &operator=(const DockerProject &) = delete;

    // Why these tests cannot run here, or nothing when they can.
    static QString unavailable()
    {
        QStringList output;
        if (docker({QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")},
                   &output)
            != 0)
            return QStringLiteral("No Docker engine answers (DOCKER_HOST=%1): %2")
                .arg(qEnvironmentVariable("DOCKER_HOST", QStringLiteral("unset")), output.join(QLatin1Char(' ')));
        if (docker({QStringLiteral("image"), QStringLiteral("inspect"), image()}, &output) != 0)
            return QStringLiteral("The Docker engine has no image %1: pull or build it first.").arg(image());
        if (docker({QStringLiteral("compose"), QStringLiteral("version")}, &output) != 0
            && QProcess::execute(QStringLiteral("docker-compose"), {QStringLiteral("version")}) != 0)
            return QStringLiteral("Neither `docker compose` nor docker-compose works here.");
        return {};
    }

    // What the application will use, as ComposeToolFinder decides: v2 first.
    static QString composeName()
    {
        QStringList output;
        return docker({QStringLiteral("compose"), QStringLiteral("version")}, &output) == 0
            ? QStringLiteral("docker compose")
            : QStringLiteral("docker-compose");
    }

    const QString &name() const { return m_name; }
    QString directory() const { return m_directory.path(); }

    // Every container (with its state), volume and network of the project, for a message.
    QStringList resources() const { return resourcesOf(m_name); }

    void removeAll() const { removeProject(m_name); }

    // Runs docker with args; its exit status, -1 when it did not run.
    static int docker(const QStringList &arguments, QStringList *output)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("docker"), arguments);
        if (!process.waitForStarted(10000)) {
            *output = QStringList{QStringLiteral("the docker program cannot be run (Debian: docker.io): %1")
                                      .arg(process.errorString())};
            return -1;
        }
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        *output = QString::fromUtf8(process.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private:
    static constexpr const char *prefix = "shardscope-test-";

    static QString filter(const QString &project)
    {
        return QStringLiteral("label=com.docker.compose.project=%1").arg(project);
    }

    static QStringList list(const QStringList &arguments)
    {
        QStringList output;
        return docker(arguments, &output) == 0 ? output : QStringList{};
    }

    static QStringList resourcesOf(const QString &project)
    {
        const QString label = filter(project);
        QStringList found;
        for (const QString &container :
             list({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"), label,
                   QStringLiteral("--format"), QStringLiteral("container {{.Names}} {{.State}}")}))
            found << container;
        for (const QString &volume : list({QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("-q"),
                                           QStringLiteral("--filter"), label}))
            found << QStringLiteral("volume ") + volume;
        for (const QString &network : list({QStringLiteral("network"), QStringLiteral("ls"), QStringLiteral("-q"),
                                            QStringLiteral("--filter"), label}))
            found << QStringLiteral("network ") + network;
        return found;
    }

    static void removeProject(const QString &project)
    {
        const QString label = filter(project);
        QStringList ignored;
        const QStringList containers =
            list({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"), label});
        if (!containers.isEmpty())
            docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v")} + containers, &ignored);
        const QStringList volumes =
            list({QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("-q"), QStringLiteral("--filter"), label});
        if (!volumes.isEmpty())
            docker(QStringList{QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f")} + volumes, &ignored);
        const QStringList networks =
            list({QStringLiteral("network"), QStringLiteral("ls"), QStringLiteral("-q"), QStringLiteral("--filter"), label});
        if (!networks.isEmpty())
            docker(QStringList{QStringLiteral("network"), QStringLiteral("rm")} + networks, &ignored);
    }

    // Projects of earlier runs whose process has ended.
    static void removeStaleProjects()
    {
        QStringList projects;
        for (const QString &kind : {QStringLiteral("ps -a"), QStringLiteral("volume ls"), QStringLiteral("network ls")}) {
            projects += list(kind.split(QLatin1Char(' '))
                             + QStringList{QStringLiteral("--format"),
                                           QStringLiteral("{{.Label \"com.docker.compose.project\"}}")});
        }
        projects.removeDuplicates();
        for (const QString &project : projects) {
            if (!project.startsWith(QLatin1String(prefix)))
                continue;
            const QString pid = project.mid(int(qstrlen(prefix)));
            if (!QDir(QStringLiteral("/proc/") + pid).exists())
                removeProject(project);
        }
    }

    QTemporaryDir m_directory;
    QString m_name;
};
