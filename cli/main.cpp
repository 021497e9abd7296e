/**
 * @file main.cpp
 * neural-lessons-cli: the app's engine and workspace files from a terminal, for teachers and
 * scripts (issue 6). Qt Core only, so it runs without a display. Messages come in the system
 * language, or the one --lang names, from the app's own zh_CN catalogue (LanguageManager).
 */
#include "clicommandline.h"
#include "clicommands.h"
#include "languagemanager.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("neural-lessons-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NL_VERSION));

    LanguageManager languages;
    languages.setLanguage(LanguageManager::systemLanguage());
    CliCommandLine commandLine;
    const CliCommandLine::Action action = commandLine.parse(QCoreApplication::arguments());
    if (!commandLine.language().isEmpty())
        languages.setLanguage(commandLine.language());

    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (action) {
    case CliCommandLine::Action::ShowHelp:
        out << CliCommandLine::helpText();
        return CliCommandLine::kSuccess;
    case CliCommandLine::Action::ShowVersion:
        out << CliCommandLine::versionText();
        return CliCommandLine::kSuccess;
    case CliCommandLine::Action::Error:
        err << QCoreApplication::applicationName() << ": " << commandLine.errorText() << Qt::endl;
        return CliCommandLine::kBadInput;
    case CliCommandLine::Action::Run:
        break;
    }
    return CliCommands(commandLine, out, err).run();
}
