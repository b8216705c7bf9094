#pragma once

#include "CopyRowSource.h"

#include <optional>

struct pg_conn;

namespace shardscope {

// Streams the rows of a COPY ... FROM STDIN through a non-blocking libpq connection in
// chunks, never queueing more than a chunk beyond what the socket has taken, and ends the
// COPY normally or, when aborted, with a failure message the server reports as 57014.
class PgCopyWriter
{
public:
    enum class Step {
        WaitWritable, // call pump() again when the socket is writable
        Sent,         // every row and the end went out: the result follows
        Failed,       // libpq refused (the server ended the COPY, or the connection broke)
    };

    explicit PgCopyWriter(CopyRowSource source);

    // The server has entered COPY mode.
    void start() { m_started = true; }
    bool started() const { return m_started; }
    // Started and the end not yet queued: abort() still stops it.
    bool streaming() const { return m_started && !m_endQueued; }
    void abort(const QByteArray &reason);
    // Sends for at most a few milliseconds, so the event loop keeps turning.
    Step pump(pg_conn *connection);
    qint64 rowsSent() const { return m_rowsSent; }

private:
    // libpq's 1 (queued), 0 (its buffer is full) or -1 (error).
    int queueMore(pg_conn *connection);
    void fillChunk();

    CopyRowSource m_source;
    QByteArray m_chunk;
    qint64 m_chunkRows = 0;
    qint64 m_rowsSent = 0;
    bool m_started = false;
    bool m_sourceDone = false;
    bool m_endQueued = false;
    std::optional<QByteArray> m_abortReason;
};

} // namespace shardscope
