#include "RebalanceStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shardscope {

namespace {

RebalanceStatus::State stateNamed(const QString &name)
{
    using State = RebalanceStatus::State;
    static const QList<std::pair<QString, State>> states{
        {QStringLiteral("scheduled"), State::Scheduled},   {QStringLiteral("running"), State::Running},
        {QStringLiteral("finished"), State::Finished},     {QStringLiteral("cancelling"), State::Cancelling},
        {QStringLiteral("cancelled"), State::Cancelled},   {QStringLiteral("failing"), State::Failing},
        {QStringLiteral("failed"), State::Failed},
    };
    for (const auto &[text, state] : states) {
        if (text == name)
            return state;
    }
    return State::Unknown;
}

} // namespace

RebalanceStatus RebalanceStatus::parse(const QString &state, const QString &details)
{
    RebalanceStatus status;
    status.state = stateNamed(state);
    const QJsonObject object = QJsonDocument::fromJson(details.toUtf8()).object();
    const QJsonObject counts = object.value(QLatin1String("task_state_counts")).toObject();
    for (auto count = counts.begin(); count != counts.end(); ++count)
        status.total += count.value().toInt();
    status.done = counts.value(QLatin1String("done")).toInt();
    // Only the tasks that run, wait for a retry or failed are listed, with their hosts
    // while they run.
    for (const QJsonValue &value : object.value(QLatin1String("tasks")).toArray()) {
        const QJsonObject task = value.toObject();
        const QJsonObject hosts = task.value(QLatin1String("hosts")).toObject();
        if (task.value(QLatin1String("state")).toString() == QLatin1String("running") && status.source.isEmpty()) {
            status.source = NodeAddress::parse(hosts.value(QLatin1String("source")).toString()).value_or(NodeAddress{});
            status.target = NodeAddress::parse(hosts.value(QLatin1String("target")).toString()).value_or(NodeAddress{});
        }
        const QString message = task.value(QLatin1String("message")).toString().trimmed();
        if (!message.isEmpty() && status.taskError.isEmpty())
            status.taskError = message;
    }
    return status;
}

} // namespace shardscope
