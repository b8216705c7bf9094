#pragma once

// The half-typed SQL of tests/data/sql-regress/half-typed.json (what a user may have in the
// editor at any keystroke, or paste from a psql script), each with the answer a user would
// expect: read by the SqlStatementInfo test and by the splitters' measuring tool.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

struct HalfTypedCase {
    QString name;
    QString sql;
    int statements;
    QString keyword; // of the first statement, upper case
    bool writes;     // the first statement may change data
    QString body;    // the first statement, from its first token to its last

    static QList<HalfTypedCase> load(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (!document.isArray())
            qFatal("%s: %s", qPrintable(path), qPrintable(error.errorString()));
        QList<HalfTypedCase> cases;
        for (const QJsonValue &value : document.array()) {
            const QJsonObject object = value.toObject();
            cases << HalfTypedCase{object.value(QLatin1String("name")).toString(),
                                   object.value(QLatin1String("sql")).toString(),
                                   object.value(QLatin1String("statements")).toInt(),
                                   object.value(QLatin1String("keyword")).toString(),
                                   object.value(QLatin1String("writes")).toBool(),
                                   object.value(QLatin1String("body")).toString()};
        }
        return cases;
    }
};
