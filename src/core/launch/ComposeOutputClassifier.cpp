#include "ComposeOutputClassifier.h"

#include <QRegularExpression>

#include <algorithm>
#include <initializer_list>

namespace shardscope {

namespace {

bool containsAny(const QString &line, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (line.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// v2 prints "permission denied while trying to connect to the Docker daemon socket at
// unix:///var/run/docker.sock"; v1's Python client a PermissionError. Checked before the
// daemon: the v2 message also speaks of connecting to it.
bool isPermissionDenied(const QString &line)
{
    return (line.contains(QLatin1String("permission denied"), Qt::CaseInsensitive)
            && containsAny(line, {"docker.sock", "docker daemon socket"}))
        || line.contains(QLatin1String("PermissionError(13"));
}

bool isDaemonDown(const QString &line)
{
    return containsAny(line, {"Cannot connect to the Docker daemon", "Couldn't connect to Docker daemon",
                              "Is the docker daemon running", "Error while fetching server API version"});
}

bool isPortTaken(const QString &line)
{
    return containsAny(line, {"port is already allocated", "address already in use"});
}

// Registry answers (v1 and v2 print the daemon's words) and the network errors of a pull:
// nothing else in `up` goes to the network.
bool isPullFailure(const QString &line)
{
    return containsAny(line, {"pull access denied", "manifest unknown", "repository does not exist",
                              "failed to resolve reference", "error pulling image", "toomanyrequests",
                              "no such host", "i/o timeout", "TLS handshake timeout", "Client.Timeout exceeded",
                              "network is unreachable", "connection reset by peer"})
        || (line.contains(QLatin1String("manifest for"), Qt::CaseInsensitive)
            && line.contains(QLatin1String("not found"), Qt::CaseInsensitive));
}

int takenPort(const QStringList &output, int fallback)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(Bind for [^\s]*:(\d+) failed|listen tcp[46]? [^\s]*:(\d+): bind)"));
    for (const QString &line : output) {
        const QRegularExpressionMatch match = pattern.match(line);
        if (match.hasMatch())
            return (match.captured(1).isEmpty() ? match.captured(2) : match.captured(1)).toInt();
    }
    return fallback;
}

QString lastLine(const QStringList &output)
{
    for (auto line = output.crbegin(); line != output.crend(); ++line) {
        if (!line->trimmed().isEmpty())
            return line->trimmed();
    }
    return {};
}

// docker-compose v1 is Python: when it fails unexpectedly it prints tracebacks, one for
// each exception raised while handling the one before, each ending with the exception's
// own line ("docker.errors.DockerException: Error while fetching server API version: …").
// The last of them says why; the frames above it are Compose's insides.
QString pythonException(const QStringList &output)
{
    static const QRegularExpression exception(QStringLiteral(R"(^[A-Za-z_][\w.]*(Error|Exception|Exit)\b.*)"));
    static const QString traceback = QStringLiteral("Traceback (most recent call last):");
    if (std::none_of(output.cbegin(), output.cend(), [](const QString &line) { return line.startsWith(traceback); }))
        return {};
    for (auto line = output.crbegin(); line != output.crend(); ++line) {
        if (exception.match(*line).hasMatch())
            return line->trimmed();
    }
    return {};
}

} // namespace

QString ComposeOutputClassifier::cause(const QStringList &output, bool (*test)(const QString &))
{
    if (const QString exception = pythonException(output); !exception.isEmpty())
        return exception;
    if (test) {
        const auto line = std::find_if(output.cbegin(), output.cend(), test);
        if (line != output.cend())
            return line->trimmed();
    }
    return lastLine(output);
}

QString ComposeOutputClassifier::portInUse(int port)
{
    return tr("Port %1 on 127.0.0.1 is already in use, perhaps by another PostgreSQL server or container. Stop "
              "what uses it or choose another port for the coordinator.")
        .arg(port);
}

LaunchError ComposeOutputClassifier::classify(const QStringList &output, int exitCode, int port)
{
    LaunchError error = kindOf(output, exitCode, port);
    error.log = output.join(QLatin1Char('\n'));
    return error;
}

LaunchError ComposeOutputClassifier::kindOf(const QStringList &output, int exitCode, int port)
{
    using Kind = LaunchError::Kind;
    const auto any = [&output](bool (*test)(const QString &)) {
        return std::any_of(output.cbegin(), output.cend(), test);
    };
    const auto failure = [&output](Kind kind, const QString &message, bool (*test)(const QString &)) {
        LaunchError error(kind, message);
        error.cause = cause(output, test);
        return error;
    };
    if (any(isPermissionDenied)) {
        return failure(Kind::DockerPermissionDenied,
                       tr("You may not use Docker: permission denied on its socket (/var/run/docker.sock). "
                          "Add yourself to the docker group (sudo usermod -aG docker $USER, then log out and in "
                          "again) or use rootless Docker."),
                       isPermissionDenied);
    }
    if (any(isDaemonDown)) {
        return failure(Kind::DaemonNotRunning,
                       tr("The Docker daemon is not running. Start it (sudo systemctl start docker, or open "
                          "Docker Desktop) and try again."),
                       isDaemonDown);
    }
    if (any(isPortTaken)) {
        return failure(Kind::PortInUse, portInUse(takenPort(output, port)), isPortTaken);
    }
    if (any(isPullFailure)) {
        return failure(Kind::ImagePullFailed,
                       tr("The Citus image could not be downloaded. Check the network connection, the image "
                          "name and tag (CITUS_IMAGE in .env) and Docker Hub's download limits."),
                       isPullFailure);
    }
    const QString last = lastLine(output);
    const QString message = exitCode < 0
        ? tr("Docker Compose was stopped by a signal.")
        : last.isEmpty() ? tr("Docker Compose failed with exit status %1.").arg(exitCode)
                         : tr("Docker Compose failed with exit status %1: %2").arg(exitCode).arg(last);
    return failure(Kind::Failed, message, nullptr);
}

} // namespace shardscope
