#pragma once

#include "PgError.h"

#include <QCoreApplication>

#include <functional>

class QObject;

namespace shardscope {

// Asks the server to cancel the statement running on a connection. PQcancel opens a new
// connection and waits for the server (libpq 15 has no non-blocking form, and ignores
// connect_timeout there), so it runs in a thread of its own and never stalls the caller.
class PgCancelRequest
{
    Q_DECLARE_TR_FUNCTIONS(PgCancelRequest)

public:
    // False when the connection has nothing to cancel with (it is broken). Otherwise
    // onFailure runs in receiver's thread if the request could not be delivered, unless
    // receiver is gone by then; a null receiver sends and forgets.
    static bool send(pg_conn *connection, QObject *receiver,
                     std::function<void(const PgError &)> onFailure);
};

} // namespace shardscope
