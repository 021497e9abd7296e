#pragma once
// Shared by the app tests: waiting for a report without sleeping, a translator that marks every
// string so a test can see a language change reach a widget, and the setup of manual screenshot runs.
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTranslator>

namespace apptest {

/// Marks every string, so a test can see that a language change reached a widget.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
};

/// Waits (on the report signal, at most 10 s) until the latest report satisfies `predicate`.
template <typename Predicate>
bool waitFor(Workspace &workspace, Predicate predicate)
{
    QSignalSpy reports(&workspace.session(), &TrainingSession::reportReceived);
    QElapsedTimer clock;
    clock.start();
    while (!predicate(workspace.session().latest()) && clock.elapsed() < 10000)
        reports.wait(10000);
    return predicate(workspace.session().latest());
}

/// The menu action that `matches` (by shortcut or data, never by its translated text), or null.
template <typename Matches>
QAction *menuAction(const QMainWindow &window, Matches matches)
{
    for (const QAction *menu : window.menuBar()->actions())
        for (QAction *action : menu->menu()->actions())
            if (matches(action))
                return action;
    return nullptr;
}

/// Edit > Undo (or Redo).
inline QAction *undoAction(const QMainWindow &window, bool undo = true)
{
    const QKeySequence key = undo ? QKeySequence::Undo : QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    return menuAction(window, [key](const QAction *a) { return a->shortcuts().contains(key); });
}

/// Language > the entry for `code` ("en", "zh_CN").
inline QAction *languageAction(const QMainWindow &window, const QString &code)
{
    return menuAction(window, [code](const QAction *a) { return a->isCheckable() && a->data().toString() == code; });
}

/// The folder a manual screenshot run saves into (NL_SCREENSHOT_DIR); empty when screenshots are off.
inline QString screenshotDir()
{
    return qEnvironmentVariable("NL_SCREENSHOT_DIR");
}

/// Tells screenshot runs apart in file names (NL_SCREENSHOT_SUFFIX, e.g. for a QT_SCALE_FACTOR=1.5 run).
inline QString screenshotSuffix()
{
    return qEnvironmentVariable("NL_SCREENSHOT_SUFFIX");
}

/// Readies a screenshot run into `dir`: creates the folder and adds a CJK fallback font, so the
/// Chinese shots show glyphs on machines whose default font has none. False if the folder fails.
inline bool prepareScreenshots(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return false;
    QFont font = QApplication::font();
    font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);
    return true;
}

} // namespace apptest
