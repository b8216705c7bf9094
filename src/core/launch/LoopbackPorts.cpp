#include "LoopbackPorts.h"

// Qt Network rather than BSD sockets, measured (issue 16): with the ::1 check the socket
// code took 71 lines of sockaddr casts and errno, QTcpServer takes 42. The cost is a link
// to libQt6Network in this library and in the program: no new package (qt6-base-dev
// builds it; qt6-qpa-plugins, which the .deb needs anyway, installs libqt6network6), two
// more shared libraries at start-up (`shardscope --version`: 1398 -> 1431 page faults,
// task-clock within noise, about 70 ms either way), and the same compile time for this file.
#include <QTcpServer>

namespace shardscope {

namespace {

// Whether a server could listen on the port (0: the system picks one) at 127.0.0.1, and
// at ::1 where this machine has IPv6: a client asking for "localhost" may get either, and
// would reach whatever listens there. QTcpServer binds as PostgreSQL does, with
// SO_REUSEADDR: connections of a server just stopped linger in TIME_WAIT on its port,
// which a restart on that port may take over. bound is the port tried.
bool canListenOnLoopback(quint16 port, quint16 *bound)
{
    QTcpServer ipv4;
    if (!ipv4.listen(QHostAddress::LocalHost, port))
        return false;
    *bound = ipv4.serverPort();
    QTcpServer ipv6;
    return ipv6.listen(QHostAddress::LocalHostIPv6, *bound) || ipv6.serverError() != QAbstractSocket::AddressInUseError;
}

} // namespace

int LoopbackPorts::free(const QList<int> &taken)
{
    // The system may hand out a port it just gave: ask again until it is a new one.
    for (int attempt = 0; attempt < 100; ++attempt) {
        quint16 port = 0;
        if (canListenOnLoopback(0, &port) && !taken.contains(port))
            return port;
    }
    return 0;
}

bool LoopbackPorts::isFree(int port)
{
    quint16 bound = 0;
    return port > 0 && port <= 65535 && canListenOnLoopback(quint16(port), &bound);
}

} // namespace shardscope
