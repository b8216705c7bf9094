#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace shardscope {

// Whether a keychain service is there to ask, found without asking it anything (so no
// unlock prompt). On Linux and the like, QtKeychain talks to a Secret Service (GNOME
// Keyring, KeePassXC...) or KWallet over the D-Bus session bus: one must be running or
// startable there. macOS and Windows always have theirs.
class KeyringPresence
{
    Q_DECLARE_TR_FUNCTIONS(KeyringPresence)

public:
    // then(why it is missing), or then(nothing) when one is there; always called later,
    // from the event loop, while context lives. The bus is asked asynchronously.
    using Answer = std::function<void(const std::optional<QString> &missing)>;
    static void find(QObject *context, Answer then);
};

} // namespace shardscope
