#include "PlanLoader.h"

#include "PlanHeadline.h"
#include "PlanReader.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace shardscope {

namespace {

struct LoadResult {
    std::optional<Plan> plan;
    PlanAnalysis analysis;
    std::vector<PlanSection> sections;
    QString skipped;
    PlanParseError error;
};

} // namespace

PlanLoader::PlanLoader(QObject *parent) : QObject(parent) {}

void PlanLoader::loadFile(const QString &path)
{
    start([path](PlanParseError *error) { return PlanReader::readOutputFile(path, error); }, QFileInfo(path).fileName(),
          path);
}

void PlanLoader::loadText(const QByteArray &text, const QString &name)
{
    start([text](PlanParseError *error) { return PlanReader::readOutput(text, error); }, name, QString());
}

void PlanLoader::cancel()
{
    if (!isBusy())
        return;
    m_current = 0;
    emit busyChanged(false);
}

void PlanLoader::start(Reader read, const QString &name, const QString &path)
{
    const bool wasBusy = isBusy();
    const quint64 request = ++m_lastRequest;
    m_current = request;

    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, name, path] {
        watcher->deleteLater();
        if (request != m_current)
            return; // cancelled, or overtaken by a newer request
        LoadResult result = watcher->future().takeResult();
        // Idle before telling: a receiver may start the next request right away.
        m_current = 0;
        emit busyChanged(false);
        if (!result.plan) {
            emit failed(name, result.error);
            return;
        }
        emit loaded(std::make_shared<const PlanDocument>(PlanDocument{std::move(*result.plan),
                                                                      std::move(result.analysis), name, path,
                                                                      std::move(result.sections),
                                                                      std::move(result.skipped), {}, {}}));
    });
    watcher->setFuture(QtConcurrent::run([read = std::move(read)] {
        LoadResult result;
        std::optional<ExplainOutput> output = read(&result.error);
        if (!output)
            return result;
        result.sections = PlanHeadline::sections(*output);
        result.skipped = output->skippedSummary();
        result.plan = std::move(*output).merged();
        result.analysis = PlanAnalyzer::analyze(*result.plan);
        return result;
    }));
    if (!wasBusy)
        emit busyChanged(true);
}

} // namespace shardscope
