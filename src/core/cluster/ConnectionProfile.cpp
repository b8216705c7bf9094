#include "ConnectionProfile.h"

#include "ConnInfoValue.h"

#include <libpq-fe.h>

#include <algorithm>
#include <memory>

namespace shardscope {

namespace {

const char *const passwordKeyword = "password";

QString keyValueString(const ConnectionProfile::Parameters &parameters)
{
    QStringList parts;
    for (const auto &[keyword, value] : parameters) {
        if (keyword != passwordKeyword)
            parts << QString::fromUtf8(keyword) + QLatin1Char('=') + ConnInfoValue::quoted(QString::fromUtf8(value));
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
            parts << QLatin1String(keyword) + QLatin1Char('=') + ConnInfoValue::quoted(value);
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

QString ConnectionProfile::storableDsn() const
{
    if (dsn.trimmed().isEmpty())
        return {};
    const auto parsed = parse(nullptr);
    if (!parsed)
        return {};
    const bool hasPassword = std::any_of(parsed->cbegin(), parsed->cend(),
                                         [](const auto &parameter) { return parameter.first == passwordKeyword; });
    return hasPassword ? keyValueString(*parsed) : dsn;
}

} // namespace shardscope
