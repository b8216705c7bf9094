#pragma once

#include <QSocketNotifier>

#include <csignal>
#include <functional>
#include <memory>

namespace shardscope {

// While it lives, SIGINT and SIGTERM call interrupted from the event loop instead of
// ending the program: a command can then stop the tools it started, which run in a
// process group of their own where Ctrl-C does not reach them. One at a time.
class InterruptNotifier
{
public:
    explicit InterruptNotifier(std::function<void()> interrupted);
    ~InterruptNotifier();
    InterruptNotifier(const InterruptNotifier &) = delete;
    InterruptNotifier &operator=(const InterruptNotifier &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
};

} // namespace shardscope
