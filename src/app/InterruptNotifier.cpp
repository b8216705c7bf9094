#include "InterruptNotifier.h"

#include <fcntl.h>
#include <unistd.h>

namespace shardscope {

namespace {

// A signal handler may only write(): the byte wakes the event loop.
int wakeup[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(wakeup[1], &byte, 1);
}

} // namespace

InterruptNotifier::InterruptNotifier(std::function<void()> interrupted)
{
    if (::pipe2(wakeup, O_CLOEXEC | O_NONBLOCK) != 0)
        return; // Ctrl-C then ends the program, as it would anyway
    m_notifier = std::make_unique<QSocketNotifier>(wakeup[0], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [interrupted = std::move(interrupted)] {
        char byte;
        while (::read(wakeup[0], &byte, 1) > 0) {
        }
        interrupted();
    });
    struct sigaction action {};
    action.sa_handler = onSignal;
    ::sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &m_oldInt);
    ::sigaction(SIGTERM, &action, &m_oldTerm);
}

InterruptNotifier::~InterruptNotifier()
{
    if (!m_notifier)
        return;
    ::sigaction(SIGINT, &m_oldInt, nullptr);
    ::sigaction(SIGTERM, &m_oldTerm, nullptr);
    m_notifier.reset();
    ::close(wakeup[0]);
    ::close(wakeup[1]);
}

} // namespace shardscope
