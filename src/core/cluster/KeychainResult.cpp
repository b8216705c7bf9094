#include "KeychainResult.h"

namespace shardscope {

QString KeychainResult::message() const
{
    switch (outcome) {
    case Outcome::Done:
        return {};
    case Outcome::NotStored:
        return tr("The desktop keychain holds no password for this connection.");
    case Outcome::NoKeyring:
        return tr("No desktop keychain is available (%1), so passwords cannot be remembered or looked up: "
                  "start GNOME Keyring, KWallet or another Secret Service in your desktop session.")
            .arg(detail);
    case Outcome::Failed:
        return tr("The desktop keychain failed: %1").arg(detail);
    }
    return {};
}

} // namespace shardscope
