#pragma once

#include "ClusterInfo.h"
#include "ConnectionProfile.h"

#include <QObject>

namespace shardscope {

class PgConnection;

// Finds out from this machine whether a PostgreSQL server answers at a node's address, by
// opening a connection of its own with a short timeout. A server that answers with an
// error (wrong password, unknown database, too many connections) is running all the same.
class NodeProbe : public QObject
{
    Q_OBJECT

public:
    explicit NodeProbe(QObject *parent = nullptr);

    // Connects as credentials says (database, user, password, sslmode) to address instead
    // of the profile's own host and port; finished() follows, once.
    void probe(const ConnectionProfile &credentials, const NodeAddress &address, int timeoutMsecs);
    const NodeAddress &address() const { return m_address; }

    static ConnectionProfile profileFor(const ConnectionProfile &credentials, const NodeAddress &address);
    static bool serverAnswered(const PgError &error);

signals:
    void finished(shardscope::Reachability reachability, const QString &reason);

private:
    PgConnection *m_connection;
    NodeAddress m_address;
};

} // namespace shardscope
