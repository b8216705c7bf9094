#pragma once

#include "ExplainOutput.h"
#include "PlanDocument.h"
#include "PlanParseError.h"

#include <QObject>

#include <functional>
#include <optional>

namespace shardscope {

// Reads and analyses plans on a worker thread so that the window stays responsive while
// a 10,000-node plan is parsed. Only the newest request counts: a later request or
// cancel() drops the result of an earlier one when it arrives (a parser cannot be
// interrupted half-way, but nobody has to wait for it).
class PlanLoader : public QObject
{
    Q_OBJECT

public:
    explicit PlanLoader(QObject *parent = nullptr);

    void loadFile(const QString &path);
    // Text as pasted or dropped; psql decorations are fine. name is what to call it.
    void loadText(const QByteArray &text, const QString &name);
    void cancel();
    bool isBusy() const { return m_current != 0; }

signals:
    void busyChanged(bool busy);
    void loaded(shardscope::PlanDocumentPtr document);
    // name: the file name or text name of the request; error: the parser's line:column message.
    void failed(const QString &name, const shardscope::PlanParseError &error);

private:
    using Reader = std::function<std::optional<ExplainOutput>(PlanParseError *)>;
    void start(Reader read, const QString &name, const QString &path);

    quint64 m_lastRequest = 0;
    quint64 m_current = 0; // the request whose result is awaited; 0 when idle
};

} // namespace shardscope
