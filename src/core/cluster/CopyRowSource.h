#pragma once

#include <QByteArray>

#include <functional>

namespace shardscope {

// Feeds PgConnection::copyIn(). Each call appends the next row, in COPY's text format and
// ending with a newline (CopyTextFormat::appendRow writes that), to the buffer and returns
// true; at the end it appends nothing and returns false. Called on the connection's thread,
// a chunk of rows at a time, so it should not block.
using CopyRowSource = std::function<bool(QByteArray &buffer)>;

} // namespace shardscope
