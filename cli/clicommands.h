#pragma once
/**
 * @file clicommands.h
 * CliCommands: what neural-lessons-cli does once its command line is read. Every command goes
 * through the app's own code — the workspace reader and writer (WorkspaceFile), restoreRun and
 * the engine's Trainer, the script exports (ScriptExport), the lesson loader and the lesson
 * acceptance runs — so the tool gives the app's numbers and the app's messages.
 *
 * Results go to `out`, problems to `err` as one line each; run() returns the exit code
 * (CliCommandLine::kSuccess, kChecksFailed or kBadInput).
 */
#include "clicommandline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

struct WorkspaceState;

class CliCommands {
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    CliCommands(const CliCommandLine &commandLine, QTextStream &out, QTextStream &err);

    int run();

private:
    int train();
    int validate();
    int exportScript();
    int checkLessons();

    /// The workspace at path(), or nothing after printing why.
    std::optional<WorkspaceState> load();
    /// Prints "neural-lessons-cli: <reason>" on err and returns kBadInput.
    int badInput(const QString &reason);
    /// The language of an exported script's comments: --lang, else the messages' language.
    bool chineseComments() const;

    const CliCommandLine &m_commandLine;
    QTextStream &m_out;
    QTextStream &m_err;
};
