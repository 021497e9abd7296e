// The File menu's workspace files in the real main window: Save via the action and its dialog,
// Open via the action, the title with the file name and the modified marker, a corrupt file that
// shows a message and changes nothing, recent files that are gone, a lesson that detaches the
// file, autosave with the offer to restore after a crash, and File ▸ Export's scripts.
#include "commandline.h"
#include "autosave.h"
#include "filemenu.h"
#include "languagemanager.h"
#include "lessonshell.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "workspacedocument.h"
#include "workspacefile.h"
#include "workspacefilestesthelpers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

/// Answers the next modal file dialog with `path` once it shows (the action's exec() blocks).
void answerFileDialog(const QString &path)
{
    QTimer::singleShot(20, [path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return answerFileDialog(path);
        dialog->selectFile(path);
        // selectFile() settles asynchronously (the file-system model): type the path as well.
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(path);
        QMetaObject::invokeMethod(dialog, "accept"); // protected in QFileDialog, a slot all the same
    });
}

/// The visible file-problem box, or null.
QMessageBox *problemBox(const MainWindow &window)
{
    for (auto *box : window.findChildren<QMessageBox *>(QStringLiteral("fileProblemBox")))
        if (box->isVisible())
            return box;
    return nullptr;
}

/// The epoch the counters show ("000,003" is 3).
int epochShown(const MainWindow &window)
{
    QString digits = window.findChild<QLabel *>(QStringLiteral("epochValue"))->text();
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    return digits.toInt();
}

} // namespace

using apptest::action;
using apptest::caughtUpAtEpoch;
using apptest::trainedInFreePlay;

class tst_WorkspaceFiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void saveAndOpenThroughTheMenu();
    void corruptFileChangesNothing();
    void recentFileThatIsGoneIsRemoved();
    void autosaveAndRecoveryAfterACrash();
    void exportScriptsThroughTheMenu();
    void opensThePathFromTheCommandLine();
};

void tst_WorkspaceFiles::initTestCase()
{
    apptest::initFileTestCase();
}

void tst_WorkspaceFiles::init()
{
    QSettings().clear();
}

void tst_WorkspaceFiles::saveAndOpenThroughTheMenu()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.nlw"));
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(trainedInFreePlay(window, 3));
    Workspace &workspace = window.workspace();
    const engine::Vector<float> savedWeights = workspace.session().latest().network.parameters();
    QCOMPARE(window.windowTitle(), QStringLiteral("Neural Lessons"));

    // File > Save on an untitled workspace asks where (Save As).
    WorkspaceDocument *document = window.fileMenu()->document();
    QSignalSpy saved(document, &WorkspaceDocument::saved);
    answerFileDialog(path);
    action(window, "saveWorkspaceAction")->trigger();
    QVERIFY(saved.count() == 1 || saved.wait());
    QCOMPARE(saved.at(0).at(0).toString(), path);
    QVERIFY(QFile::exists(path));
    QCOMPARE(window.windowTitle(), QStringLiteral("run.nlw[*] — Neural Lessons"));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(RecentFiles::list().value(0), QFileInfo(path).absoluteFilePath());

    // Training on marks the workspace as changed; Ctrl+S then saves without asking.
    workspace.session().stepEpoch();
    QVERIFY(caughtUpAtEpoch(workspace, 4));
    QTRY_VERIFY(window.isWindowModified());

    // File > Open brings back epoch 3 with its weights, in free play, unchanged.
    window.lessonShell()->openLesson(1, 0);
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Neural Lessons")); // a lesson is not the file
    answerFileDialog(path);
    action(window, "openWorkspaceAction")->trigger();
    QVERIFY(caughtUpAtEpoch(workspace, 3));
    QVERIFY(window.fileMenu()->isFreePlay());
    QVERIFY(workspace.session().latest().network.parameters() == savedWeights);
    QTRY_COMPARE(epochShown(window), 3);
    QCOMPARE(window.windowTitle(), QStringLiteral("run.nlw[*] — Neural Lessons"));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(workspace.undoStack().count(), 0);

    // Ctrl+S overwrites the file it came from, without a dialog.
    workspace.session().stepEpoch();
    QVERIFY(caughtUpAtEpoch(workspace, 4));
    action(window, "saveWorkspaceAction")->trigger();
    QVERIFY(saved.wait());
    QString error;
    const auto reread = WorkspaceFile::load(path, &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(reread->trainer.epoch, 4);
}

