#include "KeychainPasswords.h"

#include "KeyringPresence.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace shardscope {

namespace {

// The service every password is filed under, the connection being the key. Secret
// Service tools show it as the item's label and its "server" attribute.
const QString service = QStringLiteral("ShardScope");

template<typename JobType>
JobType *makeJob(const QString &conninfo)
{
    // Not a child of ours: QtKeychain calls back into a running job, which must outlive
    // whoever asked. It deletes itself once finished.
    auto *job = new JobType(service);
    job->setKey(conninfo);
    job->setInsecureFallback(false); // never a password in a plain-text file
    return job;
}

} // namespace

KeychainPasswords::KeychainPasswords(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<KeychainResult>();
}

void KeychainPasswords::checkKeyring()
{
    ++m_pending;
    KeyringPresence::find(this, [this](const std::optional<QString> &missing) {
        --m_pending;
        emit keyringChecked(missing ? KeychainResult{KeychainResult::Outcome::NoKeyring, {}, *missing}
                                    : KeychainResult{KeychainResult::Outcome::Done, {}, {}});
    });
}

void KeychainPasswords::lookup(const QString &conninfo)
{
    run(Operation::Lookup, conninfo, makeJob<QKeychain::ReadPasswordJob>(conninfo));
}

void KeychainPasswords::store(const QString &conninfo, const QString &password)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(conninfo);
    job->setTextData(password);
    run(Operation::Store, conninfo, job);
}

void KeychainPasswords::forget(const QString &conninfo)
{
    run(Operation::Forget, conninfo, makeJob<QKeychain::DeletePasswordJob>(conninfo));
}

void KeychainPasswords::run(Operation operation, const QString &conninfo, QKeychain::Job *job)
{
    ++m_pending;
    const QPointer<KeychainPasswords> self(this);
    connect(job, &QKeychain::Job::finished, job, [self, operation, conninfo](QKeychain::Job *job) {
        if (!self)
            return;
        switch (job->error()) {
        case QKeychain::NoError: {
            auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job);
            self->finish(operation, conninfo, {KeychainResult::Outcome::Done, read ? read->textData() : QString(), {}});
            return;
        }
        case QKeychain::EntryNotFound:
            self->finish(operation, conninfo,
                         {operation == Operation::Forget ? KeychainResult::Outcome::Done
                                                         : KeychainResult::Outcome::NotStored,
                          {},
                          {}});
            return;
        case QKeychain::NoBackendAvailable:
            self->finish(operation, conninfo, {KeychainResult::Outcome::NoKeyring, {}, job->errorString()});
            return;
        default:
            break;
        }
        // Through libsecret, "no Secret Service on the bus" and "no bus" come back as any
        // other error; the bus tells which it was.
        const QString error = job->errorString();
        KeyringPresence::find(self, [self, operation, conninfo, error](const std::optional<QString> &missing) {
            self->finish(operation, conninfo,
                         missing ? KeychainResult{KeychainResult::Outcome::NoKeyring, {}, *missing}
                                 : KeychainResult{KeychainResult::Outcome::Failed, {}, error});
        });
    });
    job->start();
}

void KeychainPasswords::finish(Operation operation, const QString &conninfo, const KeychainResult &result)
{
    --m_pending;
    switch (operation) {
    case Operation::Lookup:
        emit found(conninfo, result);
        break;
    case Operation::Store:
        emit stored(conninfo, result);
        break;
    case Operation::Forget:
        emit forgotten(conninfo, result);
        break;
    }
}

} // namespace shardscope
