#include "PsqlOutputCleaner.h"

#include <QByteArrayView>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace shardscope {

namespace {

// psql prints the header of a result before its rows, after at most the echoed statements
// and the server's messages: only this much of the text is searched for one.
constexpr qsizetype headerSearch = 256 * 1024;

struct Line {
    int number = 0; // 1-based
    qsizetype start = 0;
    qsizetype end = 0; // before the '\n' (and any '\r')
};

// The lines of text, in order; visit(line) returns false to stop.
template<typename Visit>
void forEachLine(const QByteArray &text, qsizetype from, int number, Visit visit)
{
    while (from < text.size()) {
        qsizetype end = text.indexOf('\n', from);
        const qsizetype next = end < 0 ? text.size() : end + 1;
        if (end < 0)
            end = text.size();
        if (end > from && text.at(end - 1) == '\r')
            --end;
        if (!visit(Line{number, from, end}))
            return;
        from = next;
        ++number;
    }
}

QByteArrayView lineText(const QByteArray &text, const Line &line)
{
    return QByteArrayView(text).sliced(line.start, line.end - line.start);
}

bool isBlank(QByteArrayView line)
{
    return line.trimmed().isEmpty();
}

// A rule under the header: "-" and "+" in psql's default ASCII line style, "─" and "┼" in
// its unicode one (\pset linestyle unicode), as people often paste it.
bool isDashLine(QByteArrayView line, bool columnSeparators)
{
    static constexpr QByteArrayView horizontal("\u2500");
    static constexpr QByteArrayView cross("\u253C");
    QByteArrayView rest = line.trimmed();
    if (rest.isEmpty())
        return false;
    while (!rest.isEmpty()) {
        if (rest.front() == '-' || (columnSeparators && rest.front() == '+'))
            rest = rest.sliced(1);
        else if (rest.startsWith(horizontal))
            rest = rest.sliced(horizontal.size());
        else if (columnSeparators && rest.startsWith(cross))
            rest = rest.sliced(cross.size());
        else
            return false;
    }
    return true;
}

// "(3 rows)", "(1 row)", and as psql says it in other languages: "(11 lignes)", "(3 filas)".
bool isRowCountFooter(QByteArrayView line)
{
    const QByteArrayView trimmed = line.trimmed();
    if (!trimmed.startsWith('(') || !trimmed.endsWith(')'))
        return false;
    const QByteArrayView inside = trimmed.sliced(1, trimmed.size() - 2);
    const qsizetype space = inside.indexOf(' ');
    if (space <= 0 || space == inside.size() - 1)
        return false;
    for (char c : inside.first(space)) {
        if (c < '0' || c > '9')
            return false;
    }
    for (char c : inside.sliced(space + 1)) {
        if (c == ' ' || c == '(' || c == ')' || c == ':' || c == '=')
            return false;
    }
    return true;
}

// The header of a one-column aligned result: a name centred over a line of dashes as wide
// as the column ("+" in the dashes would separate columns). A terminal may have cut the
// header's trailing padding, never made it wider.
bool isSingleColumnHeader(QByteArrayView header, QByteArrayView dashes)
{
    const QByteArrayView name = header.trimmed();
    return !name.isEmpty() && !name.contains('|') && header.size() <= dashes.size() && isDashLine(dashes, false);
}

std::optional<SkippedLine::Kind> kindOf(QByteArrayView line)
{
    // "NOTICE:  ...", also as psql prints it running a file: "psql:setup.sql:3: NOTICE:  ...".
    static const QRegularExpression message(QStringLiteral(
        "^(psql:\\S*: )?(DEBUG[1-5]?|LOG|INFO|NOTICE|WARNING|ERROR|DETAIL|HINT|CONTEXT|STATEMENT|LOCATION):  ?"));
    // PROMPT1 and PROMPT2 by default: database, state (=, -, quote, paren...), transaction, # or >.
    static const QRegularExpression prompt(QStringLiteral("^[^\\s=#>]+[=^!\\-*'\"$(][*!?]?[#>](\\s|$)"));
    // What psql prints after a statement that returns no rows: "ROLLBACK", "INSERT 0 1".
    static const QRegularExpression commandTag(QStringLiteral("^[A-Z]+( [A-Z]+)*( [0-9]+)*$"));
    // The start tells messages and prompts: a one-line JSON plan of megabytes is not decoded.
    constexpr qsizetype startLength = 256;
    const QByteArrayView trimmed = line.trimmed();
    const QString start = QString::fromUtf8(trimmed.first(std::min(trimmed.size(), startLength)));
    if (message.match(start).hasMatch())
        return SkippedLine::Kind::Message;
    if (prompt.match(start).hasMatch())
        return SkippedLine::Kind::Prompt;
    // A statement starts at the left edge (a plan's own lines at the left never end in ';').
    if ((!line.startsWith(' ') && trimmed.endsWith(';'))
        || (trimmed.size() < startLength && commandTag.match(start).hasMatch()))
        return SkippedLine::Kind::Statement;
    return std::nullopt;
}

void skip(const QByteArray &text, const Line &line, SkippedLine::Kind kind, std::vector<SkippedLine> &skipped)
{
    skipped.push_back({line.number, kind, QString::fromUtf8(lineText(text, line).trimmed())});
}

// Outside a result every line is skipped: it is what the user typed or the server said.
void skipAll(const QByteArray &text, const std::vector<Line> &lines, std::vector<SkippedLine> &skipped)
{
    for (const Line &line : lines) {
        const QByteArrayView content = lineText(text, line);
        if (!isBlank(content))
            skip(text, line, kindOf(content).value_or(SkippedLine::Kind::Statement), skipped);
    }
}

// Where the plan ends: before the lines at the end that are clearly not plan (a prompt, a
// statement typed after it, a message), which go to skipped in order.
size_t planEnd(const QByteArray &text, const std::vector<Line> &lines, std::vector<SkippedLine> &skipped)
{
    size_t end = lines.size();
    while (end > 0) {
        const QByteArrayView content = lineText(text, lines[end - 1]);
        if (!isBlank(content) && !kindOf(content))
            break;
        --end;
    }
    for (size_t i = end; i < lines.size(); ++i) {
        const QByteArrayView content = lineText(text, lines[i]);
        if (!isBlank(content))
            skip(text, lines[i], *kindOf(content), skipped);
    }
    return end;
}

struct Header {
    Line line;
    Line dashes;
};

// The "QUERY PLAN" header if there is one, else the first one-column header, near the start.
std::optional<Header> findHeader(const QByteArray &text)
{
    std::optional<Header> queryPlan;
    std::optional<Header> singleColumn;
    std::optional<Line> previous;
    forEachLine(text, 0, 1, [&](const Line &line) {
        if (line.start > headerSearch)
            return false;
        if (previous) {
            const QByteArrayView header = lineText(text, *previous);
            const QByteArrayView dashes = lineText(text, line);
            if (header.trimmed() == "QUERY PLAN" && isDashLine(dashes, true)) {
                queryPlan = Header{*previous, line};
                return false;
            }
            if (!singleColumn && isSingleColumnHeader(header, dashes))
                singleColumn = Header{*previous, line};
        }
        previous = line;
        return true;
    });
    return queryPlan ? queryPlan : singleColumn;
}

// One cell line of aligned mode as the server sent it.
void appendCellLine(QByteArrayView line, QByteArray &out)
{
    if (line.startsWith(' '))
        line = line.sliced(1);
    // Aligned mode pads every line to the column width and ends a line that
    // continues in the same cell with " +".
    while (line.endsWith(' '))
        line.chop(1);
    // " ↵" in the unicode line style.
    static constexpr QByteArrayView newline("\u21B5");
    if (line.endsWith('+') || line.endsWith(newline)) {
        line.chop(line.endsWith('+') ? 1 : newline.size());
        while (line.endsWith(' '))
            line.chop(1);
    }
    out += line;
    out += '\n';
}

PsqlOutputCleaner::Result cleanResult(const QByteArray &text, const Header &header)
{
    PsqlOutputCleaner::Result result;
    std::vector<Line> before;
    forEachLine(text, 0, 1, [&](const Line &line) {
        if (line.start >= header.line.start)
            return false;
        before.push_back(line);
        return true;
    });
    skipAll(text, before, result.skipped);

    std::vector<Line> body;
    std::vector<Line> after;
    bool footer = false;
    forEachLine(text, header.dashes.end + 1, header.dashes.number + 1, [&](const Line &line) {
        if (footer)
            after.push_back(line);
        else if (isRowCountFooter(lineText(text, line)))
            footer = true;
        else
            body.push_back(line);
        return true;
    });
    // Without its footer the result was cut short: a prompt may follow the last row.
    const size_t end = footer ? body.size() : planEnd(text, body, result.skipped);
    result.text.reserve(text.size());
    for (size_t i = 0; i < end; ++i)
        appendCellLine(lineText(text, body[i]), result.text);
    skipAll(text, after, result.skipped);
    return result;
}

// Text without a header: as the server sent it, or copied without psql's decorations.
// Prompts and messages may lead; prompts, messages and statements may follow.
PsqlOutputCleaner::Result cleanBare(const QByteArray &text)
{
    PsqlOutputCleaner::Result result;
    qsizetype start = 0;
    forEachLine(text, 0, 1, [&](const Line &line) {
        const QByteArrayView content = lineText(text, line);
        const auto kind = kindOf(content);
        const bool leading = isBlank(content)
            || (kind && (*kind == SkippedLine::Kind::Message || *kind == SkippedLine::Kind::Prompt));
        if (!leading)
            return false;
        if (kind)
            skip(text, line, *kind, result.skipped);
        start = line.end < text.size() ? line.end + 1 : text.size();
        return true;
    });
    // Only the last lines can be trailing text: a plan has at most a few lines of its own
    // after its last node. Walk back to the start of a short tail, never the whole text.
    constexpr int tailLines = 64;
    qsizetype tailStart = text.size();
    for (int n = 0; n < tailLines && tailStart > start; ++n)
        tailStart = (tailStart >= 2 ? text.lastIndexOf('\n', tailStart - 2) : -1) + 1;
    tailStart = std::max(tailStart, start);
    std::vector<Line> tail;
    forEachLine(text, tailStart, 1, [&tail](const Line &line) {
        tail.push_back(line);
        return true;
    });
    std::vector<SkippedLine> trailing;
    const size_t end = planEnd(text, tail, trailing);
    // Numbered from the tail's start so far; counting lines from the top only when needed.
    const int tailLine = trailing.empty() ? 0 : int(QByteArrayView(text).first(tailStart).count('\n'));
    for (SkippedLine &line : trailing) {
        line.line += tailLine;
        result.skipped.push_back(std::move(line));
    }
    if (result.skipped.empty()) {
        result.text = text;
        return result;
    }
    const qsizetype stop = end < tail.size() ? tail[end].start : text.size();
    result.text = text.mid(start, stop - start);
    return result;
}

} // namespace

PsqlOutputCleaner::Result PsqlOutputCleaner::clean(const QByteArray &text)
{
    if (const std::optional<Header> header = findHeader(text))
        return cleanResult(text, *header);
    return cleanBare(text);
}

} // namespace shardscope
