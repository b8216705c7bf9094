#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace shardscope {

// The Citus words the application shows, each with a short definition (in the language of
// the interface) and the page of the Citus documentation that explains it: what the "?"
// beside a term and Help > Glossary show.
class Glossary
{
    Q_DECLARE_TR_FUNCTIONS(Glossary)

public:
    struct Term {
        QString id;         // "router-query": stable, for a "?" to name and for anchors
        QString title;      // "Router query"
        QString definition; // a sentence or two
        QUrl documentation; // https://docs.citusdata.com/...
    };

    // Every term, in the order a learner meets them.
    static QList<Term> all();
    static std::optional<Term> term(const QString &id);
};

} // namespace shardscope
