#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace shardscope {

// How a question to the desktop keychain ended. "Nothing saved for this connection" and
// "no keychain to ask" are told apart: the first is normal, the second means passwords
// cannot be remembered here at all, which the user should hear about.
struct KeychainResult {
    Q_DECLARE_TR_FUNCTIONS(KeychainResult)

public:
    enum class Outcome {
        Done,      // looked up (password set), stored, forgotten, or a keychain is there
        NotStored, // the keychain answered: it holds no password for this connection
        NoKeyring, // no keychain service to ask (no Secret Service or KWallet on the bus)
        Failed,    // the keychain was there but refused or failed (locked, denied, ...)
    };

    Outcome outcome = Outcome::Failed;
    QString password; // of a lookup that found one
    QString detail;   // why, for NoKeyring and Failed

    bool ok() const { return outcome == Outcome::Done; }
    // One sentence for the user, in their language; empty for Done.
    QString message() const;
};

} // namespace shardscope

Q_DECLARE_METATYPE(shardscope::KeychainResult)
