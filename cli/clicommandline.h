#pragma once
/**
 * @file clicommandline.h
 * CliCommandLine: the command line of neural-lessons-cli — a command (train, validate,
 * export-pytorch, export-keras, check-lessons), its file or folder, and the options --epochs,
 * --csv, -o/--output, --lang, --help and --version. Like the app's CommandLine it never exits
 * the process itself, so main() picks the exit code and tests can check every outcome; every
 * mistake becomes one translated line.
 */
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

class CliCommandLine {
    Q_DECLARE_TR_FUNCTIONS(CliCommandLine)
public:
    enum class Action { Run, ShowHelp, ShowVersion, Error };
    enum class Command { Train, Validate, ExportPyTorch, ExportKeras, CheckLessons };

    /// Exit codes: success, a check that failed (validation, acceptance, a diverged run), bad input.
    static constexpr int kSuccess = 0;
    static constexpr int kChecksFailed = 1;
    static constexpr int kBadInput = 2;
    /// Most epochs `train` runs in one go.
    static constexpr int kMaxTrainEpochs = 1000000;

    /// Parses arguments as QCoreApplication::arguments() returns them (program name first).
    Action parse(const QStringList &arguments);

    Command command() const { return m_command; }
    /// The workspace file or folder the command works on (empty: check-lessons' embedded lessons).
    const QString &path() const { return m_path; }
    /// --epochs N; 0 when not given.
    int epochs() const { return m_epochs; }
    const QString &csvPath() const { return m_csvPath; }
    /// -o/--output: the script to write, or where `train` saves the trained workspace.
    const QString &outputPath() const { return m_outputPath; }
    /// --lang: "en" or "zh_CN"; empty to follow the system language.
    const QString &language() const { return m_language; }
    /// A translated one-line reason (Action::Error only).
    const QString &errorText() const { return m_errorText; }

    static QString helpText();
    static QString versionText();

private:
    static void addOptions(QCommandLineParser &parser);
    bool fail(const QString &reason);
    bool readCommand(const QCommandLineParser &parser);

    Command m_command = Command::Train;
    QString m_path;
    QString m_csvPath;
    QString m_outputPath;
    QString m_language;
    QString m_errorText;
    int m_epochs = 0;
};
