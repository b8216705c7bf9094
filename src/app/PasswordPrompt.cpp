#include "PasswordPrompt.h"

#include <csignal>
#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace shardscope {

#ifdef Q_OS_UNIX

namespace {

termios shownTerminal;

// Ctrl-C at the prompt must not leave the user's terminal without echo.
extern "C" void restoreEchoAndDie(int signal)
{
    ::tcsetattr(STDIN_FILENO, TCSANOW, &shownTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Echo off on a terminal from construction to destruction; nothing elsewhere.
class HiddenTyping
{
public:
    HiddenTyping()
    {
        if (!::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &shownTerminal) != 0)
            return;
        m_hidden = true;
        for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
            std::signal(signal, restoreEchoAndDie);
        termios hidden = shownTerminal;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    ~HiddenTyping()
    {
        if (!m_hidden)
            return;
        ::tcsetattr(STDIN_FILENO, TCSANOW, &shownTerminal);
        for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
            std::signal(signal, SIG_DFL);
        std::fputc('\n', stderr); // the Enter typed was not echoed either
    }
    HiddenTyping(const HiddenTyping &) = delete;
    HiddenTyping &operator=(const HiddenTyping &) = delete;

    bool hidden() const { return m_hidden; }

private:
    bool m_hidden = false;
};

} // namespace

#endif

QString PasswordPrompt::read(const QString &prompt)
{
    std::string line;
    {
#ifdef Q_OS_UNIX
        HiddenTyping typing;
        if (typing.hidden()) {
            std::fputs(prompt.toLocal8Bit().constData(), stderr);
            std::fflush(stderr);
        }
#else
        Q_UNUSED(prompt);
#endif
        int c;
        while ((c = std::getchar()) != EOF && c != '\n')
            line.push_back(char(c));
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

} // namespace shardscope
