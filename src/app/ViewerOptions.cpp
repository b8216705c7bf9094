#include "ViewerOptions.h"

#include "CliOutput.h"
#include "LanguageOption.h"
#include "SubcommandArguments.h"

namespace shardscope {

ViewerOptions::ViewerOptions()
    : m_help(SubcommandArguments::helpOption())
    , m_version(SubcommandArguments::versionOption())
    , m_presenter(QStringLiteral("presenter"),
                  tr("Start in presenter mode: large text, strong contrast, the workers' legend always shown."))
{
    m_parser.setApplicationDescription(tr("See and teach PostgreSQL sharding with Citus. Without a command, opens "
                                          "the plan viewer; commands (shardscope COMMAND --help for each): "
                                          "inspect, render, cluster, shards, explain, tutorial, up, status, down, scale, outage, password."));
    m_parser.addOptions({m_help, m_version, LanguageOption::option(), m_presenter});
    m_parser.addPositionalArgument(tr("FILE"), tr("Plan to open (JSON, text, YAML or XML)."),
                                   QStringLiteral("[%1]").arg(tr("FILE")));
}

bool ViewerOptions::parse(const QStringList &arguments)
{
    m_valid = m_parser.parse(arguments) && m_parser.positionalArguments().size() <= 1;
    return m_valid && !m_parser.isSet(m_help) && !m_parser.isSet(m_version);
}

int ViewerOptions::printText() const
{
    if (!m_valid) {
        const QString error = m_parser.positionalArguments().size() > 1 ? tr("expected at most one plan file")
                                                                         : m_parser.errorText();
        return CliOutput::fail(tr("arguments"), error);
    }
    if (m_parser.isSet(m_help))
        CliOutput::out(SubcommandArguments::helpText(m_parser, QString()));
    else
        CliOutput::out(QCoreApplication::applicationName() + QLatin1Char(' ')
                       + QCoreApplication::applicationVersion() + QLatin1Char('\n'));
    return 0;
}

bool ViewerOptions::presenter() const
{
    return m_parser.isSet(m_presenter);
}

QString ViewerOptions::file() const
{
    return m_parser.positionalArguments().value(0);
}

} // namespace shardscope
