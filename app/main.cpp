#include "commandline.h"
#include "filemenu.h"
#include "languagemanager.h"
#include "lessonshell.h"
#include "mainwindow.h"
#include "settingsrecovery.h"

#include <QApplication>
#include <QFont>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace {
// Under LANG=C (CI, containers) fontconfig falls back to Noto Sans CJK JP, which draws Japanese
// glyph forms for Chinese text. Naming the SC face as the first fallback fixes that, while the
// default family still draws Latin text.
void preferSimplifiedChineseGlyphs()
{
    QFont font = QApplication::font();
    font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);
}

QStringList rawArguments(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}
}

int main(int argc, char *argv[])
{
    // --help, --version and a bad --lang must answer without a display (ssh, CI): a
    // QApplication would abort there, so these get a core application.
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::needsDisplay(rawArguments(argc, argv)))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("neural-lessons"));
    // QSettings keeps the user's choices (the dark palette) in ~/.config/neural-lessons/.
    QCoreApplication::setOrganizationName(QStringLiteral("neural-lessons"));

    LanguageManager languages;
    languages.setLanguage(LanguageManager::systemLanguage());

    CommandLine commandLine;
    const CommandLine::Action action = commandLine.parse(QCoreApplication::arguments());
    if (!commandLine.language().isEmpty())
        languages.setLanguage(commandLine.language());

    switch (action) {
    case CommandLine::Action::ShowHelp:
        std::fputs(qUtf8Printable(CommandLine::helpText()), stdout);
        return 0;
    case CommandLine::Action::ShowVersion:
        std::fputs(qUtf8Printable(CommandLine::versionText()), stdout);
        return 0;
    case CommandLine::Action::Error:
        std::fprintf(stderr, "%s: %s\n%s\n", qUtf8Printable(QCoreApplication::applicationName()),
                     qUtf8Printable(commandLine.errorText()),
                     qUtf8Printable(CommandLine::usageHint()));
        return CommandLine::UsageErrorExitCode;
    case CommandLine::Action::Run:
        break;
    }

    preferSimplifiedChineseGlyphs();
    // Before the window reads any setting or lesson progress.
    const QString corruptSettings = SettingsRecovery::setAsideIfCorrupt();
    MainWindow window(&languages);
    if (commandLine.darkPalette())
        window.darkPaletteAction()->setChecked(true);
    if (commandLine.teacherMode())
        window.setTeacherMode(true);
    if (commandLine.lesson() > 0)
        window.lessonShell()->openLesson(commandLine.lesson(), commandLine.step() - 1);
    if (commandLine.projectorMode())
        window.setProjectorMode(true);
    window.show();
    if (!commandLine.path().isEmpty())
        window.openPath(commandLine.path());
    if (!corruptSettings.isEmpty())
        window.showSettingsRecovered(corruptSettings);
    // After show(): a workspace left by a crashed session is offered over the visible window.
    window.fileMenu()->enableAutosave(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                      + QStringLiteral("/autosave"));
    return QApplication::exec();
}
