#include "clicommandline.h"

#include "languagemanager.h"
#include "languageoption.h"
#include "scriptreplay.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <algorithm>
#include <iterator>

namespace {
const QString EpochsOption = QStringLiteral("epochs");
const QString CsvOption = QStringLiteral("csv");
const QString OutputOption = QStringLiteral("output");

struct CommandName {
    const char *name;
    CliCommandLine::Command command;
};
constexpr CommandName kCommands[] = {
    {"train", CliCommandLine::Command::Train},
    {"validate", CliCommandLine::Command::Validate},
    {"export-pytorch", CliCommandLine::Command::ExportPyTorch},
    {"export-keras", CliCommandLine::Command::ExportKeras},
    {"check-lessons", CliCommandLine::Command::CheckLessons},
};
} // namespace

void CliCommandLine::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Neural Lessons on the command line: train, check and export workspaces (.nlw) and check lessons.\n"
           "\n"
           "Commands:\n"
           "  train FILE --epochs N [--csv OUT.csv] [-o OUT.nlw]\n"
           "      Train on from the workspace's state; one line per epoch.\n"
           "  validate FILE|FOLDER\n"
           "      Check a workspace file or a lesson folder and print the problems.\n"
           "  export-pytorch FILE -o OUT.py [--epochs N] [--lang zh_CN|en]\n"
           "      A PyTorch script that reproduces the app's training loss.\n"
           "  export-keras FILE -o OUT.py [--lang zh_CN|en]\n"
           "      The same network in Keras (no exactness promise).\n"
           "  check-lessons [FOLDER]\n"
           "      Run every lesson's acceptance checks (default: the lessons built in).\n"
           "\n"
           "Exit codes: 0 success, 1 a check failed, 2 bad input (the reason is on stderr)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(EpochsOption, tr("Epochs to train, or to replay in the PyTorch script."), tr("N")));
    parser.addOption(QCommandLineOption(CsvOption, tr("train: also write every epoch to this CSV file."), tr("file")));
    parser.addOption(QCommandLineOption({QStringLiteral("o"), OutputOption},
                                        tr("The script to write; for train, where to save the trained workspace."),
                                        tr("file")));
    parser.addOption(LanguageOption::option(
        tr("Language of the messages and the script's comments: %1. Default: the system language.")
            .arg(LanguageManager::supportedLanguages().join(QLatin1String(", ")))));
    parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see Commands above)."), tr("<command>"));
    parser.addPositionalArgument(QStringLiteral("path"), tr("The workspace file or lesson folder."), tr("[FILE|FOLDER]"));
}

bool CliCommandLine::fail(const QString &reason)
{
    m_errorText = reason;
    return false;
}

CliCommandLine::Action CliCommandLine::parse(const QStringList &arguments)
{
    *this = CliCommandLine();
    QCommandLineParser parser;
    addOptions(parser);
    if (!LanguageOption::parse(parser, arguments, &m_language, &m_errorText))
        return Action::Error;
    // --lang is read first, so that "--lang zh_CN --help" prints Chinese help.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        return Action::ShowHelp;
    if (parser.isSet(QStringLiteral("version")))
        return Action::ShowVersion;
    return readCommand(parser) ? Action::Run : Action::Error;
}

bool CliCommandLine::readCommand(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(tr("No command given; run with --help to see the commands."));
    const QString name = positional.first();
    const auto found = std::find_if(std::begin(kCommands), std::end(kCommands),
                                    [&](const CommandName &c) { return name == QLatin1String(c.name); });
    if (found == std::end(kCommands))
        return fail(tr("Unknown command “%1”; run with --help to see the commands.").arg(name));
    m_command = found->command;
    if (positional.size() > 2)
        return fail(tr("Unexpected argument “%1”.").arg(positional.at(2)));
    m_path = positional.value(1);
    if (m_path.isEmpty() && m_command != Command::CheckLessons)
        return fail(tr("“%1” needs a file to work on.").arg(name));

    const bool train = m_command == Command::Train;
    const bool exporting = m_command == Command::ExportPyTorch || m_command == Command::ExportKeras;
    m_csvPath = parser.value(CsvOption);
    m_outputPath = parser.value(OutputOption);
    if (parser.isSet(CsvOption) && !train)
        return fail(tr("--csv goes with train only."));
    if (parser.isSet(OutputOption) && !train && !exporting)
        return fail(tr("--output goes with train and the exports only."));
    if (exporting && m_outputPath.isEmpty())
        return fail(tr("“%1” needs -o OUT.py, the script to write.").arg(name));
    if (parser.isSet(EpochsOption)) {
        const int maximum = train ? kMaxTrainEpochs : ScriptReplay::kMaxEpochs;
        bool ok = false;
        m_epochs = parser.value(EpochsOption).toInt(&ok);
        if (m_command != Command::Train && m_command != Command::ExportPyTorch)
            return fail(tr("--epochs goes with train and export-pytorch only."));
        if (!ok || m_epochs < 1 || m_epochs > maximum)
            return fail(tr("--epochs needs a whole number from 1 to %1.").arg(maximum));
    } else if (train) {
        return fail(tr("train needs --epochs N, the number of epochs to train."));
    }
    return true;
}

QString CliCommandLine::helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    return parser.helpText();
}

QString CliCommandLine::versionText()
{
    return tr("neural-lessons-cli (Neural Lessons) %1").arg(QStringLiteral(NL_VERSION)) + QLatin1Char('\n');
}