void tst_WorkspaceFiles::corruptFileChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.nlw"));
    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"neural-lessons-workspace\", \"version\": 1, \"spec\": {\"data\": {\"kind\": ");
    broken.close();

    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.show();
    window.lessonShell()->showFreePlay();
    Workspace &workspace = window.workspace();
    workspace.session().stepEpoch();
    workspace.session().stepEpoch();
    QVERIFY(caughtUpAtEpoch(workspace, 2));
    const engine::Vector<float> weights = workspace.session().latest().network.parameters();
    const quint64 generation = workspace.session().latest().generation;
    const std::vector<int> hidden = workspace.spec().network.hidden;
    const QString title = window.windowTitle();

    QVERIFY(!window.fileMenu()->openFile(path));
    QMessageBox *box = problemBox(window);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("“broken.nlw” cannot be opened")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("The file is cut off")), qPrintable(box->text()));
    box->close();

    // In the other language, the whole message is translated (marked here by a test translator).
    apptest::MarkingTranslator marks;
    QCoreApplication::installTranslator(&marks);
    QVERIFY(!window.fileMenu()->openFile(path));
    box = problemBox(window);
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(QStringLiteral("«“broken.nlw” cannot be opened")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("«The file is cut off")), qPrintable(box->text()));
    QVERIFY2(box->windowTitle().startsWith(QStringLiteral("«")), qPrintable(box->windowTitle()));
    box->close();
    QCoreApplication::removeTranslator(&marks);

    // Nothing changed: no command went to the worker, the spec and the title are the same.
    QVERIFY(workspace.session().isCaughtUp());
    QCOMPARE(workspace.session().latest().generation, generation);
    QCOMPARE(workspace.session().latest().epoch, 2);
    QVERIFY(workspace.session().latest().network.parameters() == weights);
    QCOMPARE(workspace.spec().network.hidden, hidden);
    QTRY_COMPARE(window.windowTitle(), title);
    QVERIFY(window.fileMenu()->document()->path().isEmpty());
    QVERIFY(RecentFiles::list().isEmpty());
}

void tst_WorkspaceFiles::recentFileThatIsGoneIsRemoved()
{
    QTemporaryDir dir;
    const QString gone = dir.filePath(QStringLiteral("gone.nlw"));
    RecentFiles::add(gone);
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentFilesMenu"));
    QVERIFY(menu);
    emit menu->aboutToShow();
    QAction *entry = nullptr;
    for (QAction *a : menu->actions())
        if (a->data().toString() == QFileInfo(gone).absoluteFilePath())
            entry = a;
    QVERIFY(entry);
    entry->trigger();
    QMessageBox *box = problemBox(window);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("no longer exists")), qPrintable(box->text()));
    QVERIFY(RecentFiles::list().isEmpty());
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 1); // "No recent workspaces", disabled
    QVERIFY(!menu->actions().first()->isEnabled());
}

void tst_WorkspaceFiles::autosaveAndRecoveryAfterACrash()
{
    QTemporaryDir dir;
    const QString autosaved = dir.filePath(QStringLiteral("autosave.nlw"));
    const QString crashCopy = dir.filePath(QStringLiteral("crash-copy.nlw"));
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    engine::Vector<float> weights;
    {
        MainWindow window(&languages);
        window.show();
        window.fileMenu()->enableAutosave(dir.path());
        Autosave *autosave = window.fileMenu()->autosave();
        QVERIFY(autosave->isActive());
        QVERIFY(autosave->recoveryPath().isEmpty());
        autosave->setInterval(50);
        // A second window finds the session lock taken and leaves autosave to the first.
        WorkspaceDocument other(&window.workspace());
        QVERIFY(!Autosave(&other, [] { return true; }, dir.path()).isActive());

        window.lessonShell()->showFreePlay();
        Workspace &workspace = window.workspace();
        workspace.session().stepEpoch();
        workspace.session().stepEpoch();
        QVERIFY(caughtUpAtEpoch(workspace, 2));
        weights = workspace.session().latest().network.parameters();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosaved), 10000);
        QString error;
        QTRY_VERIFY(WorkspaceFile::load(autosaved, &error).has_value()); // complete, with epoch 2
        QCOMPARE(WorkspaceFile::load(autosaved, &error)->trainer.epoch, 2);
        QVERIFY(QFile::copy(autosaved, crashCopy));
    }
    QVERIFY(!QFile::exists(autosaved)); // a clean exit leaves nothing to recover

    // A crash leaves autosave.nlw behind (and a stale lock, which QLockFile sees through).
    QVERIFY(QFile::rename(crashCopy, autosaved));
    MainWindow window(&languages);
    window.show();
    window.fileMenu()->enableAutosave(dir.path());
    QVERIFY(!window.fileMenu()->autosave()->recoveryPath().isEmpty());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("recoveryBox"))) && box->isVisible());
    box->findChild<QAbstractButton *>(QStringLiteral("restoreButton"))->click();
    Workspace &workspace = window.workspace();
    QVERIFY(caughtUpAtEpoch(workspace, 2));
    QVERIFY(workspace.session().latest().network.parameters() == weights);
    QVERIFY(window.fileMenu()->isFreePlay());
    QVERIFY(window.fileMenu()->document()->path().isEmpty()); // restored, but not saved anywhere
    QVERIFY(window.fileMenu()->document()->isModified());
    QVERIFY(window.fileMenu()->autosave()->recoveryPath().isEmpty());
}

