#include "PasswordCommand.h"

#include "CliConnection.h"
#include "CliOutput.h"
#include "KeychainPasswords.h"
#include "PasswordPrompt.h"
#include "SubcommandArguments.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace shardscope {

namespace {

const QString store = QStringLiteral("store");
const QString check = QStringLiteral("check");
const QString forget = QStringLiteral("forget");

// The keychain answers asynchronously; a command has nothing else to do meanwhile.
KeychainResult ask(const QString &action, const QString &conninfo, const QString &password)
{
    KeychainPasswords keychain;
    KeychainResult result;
    QEventLoop loop;
    const auto answered = [&result, &loop](const QString &, const KeychainResult &answer) {
        result = answer;
        loop.quit();
    };
    QObject::connect(&keychain, &KeychainPasswords::found, &loop, answered);
    QObject::connect(&keychain, &KeychainPasswords::stored, &loop, answered);
    QObject::connect(&keychain, &KeychainPasswords::forgotten, &loop, answered);
    if (action == store)
        keychain.store(conninfo, password);
    else if (action == check)
        keychain.lookup(conninfo);
    else
        keychain.forget(conninfo);
    loop.exec();
    return result;
}

} // namespace

int PasswordCommand::run(const QStringList &arguments)
{
    const QString command = QLatin1String(name);
    QCommandLineParser parser;
    SubcommandArguments::describe(
        parser, tr("Keep the password of a connection in the desktop keychain (GNOME Keyring, KWallet or another "
                   "Secret Service; the macOS Keychain; the Windows Credential Manager), where the wizard finds it. "
                   "store reads it from standard input. check exits with 0 when one is saved, 1 when none is; "
                   "every action exits with 2 when there is no keychain."));
    const QCommandLineOption dsn = CliConnection::dsnOption();
    parser.addOption(dsn);
    parser.addPositionalArgument(tr("ACTION"), tr("store, check or forget."), QStringLiteral("store|check|forget"));
    if (const auto done = SubcommandArguments::parse(parser, command, arguments, SubcommandArguments::Positional::Any))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || !QStringList{store, check, forget}.contains(action))
        return CliOutput::fail(command, tr("expected one action: store, check or forget"));
    if (parser.value(dsn).trimmed().isEmpty())
        return CliOutput::fail(command, tr("--dsn is required: the password is kept for that connection"));
    PgError invalid;
    const ConnectionProfile profile = CliConnection::profile(parser.value(dsn));
    if (!profile.parameters(&invalid))
        return CliOutput::fail(command, invalid.message);
    const QString conninfo = profile.conninfo();

    QString password;
    if (action == store) {
        password = PasswordPrompt::read(tr("Password for %1: ").arg(conninfo));
        if (password.isEmpty())
            return CliOutput::fail(command, tr("no password on standard input"));
    }
    const KeychainResult result = ask(action, conninfo, password);
    if (action == check && result.outcome == KeychainResult::Outcome::NotStored) {
        CliOutput::out(tr("The desktop keychain holds no password for %1.\n").arg(conninfo));
        return notStoredStatus;
    }
    if (!result.ok())
        return CliOutput::fail(command, result.message());
    if (action == store)
        CliOutput::out(tr("The password for %1 is saved in the desktop keychain.\n").arg(conninfo));
    else if (action == check)
        CliOutput::out(tr("The desktop keychain holds a password for %1.\n").arg(conninfo));
    else
        CliOutput::out(tr("The desktop keychain holds no password for %1 any more.\n").arg(conninfo));
    return 0;
}

} // namespace shardscope
