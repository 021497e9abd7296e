#pragma once

#include <QFont>
#include <QMainWindow>

class FileMenu;
class LanguageManager;
class LessonShell;
class PlaylistPanel;
class QDockWidget;
class QAction;
class QActionGroup;
class QMenu;
class Workspace;
class WorkspacePage;

/**
 * The application's main window: the lesson list, a lesson or free play (自由探索) in the centre
 * (LessonShell), and the menus — File (workspace files, open a lesson folder), Edit (undo/redo), Lessons (list,
 * free play, glossary, teacher and projector modes), View and Language.
 *
 * All visible text is set in retranslateUi(), which runs at construction and again on every
 * QEvent::LanguageChange, so switching language never needs a restart.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspacePage *workspacePage() const;
    /// File ▸ Open…, Open Recent, Save, Save As…, autosave and crash recovery.
    FileMenu *fileMenu() const { return m_files; }
    LessonShell *lessonShell() const { return m_shell; }
    PlaylistPanel *playlistPanel() const { return m_playlist; }
    /// Teacher mode: teacher notes, answer keys and "Show me" in the lesson column.
    void setTeacherMode(bool teacher);
    /// Projector mode (F5): full screen with fonts 1.5 times larger, for the back row.
    void setProjectorMode(bool projector);
    Workspace &workspace() const;
    /// View > Dark palette: checked means the app is dark; the user's choice is remembered.
    QAction *darkPaletteAction() const { return m_darkPaletteAction; }
    /// Tells the user, in a dialog that does not block the window, that the settings file was
    /// corrupt and set aside to `movedTo` (see SettingsRecovery). main() calls it at most once.
    void showSettingsRecovered(const QString &movedTo);
    /// Opens a workspace file in free play, or a lesson folder (the command line's FILE). A path
    /// that cannot be opened gets the same message as File ▸ Open, without blocking the window.
    void openPath(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    /// Unsaved free play asks "Save the changes?" first (FileMenu::settleChanges).
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void updateLanguageActions();
    /// "file.nlw* — Neural Lessons" for a workspace that belongs to a file, else the app's name.
    void updateTitle();
    /// "Undo <what>" / "Redo <what>" in the current language, enabled when there is something.
    void updateUndoActions();

    void openLessonFolder();
    void showFolderErrors(const QStringList &errors);

    LanguageManager *m_languages;
    LessonShell *m_shell = nullptr;
    QFont m_normalFont;
    QDockWidget *m_playlistDock = nullptr;
    PlaylistPanel *m_playlist = nullptr;
    QMenu *m_fileMenu = nullptr;
    FileMenu *m_files = nullptr;
    QAction *m_quitAction = nullptr;
    bool m_closeApproved = false; ///< the user saved at the question: close without asking again
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_darkPaletteAction = nullptr;
    QMenu *m_lessonsMenu = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_lessonListAction = nullptr;
    QAction *m_freePlayAction = nullptr;
    QAction *m_sideBySideAction = nullptr;
    QAction *m_glossaryAction = nullptr;
    QAction *m_teacherAction = nullptr;
    QAction *m_projectorAction = nullptr;
    QAction *m_playlistAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};