void tst_WorkspaceFiles::exportScriptsThroughTheMenu()
{
    QTemporaryDir dir;
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(trainedInFreePlay(window, 3));

    // File > Export > PyTorch script…: the dialog, then the script of the 3 epochs trained.
    FileMenu *files = window.fileMenu();
    QSignalSpy finished(files, &FileMenu::exportFinished);
    const QString pytorch = dir.filePath(QStringLiteral("run.py"));
    answerFileDialog(pytorch);
    action(window, "exportPyTorchAction")->trigger();
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toString(), pytorch);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QFile script(pytorch);
    QVERIFY(script.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(script.readAll());
    QVERIFY(text.contains(QLatin1String("num_epoch = 3\n")));
    QVERIFY(text.contains(QLatin1String("# 5. Train the model")));
    QVERIFY(!window.isWindowModified()); // an export is not a save, and changes nothing

    // In Chinese, the Keras script's comments are Chinese.
    languages.setLanguage(QStringLiteral("zh_CN"));
    const QString keras = dir.filePath(QStringLiteral("run_keras.py"));
    files->exportScript(keras, ScriptExport::Target::Keras);
    QVERIFY(finished.wait(30000));
    QFile kerasScript(keras);
    QVERIFY(kerasScript.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(kerasScript.readAll()).contains(QStringLiteral("# 5. 训练")));

    // A script that cannot be written says so, and nothing is left behind.
    const QString nowhere = dir.filePath(QStringLiteral("missing/run.py"));
    files->exportScript(nowhere, ScriptExport::Target::PyTorch);
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.last().at(1).toString().isEmpty());
    QTRY_VERIFY(problemBox(window));
    QVERIFY(!QFile::exists(nowhere));
}

void tst_WorkspaceFiles::opensThePathFromTheCommandLine()
{
    QTemporaryDir dir;
    CommandLine commandLine;
    QCOMPARE(commandLine.parse({QStringLiteral("neural-lessons"), QStringLiteral("some/run.nlw")}),
             CommandLine::Action::Run);
    QCOMPARE(commandLine.path(), QFileInfo(QStringLiteral("some/run.nlw")).absoluteFilePath());

    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.show();
    // A file that is not there: File ▸ Open's message, and the window goes on.
    window.openPath(dir.filePath(QStringLiteral("missing.nlw")));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = problemBox(window)));
    QVERIFY2(box->text().contains(QStringLiteral("“missing.nlw” cannot be opened")), qPrintable(box->text()));
    box->close();

    // A saved workspace opens in free play.
    QVERIFY(trainedInFreePlay(window, 2));
    const QString path = dir.filePath(QStringLiteral("run.nlw"));
    QSignalSpy saved(window.fileMenu()->document(), &WorkspaceDocument::saved);
    window.fileMenu()->saveFile(path);
    QVERIFY(saved.count() == 1 || saved.wait());
    window.lessonShell()->openLesson(1, 0);
    window.openPath(path);
    QVERIFY(caughtUpAtEpoch(window.workspace(), 2));
    QVERIFY(window.fileMenu()->isFreePlay());
    QCOMPARE(window.fileMenu()->document()->path(), path);

    // A lesson folder opens that lesson; a folder that is not one says what is wrong.
    window.openPath(QStringLiteral(NL_SOURCE_DIR "/lessons/content/02-loss"));
    QVERIFY(!window.fileMenu()->isFreePlay());
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("lessonFolderProblemBox")));
    window.openPath(dir.path());
    QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("lessonFolderProblemBox")));
}

QTEST_MAIN(tst_WorkspaceFiles)
#include "tst_workspacefiles.moc"
