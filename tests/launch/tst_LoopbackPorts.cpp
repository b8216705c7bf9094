// LoopbackPorts: a port something listens on is in use, on 127.0.0.1, on every address,
// and on ::1 where this machine has IPv6 ("localhost" may mean either); a port left only
// with connections in TIME_WAIT is free again, as PostgreSQL sees it when it restarts.
// The listeners here are Qt's own, whatever LoopbackPorts uses.

#include "LoopbackPorts.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace shardscope;

namespace {

constexpr int patience = 5000;

// Whether 127.0.0.1:port can be bound by a socket without SO_REUSEADDR.
bool bindsWithoutReuse(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    const bool bound = fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    if (fd >= 0)
        ::close(fd);
    return bound;
}

} // namespace

class TestLoopbackPorts : public QObject
{
    Q_OBJECT

private slots:
    void freePortIsFree();
    void freeAvoidsTakenPorts();
    void inUseOnIPv4Loopback();
    void inUseOnEveryAddress();
    void inUseOnIPv6LoopbackOnly();
    void freeAgainWhenClosed();
    void freeWithConnectionsInTimeWait();
};

void TestLoopbackPorts::freePortIsFree()
{
    const int port = LoopbackPorts::free();
    QVERIFY(port > 0 && port <= 65535);
    QVERIFY(LoopbackPorts::isFree(port));
    QTcpServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost, quint16(port)), qPrintable(server.errorString()));
}

void TestLoopbackPorts::freeAvoidsTakenPorts()
{
    QList<int> taken;
    for (int i = 0; i < 5; ++i) {
        const int port = LoopbackPorts::free(taken);
        QVERIFY(port > 0);
        QVERIFY2(!taken.contains(port), qPrintable(QString::number(port)));
        taken << port;
    }
}

void TestLoopbackPorts::inUseOnIPv4Loopback()
{
    QTcpServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost), qPrintable(server.errorString()));
    QVERIFY(!LoopbackPorts::isFree(server.serverPort()));
}

void TestLoopbackPorts::inUseOnEveryAddress()
{
    QTcpServer server;
    QVERIFY2(server.listen(QHostAddress::AnyIPv4), qPrintable(server.errorString()));
    QVERIFY(!LoopbackPorts::isFree(server.serverPort()));
}

void TestLoopbackPorts::inUseOnIPv6LoopbackOnly()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHostIPv6))
        QSKIP(qPrintable(QStringLiteral("no IPv6 on the loopback here: ") + server.errorString()));
    const quint16 port = server.serverPort();
    {
        // Nothing on 127.0.0.1 with that port, or the test would prove nothing.
        QTcpServer ipv4;
        if (!ipv4.listen(QHostAddress::LocalHost, port))
            QSKIP("the port the system gave on ::1 is taken on 127.0.0.1 too");
    }
    QVERIFY(!LoopbackPorts::isFree(port));
}

void TestLoopbackPorts::freeAgainWhenClosed()
{
    QTcpServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost), qPrintable(server.errorString()));
    const quint16 port = server.serverPort();
    QVERIFY(!LoopbackPorts::isFree(port));
    server.close();
    QVERIFY(LoopbackPorts::isFree(port));
}

// The server's end closes first, so its port keeps the connection in TIME_WAIT after the
// listener is gone: PostgreSQL binds such a port again, and so may a cluster.
void TestLoopbackPorts::freeWithConnectionsInTimeWait()
{
    QTcpServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost), qPrintable(server.errorString()));
    const quint16 port = server.serverPort();
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY2(client.waitForConnected(patience), qPrintable(client.errorString()));
    QVERIFY(server.waitForNewConnection(patience));
    QTcpSocket *accepted = server.nextPendingConnection();
    QVERIFY(accepted);
    accepted->disconnectFromHost();
    QVERIFY(client.state() == QAbstractSocket::UnconnectedState || client.waitForDisconnected(patience));
    client.close();
    server.close();
    // Still held for a socket that does not ask to reuse the address: what LoopbackPorts
    // must see past.
    QVERIFY(!bindsWithoutReuse(port));
    QVERIFY(LoopbackPorts::isFree(port));
}

QTEST_GUILESS_MAIN(TestLoopbackPorts)
#include "tst_LoopbackPorts.moc"
