#include "KeyringPresence.h"

#include <QTimer>

#ifdef SHARDSCOPE_KEYRING_ON_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace shardscope {

#ifdef SHARDSCOPE_KEYRING_ON_DBUS

namespace {

// The Secret Service, which QtKeychain reaches through libsecret, and KWallet, which it
// talks to directly on KDE.
bool offersKeychain(const QStringList &names)
{
    return names.contains(QLatin1String("org.freedesktop.secrets")) || names.contains(QLatin1String("org.kde.kwalletd5"))
        || names.contains(QLatin1String("org.kde.kwalletd6"));
}

// One of the bus's own methods that return names, asked without waiting for it.
void askBus(const QDBusConnection &bus, const char *method, QObject *context, std::function<void(const QStringList &)> then)
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QLatin1String(method));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context, [then](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        const QDBusPendingReply<QStringList> reply = *watcher;
        then(reply.isValid() ? reply.value() : QStringList());
    });
}

} // namespace

void KeyringPresence::find(QObject *context, Answer then)
{
    // Connecting is quick: a local socket, or an immediate failure without one.
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QTimer::singleShot(0, context, [then] { then(tr("there is no D-Bus session bus")); });
        return;
    }
    askBus(bus, "ListNames", context, [bus, context, then](const QStringList &running) {
        if (offersKeychain(running)) {
            then(std::nullopt);
            return;
        }
        askBus(bus, "ListActivatableNames", context, [then](const QStringList &startable) {
            if (offersKeychain(startable))
                then(std::nullopt);
            else
                then(tr("nothing on the D-Bus session bus offers the Secret Service or KWallet"));
        });
    });
}

#else

void KeyringPresence::find(QObject *context, Answer then)
{
    QTimer::singleShot(0, context, [then] { then(std::nullopt); });
}

#endif

} // namespace shardscope
