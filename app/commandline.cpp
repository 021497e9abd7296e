#include "commandline.h"

#include "languagemanager.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace {
const QString LangOption = QStringLiteral("lang");
}

void CommandLine::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Interactive lessons on training neural networks, in English and Simplified Chinese."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        LangOption,
        tr("Interface language: %1. Default: the system language.")
            .arg(LanguageManager::supportedLanguages().join(QLatin1String(", "))),
        tr("language")));
}

CommandLine::Action CommandLine::parse(const QStringList &arguments)
{
    m_language.clear();
    m_errorText.clear();

    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        m_errorText = parser.errorText();
        return Action::Error;
    }
    if (parser.isSet(LangOption)) {
        const QString language = parser.value(LangOption);
        if (!LanguageManager::isSupported(language)) {
            m_errorText = tr("Unsupported language \"%1\". Choose one of: %2.")
                              .arg(language, LanguageManager::supportedLanguages().join(
                                                 QLatin1String(", ")));
            return Action::Error;
        }
        m_language = language;
    }
    // --lang is read first so that "--lang zh_CN --help" prints Chinese help.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        return Action::ShowHelp;
    if (parser.isSet(QStringLiteral("version")))
        return Action::ShowVersion;
    if (!parser.positionalArguments().isEmpty()) {
        m_errorText = tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst());
        return Action::Error;
    }
    return Action::Run;
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    return parser.helpText();
}

QString CommandLine::usageHint()
{
    return tr("Run with --help to see the available options.");
}

QString CommandLine::versionText()
{
    return tr("Neural Lessons %1").arg(QStringLiteral(NL_VERSION)) + QLatin1Char('\n');
}

bool CommandLine::needsDisplay(const QStringList &arguments)
{
    static const QStringList infoFlags = {
        QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("-?"),
        QStringLiteral("--help-all"), QStringLiteral("-v"), QStringLiteral("--version")};
    const QString langFlag = QStringLiteral("--") + LangOption;
    const QString langPrefix = langFlag + QLatin1Char('=');
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (infoFlags.contains(argument))
            return false;
        if (argument == langFlag
            && (i + 1 == arguments.size() || !LanguageManager::isSupported(arguments.at(i + 1))))
            return false;
        if (argument.startsWith(langPrefix)
            && !LanguageManager::isSupported(argument.mid(langPrefix.size())))
            return false;
    }
    return true;
}
