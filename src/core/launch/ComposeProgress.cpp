#include "ComposeProgress.h"

#include <QRegularExpression>

namespace shardscope {

namespace {

// Servers: created, started, healthy. The registration service: created, started.
constexpr int serverSteps = 3;
constexpr int registerSteps = 2;

} // namespace

ComposeProgress::ComposeProgress(int workers, const QString &project)
    : m_workers(workers)
    , m_total(1 + (workers + 1) * serverSteps + registerSteps + 1)
    , m_container(QStringLiteral("^%1[-_](.+?)[-_]\\d+$").arg(QRegularExpression::escape(project)))
{
}

// postgres_sharding-worker1-1 (v2) or postgres_sharding_worker1_1 (v1) -> worker1.
QString ComposeProgress::serviceOf(const QString &container) const
{
    const QRegularExpressionMatch match = m_container.match(container);
    return match.hasMatch() ? match.captured(1) : QString();
}

bool ComposeProgress::take(const QString &line)
{
    // v2: " Container postgres_sharding-worker1-1  Started", " worker1 Pulling".
    static const QRegularExpression container(QStringLiteral(R"(^Container (\S+)\s+(\w+)$)"));
    static const QRegularExpression pull(QStringLiteral(R"(^(\S+) (Pulling|Pulled)$)"));
    // v1: "Creating postgres_sharding_worker1_1 ... done", "Pulling worker1 (image)...",
    // "postgres_sharding_worker1_1 is up-to-date".
    static const QRegularExpression action(QStringLiteral(R"(^(Creating|Recreating|Starting) (\S+)\s+\.\.\.\s*(\w*)$)"));
    static const QRegularExpression v1Pull(QStringLiteral(R"(^Pulling (\S+) \(.*\)\.\.\.$)"));
    static const QRegularExpression upToDate(QStringLiteral(R"(^(\S+) is up-to-date$)"));

    const QString text = line.trimmed();
    const int step = m_step;
    const QString label = m_label;
    QRegularExpressionMatch match;
    if ((match = container.match(text)).hasMatch()) {
        const QString service = serviceOf(match.captured(1));
        const QString event = match.captured(2);
        if (service.isEmpty())
            return false;
        if (event == QLatin1String("Creating") || event == QLatin1String("Recreate")) {
            imageReady();
            m_label = tr("Creating %1").arg(display(service));
        } else if (event == QLatin1String("Created") || event == QLatin1String("Recreated")) {
            reach(service, Created);
        } else if (event == QLatin1String("Starting")) {
            m_label = tr("Starting %1").arg(display(service));
        } else if (event == QLatin1String("Started") || event == QLatin1String("Running")) {
            reach(service, Started);
        } else if (event == QLatin1String("Waiting")) {
            m_label = tr("Waiting for %1 to accept connections").arg(display(service));
        } else if (event == QLatin1String("Healthy")) {
            reach(service, Healthy);
        }
    } else if ((match = pull.match(text)).hasMatch() || (match = v1Pull.match(text)).hasMatch()) {
        if (match.captured(2) == QLatin1String("Pulled"))
            imageReady();
        else
            m_label = tr("Downloading the Citus image (the first time takes a few minutes)");
    } else if ((match = action.match(text)).hasMatch()) {
        const QString service = serviceOf(match.captured(2));
        if (service.isEmpty())
            return false;
        if (match.captured(3) == QLatin1String("done"))
            reach(service, Started);
        else
            m_label = (match.captured(1) == QLatin1String("Starting") ? tr("Starting %1") : tr("Creating %1"))
                          .arg(display(service));
    } else if ((match = upToDate.match(text)).hasMatch()) {
        const QString service = serviceOf(match.captured(1));
        if (!service.isEmpty())
            reach(service, Started);
    }
    return m_step != step || m_label != label;
}

void ComposeProgress::composeDone()
{
    // up -d returns once every server was healthy and the registration started.
    imageReady();
    for (int i = 0; i <= m_workers; ++i)
        reach(i == 0 ? QStringLiteral("coordinator") : QStringLiteral("worker%1").arg(i), Healthy);
    reach(QStringLiteral("register-%1").arg(m_workers), Started);
    m_label = tr("Registering the workers with the coordinator");
}

void ComposeProgress::registered()
{
    m_step = m_total;
    m_label = tr("Cluster ready");
}

void ComposeProgress::reach(const QString &service, Stage stage)
{
    imageReady();
    Stage &current = m_stages[service];
    if (stage > current)
        current = stage;
    m_label = stage == Healthy ? tr("%1 accepts connections").arg(display(service))
                               : stage == Started ? tr("%1 started").arg(display(service))
                                                  : tr("%1 created").arg(display(service));
    recount();
}

void ComposeProgress::imageReady()
{
    if (!m_imageReady) {
        m_imageReady = true;
        recount();
    }
}

QString ComposeProgress::display(const QString &service) const
{
    if (service.startsWith(QLatin1String("register")))
        return tr("the worker registration");
    return service;
}

void ComposeProgress::recount()
{
    int step = m_imageReady ? 1 : 0;
    for (auto stage = m_stages.cbegin(); stage != m_stages.cend(); ++stage) {
        const bool server = !stage.key().startsWith(QLatin1String("register"));
        step += std::min(int(stage.value()), server ? serverSteps : registerSteps);
    }
    // The end is reached by registered() only.
    m_step = std::max(m_step, std::min(step, m_total - 1));
}

} // namespace shardscope
