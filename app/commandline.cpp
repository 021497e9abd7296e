#include "commandline.h"

#include "languagemanager.h"
#include "languageoption.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>

namespace {
const QString DarkOption = QStringLiteral("dark");
const QString LessonOption = QStringLiteral("lesson");
const QString StepOption = QStringLiteral("step");
const QString TeacherOption = QStringLiteral("teacher");
const QString ProjectorOption = QStringLiteral("projector");
constexpr int LessonCount = 12;

/// A positive integer option value in [1, maximum]; 0 when it is not one.
int positive(const QString &text, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 1 && value <= maximum ? value : 0;
}
}

void CommandLine::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Interactive lessons on training neural networks, in English and Simplified Chinese."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(LanguageOption::option(tr("Interface language: %1. Default: the system language.")
                                                .arg(LanguageManager::supportedLanguages().join(QLatin1String(", ")))));
    parser.addOption(QCommandLineOption(
        DarkOption, tr("Start with the dark palette (light text on a dark background).")));
    parser.addOption(QCommandLineOption(LessonOption, tr("Open lesson N (1-%1).").arg(LessonCount), tr("N")));
    parser.addOption(QCommandLineOption(StepOption, tr("With --lesson: start at step K (1 = the first)."), tr("K")));
    parser.addOption(QCommandLineOption(TeacherOption, tr("Teacher mode: show teacher notes and answer keys.")));
    parser.addOption(QCommandLineOption(ProjectorOption, tr("Projector mode: full screen with large fonts.")));
    parser.addPositionalArgument(tr("file"), tr("A workspace file (.nlw) to open in free play, or a lesson folder."),
                                 tr("[file]"));
}

CommandLine::Action CommandLine::parse(const QStringList &arguments)
{
    m_language.clear();
    m_errorText.clear();
    m_path.clear();
    m_darkPalette = false;

    QCommandLineParser parser;
    addOptions(parser);
    if (!LanguageOption::parse(parser, arguments, &m_language, &m_errorText))
        return Action::Error;
    m_darkPalette = parser.isSet(DarkOption);
    m_teacher = parser.isSet(TeacherOption);
    m_projector = parser.isSet(ProjectorOption);
    m_lesson = 0;
    m_step = 1;
    if (parser.isSet(LessonOption)) {
        m_lesson = positive(parser.value(LessonOption), LessonCount);
        if (m_lesson == 0) {
            m_errorText = tr("--lesson needs a lesson number from 1 to %1.").arg(LessonCount);
            return Action::Error;
        }
    }
    if (parser.isSet(StepOption)) {
        m_step = positive(parser.value(StepOption), 99);
        if (m_step == 0 || m_lesson == 0) {
            m_errorText = tr("--step needs --lesson and a step number from 1.");
            return Action::Error;
        }
    }
    // --lang is read first so that "--lang zh_CN --help" prints Chinese help.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        return Action::ShowHelp;
    if (parser.isSet(QStringLiteral("version")))
        return Action::ShowVersion;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        m_errorText = tr("Unexpected argument \"%1\".").arg(positional.at(1));
        return Action::Error;
    }
    // Whether it opens is for the window to say, in the same words as File ▸ Open.
    if (!positional.isEmpty())
        m_path = QFileInfo(positional.constFirst()).absoluteFilePath();
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
    const QString langFlag = QStringLiteral("--") + LanguageOption::name();
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
