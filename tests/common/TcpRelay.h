#pragma once

// A coordinator's address that can vanish: connections to the relay's port are passed on
// to the real server until close(), which drops them and stops listening, as a stopped
// cluster does. Tests of a cluster going away use it where they cannot stop a shared one.

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

class TcpRelay : public QObject
{
public:
    TcpRelay(const QString &host, quint16 port)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this, host, port] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *server = new QTcpSocket(client);
                pipe(client, server);
                pipe(server, client);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                server->connectToHost(host, port);
            }
        });
    }

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }

    void close()
    {
        m_server.close();
        for (QTcpSocket *client : m_server.findChildren<QTcpSocket *>(QString(), Qt::FindDirectChildrenOnly))
            client->abort();
    }

private:
    // What one side sends, the other gets; bytes read before the server's side is connected
    // wait in its write buffer.
    static void pipe(QTcpSocket *from, QTcpSocket *to)
    {
        QObject::connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
    }

    QTcpServer m_server;
};
