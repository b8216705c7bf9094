#pragma once

// A loopback socket listening on a port of its own for as long as it lives, as another
// server would: a cluster cannot then have that port.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

class PortSquatter
{
public:
    PortSquatter()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) == 0 && ::listen(m_fd, 1) == 0
            && ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            m_port = ntohs(address.sin_port);
    }
    ~PortSquatter()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    PortSquatter(const PortSquatter &) = delete;
    PortSquatter &operator=(const PortSquatter &) = delete;

    // 0 when no port could be taken.
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};
