#pragma once

#include "ErrorDiagnosis.h"
#include "StatementRunner.h"
#include "StepResult.h"

#include <QObject>
#include <QVariantList>

#include <functional>
#include <optional>

namespace shardscope {

class PgConnection;

// One step of the sharding tutorial, run on a connection the wizard shares between the
// steps (connected before a step is used). Every step can tell, without changing anything,
// whether its work is already done (check()), and run() only does what is missing, so
// the tutorial can be resumed, or run again, at any step.
//
// check() ends with checked() and run() with finished(), once, never from inside the
// call; both leave the state Done, ToDo (check() only) or Failed, with result() or error().
class TutorialStep : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Unchecked,
        Checking,
        ToDo, // check() found work to do
        Running,
        Done, // found done (wasAlreadyDone()) or done by run()
        Failed,
    };
    Q_ENUM(State)

    explicit TutorialStep(PgConnection *connection, QObject *parent = nullptr);

    // Short translated name: "Cluster check".
    virtual QString title() const = 0;
    // Translated text on what the step teaches.
    virtual QString explanation() const = 0;
    // The statement(s) run() sends, as shown to the user; values listed in parameters()
    // travel apart from the text ($1, $2...).
    virtual QString sql() const = 0;
    virtual QVariantList parameters() const { return {}; }
    // Destroys data: the user must confirm before run().
    virtual bool needsConfirmation() const { return false; }

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Checking || m_state == State::Running; }
    // Done, and it was so before this step did anything.
    bool wasAlreadyDone() const { return m_alreadyDone; }
    const StepResult &result() const { return m_result; }
    const std::optional<ErrorDiagnosis> &error() const { return m_error; }

    // Ignored while busy.
    void check();
    void run();
    // Stops what runs; the step then fails with Canceled. False when nothing runs.
    bool cancel();

    // For the command line and tests only: spin a local event loop; true when Done.
    bool checkBlocking();
    bool runBlocking();

signals:
    void stateChanged(shardscope::TutorialStep::State state);
    void checked();
    void finished();
    // Rows sent so far of a long load, and how many in all.
    void progress(qint64 done, qint64 total);

protected:
    using Handler = std::function<void(const StatementRunner::Reply &)>;

    PgConnection *connection() const;
    StatementRunner *runner() const { return m_runner; }
    bool cancelRequested() const { return m_cancelRequested; }

    // Finds out whether the work is done; ends with detected() or fail().
    virtual void detect() = 0;
    // Does the work detect() found missing; ends with succeed() or fail().
    virtual void perform() = 0;
    // Stops work beyond the shared connection (connections of its own); false when none runs.
    virtual bool cancelOwnWork() { return false; }

    void detected(bool done, const StepResult &result = {});
    void succeed(const StepResult &result);
    void fail(const ErrorDiagnosis &error);
    // Failed, with what was found all the same (the workers, one of them not answering).
    void fail(const ErrorDiagnosis &error, const StepResult &found);

    // Runs a statement and hands its results on; an error (or a cancel) fails the step.
    void query(const QString &sql, const QVariantList &params, Handler then);
    // The same, but then also gets the errors.
    void attempt(const QString &sql, const QVariantList &params, Handler then);

private:
    enum class Mode { Check, Run };

    void start(Mode mode);
    void end(State state);

    StatementRunner *m_runner;
    Mode m_mode = Mode::Check;
    State m_state = State::Unchecked;
    bool m_alreadyDone = false;
    bool m_cancelRequested = false;
    StepResult m_result;
    std::optional<ErrorDiagnosis> m_error;
};

} // namespace shardscope
