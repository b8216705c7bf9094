#pragma once

#include <QObject>
#include <QString>

class QProcess;

namespace shardscope {

// Passwords kept in the desktop keychain (GNOME Keyring, KWallet: any Secret Service)
// through libsecret's `secret-tool`, when it is installed; nothing is ever written to a
// file of ours. Each password is filed under the connection it opens (conninfo without
// password). Every call answers later, with one signal, never from inside the call.
class KeychainPasswords : public QObject
{
    Q_OBJECT

public:
    explicit KeychainPasswords(QObject *parent = nullptr);
    ~KeychainPasswords() override;

    static bool isAvailable();

    void lookup(const QString &conninfo);
    void store(const QString &conninfo, const QString &password);
    void forget(const QString &conninfo);
    bool isBusy() const { return m_process != nullptr; }

signals:
    // Empty when the keychain has none for this connection (or is not available).
    void found(const QString &conninfo, const QString &password);
    void stored(const QString &conninfo, bool ok);
    void forgotten(const QString &conninfo);

private:
    enum class Operation { Lookup, Store, Forget };

    void run(Operation operation, const QString &conninfo, const QStringList &arguments, const QByteArray &input = {});
    void finish(Operation operation, const QString &conninfo, bool ok);

    QProcess *m_process = nullptr;
};

} // namespace shardscope
