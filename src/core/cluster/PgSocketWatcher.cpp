#include "PgSocketWatcher.h"

#include <QSocketNotifier>

namespace shardscope {

void PgSocketWatcher::watch(qintptr socket, bool read, bool write)
{
    if (socket != m_socket || !m_read) {
        stop();
        m_socket = socket;
        m_read = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        m_write = new QSocketNotifier(socket, QSocketNotifier::Write, this);
        connect(m_read, &QSocketNotifier::activated, this, &PgSocketWatcher::readable);
        connect(m_write, &QSocketNotifier::activated, this, &PgSocketWatcher::writable);
    }
    m_read->setEnabled(read);
    m_write->setEnabled(write);
}

void PgSocketWatcher::setWriteEnabled(bool enabled)
{
    if (m_write)
        m_write->setEnabled(enabled);
}

void PgSocketWatcher::stop()
{
    release(m_read);
    release(m_write);
    m_socket = -1;
}

void PgSocketWatcher::release(QSocketNotifier *&notifier)
{
    if (!notifier)
        return;
    notifier->setEnabled(false);
    notifier->disconnect();
    notifier->deleteLater();
    notifier = nullptr;
}

} // namespace shardscope
