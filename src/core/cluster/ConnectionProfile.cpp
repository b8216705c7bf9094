#include "ConnectionProfile.h"

#include <QSettings>

#include <libpq-fe.h>

#include <algorithm>
#include <memory>

namespace shardscope {

namespace {

const char *const passwordKeyword = "password";

// A value in libpq's key='value' syntax.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString keyValueString(const ConnectionProfile::Parameters &parameters)
{
    QStringList parts;
    for (const auto &[keyword, value] : parameters) {
        if (keyword != passwordKeyword)
            parts << QString::fromUtf8(keyword) + QLatin1Char('=') + quoted(QString::fromUtf8(value));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString ConnectionProfile::connectionString() const
{
    if (!dsn.trimmed().isEmpty())
        return dsn.trimmed();
    QStringList parts;
    const auto add = [&parts](const char *keyword, const QString &value) {
        if (!value.isEmpty())
            parts << QLatin1String(keyword) + QLatin1Char('=') + quoted(value);
    };
    add("host", host);
    add("port", port > 0 ? QString::number(port) : QString());
    add("dbname", database);
    add("user", user);
    add("sslmode", sslMode);
    return parts.join(QLatin1Char(' '));
}

std::optional<ConnectionProfile::Parameters> ConnectionProfile::parse(PgError *error) const
{
    char *message = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(connectionString().toUtf8().constData(), &message), &PQconninfoFree);
    if (!options) {
        if (error) {
            const QString why = message ? QString::fromUtf8(message).trimmed() : tr("out of memory");
            *error = PgError::client(PgError::Kind::InvalidConnectionString,
                                     tr("invalid connection string: %1").arg(why));
        }
        PQfreemem(message);
        return std::nullopt;
    }
    Parameters parameters;
    for (const PQconninfoOption *option = options.get(); option->keyword; ++option) {
        if (option->val) // PQconninfoParse leaves out defaults: these are what was written
            parameters.emplaceBack(option->keyword, option->val);
    }
    return parameters;
}

std::optional<ConnectionProfile::Parameters> ConnectionProfile::parameters(PgError *error) const
{
    auto parameters = parse(error);
    if (parameters && !password.isEmpty()) {
        parameters->removeIf([](const auto &parameter) { return parameter.first == passwordKeyword; });
        parameters->emplaceBack(passwordKeyword, password.toUtf8());
    }
    return parameters;
}

QString ConnectionProfile::conninfo() const
{
    const auto parsed = parse(nullptr);
    return parsed ? keyValueString(*parsed) : QString();
}

void ConnectionProfile::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("host"), host);
    settings.setValue(QStringLiteral("port"), port);
    settings.setValue(QStringLiteral("database"), database);
    settings.setValue(QStringLiteral("user"), user);
    settings.setValue(QStringLiteral("sslmode"), sslMode);
    // A DSN may hold a password (postgresql://user:secret@host, password=secret): then it
    // is stored rewritten without one. A malformed DSN is not stored at all, since there is
    // no telling where a password in it would be.
    const auto parsed = parse(nullptr);
    const bool dsnHasPassword = parsed
        && std::any_of(parsed->cbegin(), parsed->cend(),
                       [](const auto &parameter) { return parameter.first == passwordKeyword; });
    QString storedDsn;
    if (parsed && !dsn.trimmed().isEmpty())
        storedDsn = dsnHasPassword ? keyValueString(*parsed) : dsn;
    settings.setValue(QStringLiteral("dsn"), storedDsn);
}

ConnectionProfile ConnectionProfile::load(const QSettings &settings)
{
    ConnectionProfile profile;
    profile.host = settings.value(QStringLiteral("host")).toString();
    profile.port = settings.value(QStringLiteral("port")).toInt();
    profile.database = settings.value(QStringLiteral("database")).toString();
    profile.user = settings.value(QStringLiteral("user")).toString();
    profile.sslMode = settings.value(QStringLiteral("sslmode")).toString();
    profile.dsn = settings.value(QStringLiteral("dsn")).toString();
    return profile;
}

} // namespace shardscope
