#pragma once

#include "KeychainResult.h"

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace shardscope {

// Passwords kept in the desktop keychain through QtKeychain: a Secret Service (GNOME
// Keyring, KeePassXC...) or KWallet on Linux, the Keychain on macOS, the Credential Manager
// on Windows. Never anywhere else: QtKeychain's plain-text fallback stays off. Each
// password is filed under the connection it opens (conninfo without password).
//
// Every call answers later, with one signal, never from inside the call and never by
// blocking: QtKeychain runs its jobs one after another, asynchronously. A store or forget
// goes on when this object is deleted first; only its answer is lost.
class KeychainPasswords : public QObject
{
    Q_OBJECT

public:
    explicit KeychainPasswords(QObject *parent = nullptr);

    // Whether a keychain is there at all, asked without touching any password:
    // keyringChecked(Done) or keyringChecked(NoKeyring).
    void checkKeyring();
    void lookup(const QString &conninfo);
    void store(const QString &conninfo, const QString &password);
    void forget(const QString &conninfo);
    bool isBusy() const { return m_pending > 0; }

signals:
    void keyringChecked(const shardscope::KeychainResult &result);
    // Done with the password, or NotStored, NoKeyring, Failed.
    void found(const QString &conninfo, const shardscope::KeychainResult &result);
    void stored(const QString &conninfo, const shardscope::KeychainResult &result);
    // Done also when there was nothing to forget.
    void forgotten(const QString &conninfo, const shardscope::KeychainResult &result);

private:
    enum class Operation { Lookup, Store, Forget };

    void run(Operation operation, const QString &conninfo, QKeychain::Job *job);
    void finish(Operation operation, const QString &conninfo, const KeychainResult &result);

    int m_pending = 0;
};

} // namespace shardscope
