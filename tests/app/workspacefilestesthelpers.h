#pragma once
// Shared by the tests of workspace files in the real main window (tst_workspacefiles,
// tst_unsavedchanges): their settings set-up, finding an action, and training free play until
// the worker caught up.
#include "apptesthelpers.h"
#include "lessonshell.h"
#include "mainwindow.h"

#include <QApplication>
#include <QStandardPaths>

namespace apptest {

/// QSettings in a test location, and closing the last window does not quit (the close tests close it).
inline void initFileTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("neural-lessons-tests"));
    QApplication::setQuitOnLastWindowClosed(false);
}

/// The main window's action named `name`, or null.
inline QAction *action(const MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

/// Waits until the worker reports `epoch`, stopped and caught up with the GUI.
inline bool caughtUpAtEpoch(Workspace &workspace, int epoch)
{
    return waitFor(workspace, [&workspace, epoch](const TrainingReport &r) {
        return r.epoch == epoch && !r.running && workspace.session().isCaughtUp();
    });
}

/// Free play, trained `epochs` epochs; true once the worker has caught up.
inline bool trainedInFreePlay(MainWindow &window, int epochs)
{
    window.lessonShell()->showFreePlay();
    for (int i = 0; i < epochs; ++i)
        window.workspace().session().stepEpoch();
    return caughtUpAtEpoch(window.workspace(), epochs);
}

} // namespace apptest
