#include "mainwindow.h"

#include "apppalette.h"
#include "filemenu.h"
#include "sidebysidepage.h"
#include "languagemanager.h"
#include "lessonshell.h"
#include "playlistpanel.h"
#include "workspace.h"
#include "workspacedocument.h"
#include "workspacepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QUndoStack>

namespace {
// Each language is listed under its own name (an endonym), as every multilingual program does:
// a user who cannot read the current interface language must still find theirs. These names
// are therefore deliberately not translated.
struct LanguageEntry
{
    const char *code;
    const char *nativeName;
};
constexpr LanguageEntry LanguageEntries[] = {
    {"en", "English"},
    {"zh_CN", "简体中文"},
};

const QString DarkPaletteKey = QStringLiteral("view/darkPalette");
}

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
{
    m_normalFont = QApplication::font();
    m_shell = new LessonShell(this);
    setCentralWidget(m_shell);
    m_shell->setLanguage(m_languages->language());
    // The classroom playlist docks beside the lesson for the teacher (CURRICULUM §4.2); it can
    // float onto the teacher's own screen when the projector shows the lesson.
    m_playlist = new PlaylistPanel(&m_shell->library());
    m_playlist->setLanguage(m_languages->language());
    m_playlistDock = new QDockWidget(this);
    m_playlistDock->setObjectName(QStringLiteral("playlistDock"));
    m_playlistDock->setWidget(m_playlist);
    addDockWidget(Qt::RightDockWidgetArea, m_playlistDock);
    m_playlistDock->hide();
    connect(m_playlist, &PlaylistPanel::stepChosen, m_shell, [this](int number, int step) { m_shell->openLesson(number, step); });
    connect(m_languages, &LanguageManager::languageChanged, m_playlist, &PlaylistPanel::setLanguage);

    createMenus();
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::updateLanguageActions);
    connect(m_languages, &LanguageManager::languageChanged, m_shell, &LessonShell::setLanguage);

    retranslateUi();
    updateLanguageActions();
    resize(1280, 720);
}

MainWindow::~MainWindow()
{
    // The workspace is destroyed with the children, after this destructor: its undo stack's
    // clear() then emits indexChanged into a MainWindow that is only a QWidget any more
    // (UBSan in the monkey test). Nothing here needs the signal from now on.
    disconnect(&workspace().undoStack(), nullptr, this, nullptr);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_files = new FileMenu(&workspace(), m_shell, this);
    m_files->addTo(m_fileMenu, nullptr);
    connect(m_files->document(), &WorkspaceDocument::statusChanged, this, &MainWindow::updateTitle);
    m_openFolderAction = m_fileMenu->addAction(QString(), this, &MainWindow::openLessonFolder);
    m_openFolderAction->setObjectName(QStringLiteral("openLessonFolderAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    // Undo and redo of every workspace change (Ctrl+Z / Ctrl+Shift+Z). Not QUndoStack's own
    // createUndoAction(): that one keeps its "Undo %1" in the language it was made in.
    m_editMenu = menuBar()->addMenu(QString());
    QUndoStack &undo = workspace().undoStack();
    m_undoAction = m_editMenu->addAction(QString(), &undo, &QUndoStack::undo);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editMenu->addAction(QString(), &undo, &QUndoStack::redo);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    connect(&undo, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(&workspace(), &Workspace::historyRetranslated, this, &MainWindow::updateUndoActions);

    // Checking the action (menu, --dark, a test) switches the palette; only the user's own
    // choice from the menu is remembered for the next start.
    m_viewMenu = menuBar()->addMenu(QString());
    m_darkPaletteAction = m_viewMenu->addAction(QString());
    m_darkPaletteAction->setObjectName(QStringLiteral("darkPaletteAction"));
    m_darkPaletteAction->setCheckable(true);
    connect(m_darkPaletteAction, &QAction::toggled, this, &apppalette::apply);
    connect(m_darkPaletteAction, &QAction::triggered, this,
            [](bool on) { QSettings().setValue(DarkPaletteKey, on); });
    m_darkPaletteAction->setChecked(QSettings().value(DarkPaletteKey, false).toBool());

    m_lessonsMenu = menuBar()->addMenu(QString());
    m_lessonListAction = m_lessonsMenu->addAction(QString(), m_shell, &LessonShell::showLessonList);
    m_lessonListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_freePlayAction = m_lessonsMenu->addAction(QString(), m_shell, &LessonShell::showFreePlay);
    m_freePlayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_sideBySideAction = m_lessonsMenu->addAction(QString(), this, [this] { SideBySidePage::openWindow(this, workspace().spec()); });
    m_sideBySideAction->setObjectName(QStringLiteral("sideBySideAction"));
    m_glossaryAction = m_lessonsMenu->addAction(QString(), this, [this] { m_shell->showTerm(QString()); });
    m_glossaryAction->setShortcut(QKeySequence::HelpContents);
    m_lessonsMenu->addSeparator();
    m_teacherAction = m_lessonsMenu->addAction(QString());
    m_teacherAction->setObjectName(QStringLiteral("teacherModeAction"));
    m_teacherAction->setCheckable(true);
    m_teacherAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_teacherAction, &QAction::toggled, m_shell, &LessonShell::setTeacherMode);
    m_playlistAction = m_playlistDock->toggleViewAction();
    m_playlistAction->setObjectName(QStringLiteral("playlistAction"));
    m_lessonsMenu->addAction(m_playlistAction);
    m_projectorAction = m_lessonsMenu->addAction(QString());
    m_projectorAction->setObjectName(QStringLiteral("projectorModeAction"));
    m_projectorAction->setCheckable(true);
    m_projectorAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_projectorAction, &QAction::toggled, this, &MainWindow::setProjectorMode);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const LanguageEntry &entry : LanguageEntries) {
        const QString code = QString::fromLatin1(entry.code);
        QAction *action = m_languageMenu->addAction(QString::fromUtf8(entry.nativeName));
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { m_languages->setLanguage(code); });
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    updateTitle();
    m_fileMenu->setTitle(tr("&File"));
    m_files->retranslate();
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    updateUndoActions();
    m_viewMenu->setTitle(tr("&View"));
    m_darkPaletteAction->setText(tr("&Dark palette"));
    m_darkPaletteAction->setToolTip(tr("Light text on a dark background: easier on the eyes in a dim room"));
    m_openFolderAction->setText(tr("Open &lesson folder…"));
    m_lessonsMenu->setTitle(tr("Less&ons"));
    m_lessonListAction->setText(tr("Lesson &list"));
    m_freePlayAction->setText(tr("&Free play"));
    m_sideBySideAction->setText(tr("Compare side &by side…"));
    m_sideBySideAction->setToolTip(tr("Train the workspace and a copy of it in lockstep, each with its own settings"));
    m_glossaryAction->setText(tr("&Glossary"));
    m_teacherAction->setText(tr("&Teacher mode"));
    m_teacherAction->setToolTip(tr("Show teacher notes, answer keys and the \"Show me\" button"));
    m_playlistDock->setWindowTitle(tr("Classroom playlist"));
    m_playlistAction->setText(tr("Classroom &playlist (40 min)"));
    m_playlistAction->setToolTip(tr("The Module 6 lesson plan with a timer per block"));
    m_projectorAction->setText(tr("P&rojector mode"));
    m_projectorAction->setToolTip(tr("Full screen with large fonts"));
    m_languageMenu->setTitle(tr("&Language"));
}

