#include "TutorialStep.h"

#include "PgConnection.h"

#include <QEventLoop>

namespace shardscope {

TutorialStep::TutorialStep(PgConnection *connection, QObject *parent)
    : QObject(parent)
    , m_runner(new StatementRunner(connection, this))
{
}

PgConnection *TutorialStep::connection() const
{
    return m_runner->connection();
}

void TutorialStep::check()
{
    start(Mode::Check);
}

void TutorialStep::run()
{
    start(Mode::Run);
}

void TutorialStep::start(Mode mode)
{
    if (isBusy())
        return;
    m_mode = mode;
    m_alreadyDone = false;
    m_cancelRequested = false;
    m_result = StepResult();
    m_error.reset();
    m_state = mode == Mode::Check ? State::Checking : State::Running;
    emit stateChanged(m_state);
    // Later, so that no signal comes from inside check() or run().
    QMetaObject::invokeMethod(this, [this] { detect(); }, Qt::QueuedConnection);
}

bool TutorialStep::cancel()
{
    if (!isBusy())
        return false;
    m_cancelRequested = true;
    const bool stopping = cancelOwnWork();
    return m_runner->cancel() || stopping;
}

void TutorialStep::detected(bool done, const StepResult &result)
{
    if (done) {
        m_alreadyDone = true;
        m_result = result;
        end(State::Done);
    } else if (m_mode == Mode::Check) {
        m_result = result;
        end(State::ToDo);
    } else if (m_cancelRequested) {
        fail(ErrorDiagnosis::of(PgError::client(PgError::Kind::QueryCanceled, tr("cancelled"))));
    } else {
        perform();
    }
}

void TutorialStep::succeed(const StepResult &result)
{
    m_result = result;
    end(State::Done);
}

void TutorialStep::fail(const ErrorDiagnosis &error)
{
    m_error = error;
    end(State::Failed);
}

void TutorialStep::fail(const ErrorDiagnosis &error, const StepResult &found)
{
    if (isBusy())
        m_result = found;
    fail(error);
}

void TutorialStep::end(State state)
{
    if (!isBusy())
        return;
    const Mode mode = m_mode;
    m_state = state;
    emit stateChanged(state);
    if (mode == Mode::Check)
        emit checked();
    else
        emit finished();
}

void TutorialStep::query(const QString &sql, const QVariantList &params, Handler then)
{
    attempt(sql, params, [this, then = std::move(then)](const StatementRunner::Reply &reply) {
        if (reply.ok())
            then(reply);
        else
            fail(ErrorDiagnosis::of(*reply.error));
    });
}

void TutorialStep::attempt(const QString &sql, const QVariantList &params, Handler then)
{
    if (m_cancelRequested) {
        StatementRunner::Reply canceled;
        canceled.error = PgError::client(PgError::Kind::QueryCanceled, tr("cancelled"));
        QMetaObject::invokeMethod(
            this, [then = std::move(then), canceled] { then(canceled); }, Qt::QueuedConnection);
        return;
    }
    m_runner->run(sql, params, std::move(then));
}

bool TutorialStep::checkBlocking()
{
    QEventLoop loop;
    connect(this, &TutorialStep::checked, &loop, &QEventLoop::quit);
    check();
    if (isBusy())
        loop.exec();
    return m_state == State::Done;
}

bool TutorialStep::runBlocking()
{
    QEventLoop loop;
    connect(this, &TutorialStep::finished, &loop, &QEventLoop::quit);
    run();
    if (isBusy())
        loop.exec();
    return m_state == State::Done;
}

} // namespace shardscope
