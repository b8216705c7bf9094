#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <optional>

class QDebug;

namespace shardscope {

// A node of a Citus cluster as the coordinator reaches it: host (name or IP address) and
// port. The one form of a worker wherever ShardScope meets it (pg_dist_node, the "host=…
// port=…" of EXPLAIN, what a user types), so that a worker found in two places is one
// worker, with one colour. Empty (no host) stands for "no worker": the coordinator.
struct NodeAddress {
    QString host;
    int port = 0;

    bool isEmpty() const { return host.isEmpty(); }
    // "host:port", an IPv6 address in brackets ("[::1]:9701") so that its own colons do not
    // read as the port's: the form ShardScope shows workers in.
    QString toString() const;
    // From "host:port" or "[IPv6]:port", and from an IPv6 address without brackets
    // ("::1:9701", as nodename || ':' || nodeport gives it), whose port is after the last
    // colon. Nothing when malformed.
    static std::optional<NodeAddress> parse(QStringView text);

    friend bool operator==(const NodeAddress &a, const NodeAddress &b) { return a.port == b.port && a.host == b.host; }
    friend bool operator!=(const NodeAddress &a, const NodeAddress &b) { return !(a == b); }
    // By host, then by port as a number: 127.0.0.1:9701 before 127.0.0.1:10000.
    friend bool operator<(const NodeAddress &a, const NodeAddress &b)
    {
        return a.host != b.host ? a.host < b.host : a.port < b.port;
    }
    friend size_t qHash(const NodeAddress &address, size_t seed = 0) { return qHashMulti(seed, address.host, address.port); }
};

// As toString(), for QCOMPARE's messages and qDebug().
QDebug operator<<(QDebug debug, const NodeAddress &address);

} // namespace shardscope
