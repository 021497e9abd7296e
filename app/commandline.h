#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

/**
 * Parses the app's command line: --lang, --dark, --lesson, --step, --teacher, --projector,
 * --help, --version, and an optional FILE (a workspace or a lesson folder) to open.
 *
 * It never exits the process itself (unlike QCommandLineParser::process()), so tests can
 * check every outcome and main() decides what to print and which exit code to use.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action { Run, ShowHelp, ShowVersion, Error };

    /// Exit code for bad arguments, as for most command-line tools (misuse of the command).
    static constexpr int UsageErrorExitCode = 2;

    /// Parses arguments as QCoreApplication::arguments() returns them (program name first).
    Action parse(const QStringList &arguments);

    /// The language asked for with --lang, or empty to follow the system locale.
    QString language() const { return m_language; }
    /// --dark: start with the dark palette (for this run; View > Dark palette remembers).
    bool darkPalette() const { return m_darkPalette; }
    /// --lesson N (1-12), or 0 for the lesson list.
    int lesson() const { return m_lesson; }
    /// --step K, 1-based (1 when not given).
    int step() const { return m_step; }
    bool teacherMode() const { return m_teacher; }
    bool projectorMode() const { return m_projector; }
    /// The workspace file or lesson folder given as the argument, absolute; empty when none.
    QString path() const { return m_path; }
    /// A translated, one-line description of what went wrong (Action::Error only).
    QString errorText() const { return m_errorText; }

    /// Built on demand so that it comes out in the language in effect at that moment.
    static QString helpText();
    static QString versionText();
    /// One line printed after an error, pointing to --help.
    static QString usageHint();

    /**
     * False when the raw arguments ask for help or the version, or give --lang a missing or
     * unsupported value: main() can then answer without a display (ssh, CI). Other mistakes are
     * left to parse(), which can only run once QApplication has removed Qt's own options
     * (-platform, -style, ...).
     */
    static bool needsDisplay(const QStringList &arguments);

private:
    static void addOptions(QCommandLineParser &parser);

    QString m_language;
    QString m_errorText;
    QString m_path;
    bool m_darkPalette = false;
    bool m_teacher = false;
    bool m_projector = false;
    int m_lesson = 0;
    int m_step = 1;
};
