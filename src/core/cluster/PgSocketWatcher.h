#pragma once

#include <QObject>

class QSocketNotifier;

namespace shardscope {

// Read and write readiness of libpq's socket, which can change while a connection is set
// up (another host, or a retry without SSL) and closes when the connection breaks.
class PgSocketWatcher : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts watching socket, or moves over to it when it is another one.
    void watch(qintptr socket, bool read, bool write);
    void setWriteEnabled(bool enabled);
    void stop();

signals:
    void readable();
    void writable();

private:
    // Notifiers may be stopped from their own activated() signal, hence deleteLater().
    static void release(QSocketNotifier *&notifier);

    qintptr m_socket = -1;
    QSocketNotifier *m_read = nullptr;
    QSocketNotifier *m_write = nullptr;
};

} // namespace shardscope
