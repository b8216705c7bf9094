#include "PgCancelRequest.h"

#include <QThread>

#include <libpq-fe.h>

#include <memory>

namespace shardscope {

bool PgCancelRequest::send(PGconn *connection, QObject *receiver,
                           std::function<void(const PgError &)> onFailure)
{
    PGcancel *cancel = PQgetCancel(connection);
    if (!cancel)
        return false;
    // Written by the thread, read after QThread::finished has been delivered.
    auto failure = std::make_shared<QString>();
    QThread *thread = QThread::create([cancel, failure] {
        char buffer[256] = {};
        if (!PQcancel(cancel, buffer, sizeof buffer))
            *failure = QString::fromLocal8Bit(buffer).trimmed();
        PQfreeCancel(cancel);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    if (receiver) {
        QObject::connect(thread, &QThread::finished, receiver, [failure, onFailure = std::move(onFailure)] {
            if (!failure->isEmpty())
                onFailure(PgError::client(PgError::Kind::Other,
                                          tr("could not cancel the statement: %1").arg(*failure)));
        });
    }
    thread->start();
    return true;
}

} // namespace shardscope
