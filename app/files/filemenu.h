#pragma once
/**
 * @file filemenu.h
 * FileMenu: the workspace entries of the File menu — Open… (Ctrl+O), Open Recent, Save (Ctrl+S),
 * Save As…, Export ▸ PyTorch script… / Keras script… (and ViewExport's images and CSV) — with
 * their dialogs and messages, autosave, the offer to restore a workspace a crashed session left,
 * and "Save the changes?" before unsaved free play is replaced or the window closes. An opened
 * file always shows in free play. Errors go to non-blocking message boxes, so the window (and a
 * test) keeps running while one is shown.
 */
#include "savequestion.h"
#include "scriptexport.h"

#include <QObject>

#include <functional>
#include <memory>

class Autosave;
class LessonShell;
class QAction;
class QMenu;
class QWidget;
class ViewExport;
class Workspace;
class WorkspaceDocument;

class FileMenu : public QObject {
    Q_OBJECT
public:
    FileMenu(Workspace *workspace, LessonShell *shell, QWidget *window);
    ~FileMenu() override;

    /// Adds the actions to `menu`, before `before` (or at the end).
    void addTo(QMenu *menu, QAction *before);
    void retranslate();

    WorkspaceDocument *document() const { return m_document; }
    Autosave *autosave() const { return m_autosave.get(); }
    /// True while the free-play workspace is on screen (what autosave keeps).
    bool isFreePlay() const;

    /// Opens `path` in free play; on failure shows why and changes nothing.
    bool openFile(const QString &path);
    /// Saves to `path` (asynchronously: the worker hands over the state first).
    void saveFile(const QString &path);
    /// Starts autosave into `directory` and, when a crashed session left a workspace there,
    /// offers to restore it (a non-blocking question).
    void enableAutosave(const QString &directory);
    /// The chart, boundary and history exports of File ▸ Export.
    ViewExport *viewExport() const { return m_viewExport; }
    /// The folder the file dialogs open in: the current file's, the last one's, or Documents.
    QString startDirectory() const;

    /// True when free play shows changes that no file holds (what quitting would lose).
    bool hasUnsavedChanges() const;
    /// Replaces the "Save the changes?" box (tests answer without a modal dialog).
    void setSaveQuestion(SaveQuestion::Asker asker) { m_askSave = std::move(asker); }
    /**
     * Before free play is closed or replaced: true when the caller may go on now (nothing
     * unsaved, or the user discards it). False when the user cancels, and also when they choose
     * Save: `afterSave` then runs once the file is written (never if the save fails or its
     * dialog is cancelled, which keep everything as it is).
     */
    bool settleChanges(std::function<void()> afterSave);
    /// Exports the workspace as a script to `path`, with comments in the interface language.
    /// Asynchronous: the worker hands over the state, a thread of its own replays and writes it
    /// (the GUI thread never trains); exportFinished() follows.
    void exportScript(const QString &path, ScriptExport::Target target);

signals:
    /// An export ended; `error` is empty when the script was written.
    void exportFinished(const QString &path, const QString &error);

private:
    void open();
    void chooseAndOpen();
    void save();
    void saveAs();
    /// The Save As dialog; empty when cancelled.
    QString askSavePath();
    void askExport(ScriptExport::Target target);
    void openRecent(const QString &path);
    void openExisting(const QString &path);
    void rebuildRecentMenu();
    void offerRecovery();
    /// A non-blocking warning box over the window.
    void warn(const QString &title, const QString &text);

    Workspace *m_workspace;
    LessonShell *m_shell;
    QWidget *m_window;
    WorkspaceDocument *m_document = nullptr;
    ViewExport *m_viewExport = nullptr;
    SaveQuestion::Asker m_askSave = &SaveQuestion::ask;
    std::unique_ptr<Autosave> m_autosave;
    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_exportPyTorchAction = nullptr;
    QAction *m_exportKerasAction = nullptr;
};
