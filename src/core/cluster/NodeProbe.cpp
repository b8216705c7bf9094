#include "NodeProbe.h"

#include "PgConnection.h"

namespace shardscope {

NodeProbe::NodeProbe(QObject *parent)
    : QObject(parent)
    , m_connection(new PgConnection(this))
{
    connect(m_connection, &PgConnection::connected, this, [this] {
        m_connection->disconnectFromServer();
        emit finished(Reachability::Reachable, QString());
    });
    connect(m_connection, &PgConnection::failed, this, [this](const PgError &error) {
        emit finished(serverAnswered(error) ? Reachability::Reachable : Reachability::Unreachable, error.message);
    });
}

void NodeProbe::probe(const ConnectionProfile &credentials, const NodeAddress &address, int timeoutMsecs)
{
    m_address = address;
    m_connection->setConnectTimeout(timeoutMsecs);
    m_connection->connectToServer(profileFor(credentials, address));
}

ConnectionProfile NodeProbe::profileFor(const ConnectionProfile &credentials, const NodeAddress &address)
{
    // Only what the server checks at the door is kept: any host, hostaddr or service in
    // the credentials would take the connection elsewhere.
    ConnectionProfile profile;
    profile.host = address.host;
    profile.port = address.port;
    const auto parameters = credentials.parameters();
    for (const auto &[keyword, value] : parameters.value_or(ConnectionProfile::Parameters())) {
        if (keyword == "dbname")
            profile.database = QString::fromUtf8(value);
        else if (keyword == "user")
            profile.user = QString::fromUtf8(value);
        else if (keyword == "sslmode")
            profile.sslMode = QString::fromUtf8(value);
        else if (keyword == "password")
            profile.password = QString::fromUtf8(value);
    }
    return profile;
}

bool NodeProbe::serverAnswered(const PgError &error)
{
    // Errors the server sends carry a SQLSTATE; a password the client lacks is libpq's own
    // "fe_sendauth: no password supplied", after the server asked for one.
    return !error.sqlState.isEmpty() || error.kind == PgError::Kind::AuthenticationFailed
        || error.message.startsWith(QLatin1String("fe_sendauth"));
}

} // namespace shardscope
