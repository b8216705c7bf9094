#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace shardscope {

// What a Compose project has in the Docker engine: its containers (running or not), its
// volumes and its networks, as `docker ps`, `docker volume ls` and `docker network ls`
// list them by the project's label.
class ComposeResources
{
    Q_DECLARE_TR_FUNCTIONS(ComposeResources)

public:
    struct Container {
        QString service; // coordinator, worker1, register-2
        QString state;   // running, created, exited, restarting...
        QString ports;   // as docker ps shows them: 127.0.0.1:5432->5432/tcp
    };

    QList<Container> containers;
    QStringList volumes;
    QStringList networks;

    bool isEmpty() const { return containers.isEmpty() && volumes.isEmpty() && networks.isEmpty(); }
    // True when a container of the project publishes port on 127.0.0.1.
    bool publishes(int port) const;
    // In words, for a person: "2 containers running (worker1, worker2), 1 container not
    // running (coordinator), 1 network, 3 volumes". Empty when there is nothing.
    QString describe() const;
};

} // namespace shardscope

Q_DECLARE_METATYPE(shardscope::ComposeResources)
