#include "PgCopyWriter.h"

#include <QElapsedTimer>

#include <libpq-fe.h>

namespace shardscope {

namespace {

constexpr qsizetype chunkBytes = 64 * 1024; // what libpq sends in one CopyData message
constexpr qint64 sliceMs = 10;

} // namespace

PgCopyWriter::PgCopyWriter(CopyRowSource source)
    : m_source(std::move(source))
{
}

void PgCopyWriter::abort(const QByteArray &reason)
{
    if (m_endQueued)
        return;
    m_abortReason = reason;
    m_chunk.clear();
    m_chunkRows = 0;
}

PgCopyWriter::Step PgCopyWriter::pump(PGconn *connection)
{
    QElapsedTimer slice;
    slice.start();
    for (;;) {
        const int queued = m_endQueued ? 1 : queueMore(connection);
        if (queued < 0)
            return Step::Failed;
        if (queued == 0)
            return Step::WaitWritable;
        // Flushing after every chunk keeps libpq's buffer from growing with the whole table.
        const int pending = PQflush(connection);
        if (pending < 0)
            return Step::Failed;
        if (pending > 0)
            return Step::WaitWritable;
        if (m_endQueued)
            return Step::Sent;
        if (slice.elapsed() >= sliceMs)
            return Step::WaitWritable; // still writable: back at the next event loop turn
    }
}

int PgCopyWriter::queueMore(PGconn *connection)
{
    if (m_chunk.isEmpty() && !m_abortReason && !m_sourceDone)
        fillChunk();
    if (m_chunk.isEmpty()) {
        const int result = PQputCopyEnd(connection, m_abortReason ? m_abortReason->constData() : nullptr);
        m_endQueued = result == 1;
        return result;
    }
    const int result = PQputCopyData(connection, m_chunk.constData(), int(m_chunk.size()));
    if (result == 1) {
        m_rowsSent += m_chunkRows;
        m_chunkRows = 0;
        m_chunk.resize(0); // keeps the capacity for the next chunk
    }
    return result;
}

void PgCopyWriter::fillChunk()
{
    m_chunk.reserve(chunkBytes + 1024);
    while (m_chunk.size() < chunkBytes) {
        if (!m_source(m_chunk)) {
            m_sourceDone = true;
            return;
        }
        ++m_chunkRows;
    }
}

} // namespace shardscope