void MainWindow::updateTitle()
{
    const QString path = m_files->document()->path();
    setWindowTitle(path.isEmpty() ? tr("Neural Lessons")
                                  : tr("%1[*] — Neural Lessons").arg(QFileInfo(path).fileName()));
    // Untitled has no "[*]" to mark (and the app's name alone stays the title).
    setWindowModified(!path.isEmpty() && m_files->document()->isModified());
}

void MainWindow::setTeacherMode(bool teacher)
{
    m_teacherAction->setChecked(teacher);
}

void MainWindow::setProjectorMode(bool projector)
{
    m_projectorAction->setChecked(projector);
    QFont font = m_normalFont;
    if (projector)
        font.setPointSizeF(m_normalFont.pointSizeF() * 1.5);
    QApplication::setFont(font);
    projector ? showFullScreen() : showNormal();
}

void MainWindow::showSettingsRecovered(const QString &movedTo)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Settings reset"),
                                tr("The settings file could not be read, so Neural Lessons started with default "
                                   "settings and no saved lesson progress. The old file was kept as:\n%1")
                                    .arg(QDir::toNativeSeparators(movedTo)),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("settingsRecoveredMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void MainWindow::openLessonFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open lesson folder"));
    if (!folder.isEmpty())
        showFolderErrors(m_shell->openFolder(folder));
}

void MainWindow::showFolderErrors(const QStringList &errors)
{
    if (errors.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The lesson cannot be opened"),
                                tr("The lesson files have errors:\n\n%1").arg(errors.mid(0, 20).join(QLatin1Char('\n'))),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("lessonFolderProblemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::openPath(const QString &path)
{
    if (QFileInfo(path).isDir())
        showFolderErrors(m_shell->openFolder(path));
    else
        m_files->openFile(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // After "Save" the window closes once the file is written, and does not ask again even if
    // a running training has moved on meanwhile.
    if (m_closeApproved || m_files->settleChanges([this] {
            m_closeApproved = true;
            close();
        })) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
}

void MainWindow::updateUndoActions()
{
    const QUndoStack &undo = workspace().undoStack();
    m_undoAction->setEnabled(undo.canUndo());
    m_undoAction->setText(undo.canUndo() ? tr("&Undo %1").arg(undo.undoText()) : tr("&Undo"));
    m_redoAction->setEnabled(undo.canRedo());
    m_redoAction->setText(undo.canRedo() ? tr("&Redo %1").arg(undo.redoText()) : tr("&Redo"));
}

void MainWindow::updateLanguageActions()
{
    // The check mark follows the manager, whoever changed the language (menu, --lang, a test).
    const QList<QAction *> actions = m_languageGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == m_languages->language());
}

WorkspacePage *MainWindow::workspacePage() const
{
    return m_shell->workspacePage();
}

Workspace &MainWindow::workspace() const
{
    return workspacePage()->workspace();
}
