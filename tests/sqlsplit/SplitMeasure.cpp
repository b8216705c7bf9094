#include "SplitMeasure.h"

#include "SqlStatementInfo.h"
#include "SqlStatementSplitter.h"

#include <QElapsedTimer>
#include <QHash>

using pgquery::Span;
using shardscope::SqlStatementInfo;
using shardscope::SqlStatementSplitter;

namespace {

// offsets[i]: the UTF-8 bytes before text[i] (one more entry for the end).
QList<int> utf8Offsets(const QString &text)
{
    QList<int> offsets;
    offsets.reserve(text.size() + 1);
    int bytes = 0;
    for (const QChar c : text) {
        offsets << bytes;
        if (c.isHighSurrogate())
            bytes += 4; // with its low surrogate, which adds nothing
        else if (!c.isLowSurrogate())
            bytes += c.unicode() < 0x80 ? 1 : c.unicode() < 0x800 ? 2 : 3;
    }
    offsets << bytes;
    return offsets;
}

QByteArray textOf(const QByteArray &sql, Span span)
{
    return sql.mid(span.begin, span.end - span.begin);
}

bool writesByParse(const QByteArray &statement)
{
    const auto trees = pgquery::parse(statement);
    return !trees || trees->size() != 1 || PsqlScript::writesByTree(trees->first());
}

Splitter pgQuery(const QString &name, std::function<std::optional<QList<Span>>(const QByteArray &)> split)
{
    return Splitter{name, std::move(split), writesByParse};
}

} // namespace

Splitter Splitter::handWritten()
{
    auto split = [](const QByteArray &sql) -> std::optional<QList<Span>> {
        // A script in another encoding (PostgreSQL 17's collate.windows.win1252.sql) is read
        // a byte a character, which keeps the offsets; the SQL syntax is ASCII.
        const bool utf8 = sql.isValidUtf8();
        const QString text = utf8 ? QString::fromUtf8(sql) : QString::fromLatin1(sql);
        const QList<int> offsets = utf8Offsets(utf8 ? text : QString(text.size(), QLatin1Char(' ')));
        QList<Span> spans;
        for (const SqlStatementSplitter::Statement &statement : SqlStatementSplitter::split(text))
            spans << Span{offsets.at(statement.begin), offsets.at(statement.end)};
        return spans;
    };
    auto writes = [](const QByteArray &statement) { return SqlStatementInfo::of(QString::fromUtf8(statement)).writes; };
    return Splitter{QStringLiteral("SqlStatementInfo (hand-written)"), split, writes};
}

Splitter Splitter::pgQueryScanner()
{
    return pgQuery(QStringLiteral("libpg_query split_with_scanner"), pgquery::splitWithScanner);
}

Splitter Splitter::pgQueryParser()
{
    return pgQuery(QStringLiteral("libpg_query split_with_parser"), pgquery::splitWithParser);
}

Splitter Splitter::pgQueryParserElseScanner()
{
    return pgQuery(QStringLiteral("libpg_query parser, else scanner"), [](const QByteArray &sql) {
        auto statements = pgquery::splitWithParser(sql);
        return statements ? statements : pgquery::splitWithScanner(sql);
    });
}

bool Figures::add(const QString &file, const PsqlScript &script, const Splitter &splitter)
{
    const QByteArray &sql = script.sql();
    QElapsedTimer timer;
    timer.start();
    const std::optional<QList<Span>> spans = splitter.split(sql);
    splitNanoseconds += timer.nsecsElapsed();

    // The splitter's statements by the reference tokens they cover, and what it tells of
    // each, from the text of those tokens: what is around them (comments, a \if line) is
    // the splitting's business, measured by the boundaries.
    QHash<std::pair<int, int>, bool> writesByRange;
    QList<std::pair<int, int>> ranges;
    timer.restart();
    for (const Span &span : spans.value_or(QList<Span>())) {
        const std::pair<int, int> range = script.tokenRange(span);
        if (range.first < 0)
            continue; // blanks and comments only: nothing psql would send
        const Span covered{script.tokens().at(range.first).begin, script.tokens().at(range.second).end};
        writesByRange.insert(range, splitter.writes(textOf(sql, covered)));
        ranges << range;
    }
    classifyNanoseconds += timer.nsecsElapsed();

    ++files;
    filesGivenUp += spans ? 0 : 1;
    const QList<ReferenceStatement> &reference = script.statements();
    statements += int(reference.size());
    found += int(ranges.size());
    filesCountedRight += ranges.size() == reference.size() ? 1 : 0;
    bool allRight = ranges.size() == reference.size();
    for (const ReferenceStatement &statement : reference) {
        const std::pair<int, int> range{statement.firstToken, statement.lastToken};
        const QString where = QStringLiteral("%1:%2").arg(file).arg(statement.line);
        const auto told = writesByRange.constFind(range);
        if (told == writesByRange.constEnd()) {
            allRight = false;
            // What the splitter made of the text where this statement starts.
            QString theirs = QStringLiteral("(nothing)");
            for (const auto &other : std::as_const(ranges)) {
                if (other.first <= statement.firstToken && statement.firstToken <= other.second) {
                    const QList<Span> &tokens = script.tokens();
                    theirs = excerpt(sql, {tokens.at(other.first).begin, tokens.at(other.second).end});
                    break;
                }
            }
            boundaryMisses << QStringLiteral("%1: reference «%2» / splitter «%3»")
                                  .arg(where, excerpt(sql, statement.span), theirs);
            continue;
        }
        ++boundariesRight;
        if (!statement.parses)
            continue;
        ++classifiable;
        if (*told == statement.writes) {
            ++classifiedRight;
        } else {
            allRight = false;
            classificationMisses << QStringLiteral("%1: «%2» %3")
                                        .arg(where, excerpt(sql, statement.span),
                                             statement.writes ? QStringLiteral("writes, told read-only")
                                                              : QStringLiteral("read-only, told writes"));
        }
    }
    return allRight;
}

QString excerpt(const QByteArray &sql, Span span, int length)
{
    const QString text = QString::fromUtf8(textOf(sql, span)).simplified();
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}
