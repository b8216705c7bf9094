#include "ComposeInventory.h"

#include "ProcessGroup.h"

#include <utility>

namespace shardscope {

namespace {

// The engine answers such listings at once; one that hangs must not hold up the wizard.
constexpr int patience = 30000;

} // namespace

ComposeInventory::ComposeInventory(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ComposeResources>();
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(patience);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        stop();
        emit failed(tr("Docker did not list the cluster's containers within %1 s.").arg(patience / 1000));
    });
}

void ComposeInventory::take(const QString &docker, const QProcessEnvironment &environment, const QString &project)
{
    stop();
    m_docker = docker;
    m_environment = environment;
    m_filter = QStringLiteral("label=com.docker.compose.project=%1").arg(project);
    m_resources = {};
    m_deadline.start();
    const QStringList containers{QStringLiteral("ps"), QStringLiteral("--all"), QStringLiteral("--filter"), m_filter,
                                 QStringLiteral("--format"),
                                 QStringLiteral("{{.Label \"com.docker.compose.service\"}}\t{{.State}}\t{{.Ports}}")};
    run(containers, [this](const QStringList &lines) {
        for (const QString &line : lines) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.size() >= 2)
                m_resources.containers.append({fields.at(0), fields.at(1), fields.value(2)});
        }
        run({QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("--quiet"), QStringLiteral("--filter"), m_filter},
            [this](const QStringList &volumes) {
                m_resources.volumes = volumes;
                run({QStringLiteral("network"), QStringLiteral("ls"), QStringLiteral("--filter"), m_filter,
                     QStringLiteral("--format"), QStringLiteral("{{.Name}}")},
                    [this](const QStringList &networks) {
                        m_resources.networks = networks;
                        m_deadline.stop();
                        emit taken(m_resources);
                    });
            });
    });
}

void ComposeInventory::stop()
{
    m_deadline.stop();
    if (ProcessGroup *process = std::exchange(m_process, nullptr)) {
        disconnect(process, nullptr, this, nullptr);
        process->deleteLater(); // its destructor kills what still runs
    }
}

void ComposeInventory::run(const QStringList &arguments, Lines then)
{
    m_process = new ProcessGroup(this);
    m_process->setEnvironment(m_environment);
    connect(m_process, &ProcessGroup::finished, this, [this, then = std::move(then)](int exitCode) {
        ProcessGroup *process = std::exchange(m_process, nullptr);
        process->deleteLater();
        QStringList lines;
        for (const QString &line : process->output()) {
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        }
        if (exitCode != 0) {
            m_deadline.stop();
            emit failed(lines.join(QLatin1Char('\n')));
            return;
        }
        then(lines);
    });
    connect(m_process, &ProcessGroup::failedToStart, this, [this](const QString &why) {
        std::exchange(m_process, nullptr)->deleteLater();
        m_deadline.stop();
        emit failed(why);
    });
    m_process->start(m_docker, arguments);
}

} // namespace shardscope
