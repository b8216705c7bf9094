#include "LoopbackPorts.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace shardscope {

namespace {

// Binds port (0: the kernel picks one) and returns the port bound; 0 when it failed.
int bindLoopback(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    // As PostgreSQL binds: connections of a server just stopped linger in TIME_WAIT on its
    // port, which a restart on that port may take over.
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(quint16(port));
    socklen_t length = sizeof address;
    int bound = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), length) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        bound = ntohs(address.sin_port);
    ::close(fd);
    return bound;
}

} // namespace

int LoopbackPorts::free(const QList<int> &taken)
{
    // The kernel may hand out a port it just gave: ask again until it is a new one.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int port = bindLoopback(0);
        if (port != 0 && !taken.contains(port))
            return port;
    }
    return 0;
}

bool LoopbackPorts::isFree(int port)
{
    return bindLoopback(port) == port;
}

} // namespace shardscope
