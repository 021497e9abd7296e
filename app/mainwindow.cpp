#include "mainwindow.h"

#include "languagemanager.h"
#include "workspacepage.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
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
}

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
{
    m_workspacePage = new WorkspacePage(this);
    setCentralWidget(m_workspacePage);

    createMenus();
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::updateLanguageActions);

    retranslateUi();
    updateLanguageActions();
    resize(1280, 720);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    // Undo and redo of every workspace change (Ctrl+Z / Ctrl+Shift+Z); QUndoStack keeps the
    // actions' enabled state and "Undo <what>" text current.
    m_editMenu = menuBar()->addMenu(QString());
    QUndoStack &undo = workspace().undoStack();
    m_undoAction = undo.createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = undo.createRedoAction(this);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

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
    setWindowTitle(tr("Neural Lessons"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    // QUndoStack builds "Undo <command>" itself; the prefix comes from Qt's own translation.
    m_languageMenu->setTitle(tr("&Language"));
}

void MainWindow::updateLanguageActions()
{
    // The check mark follows the manager, whoever changed the language (menu, --lang, a test).
    const QList<QAction *> actions = m_languageGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == m_languages->language());
}

Workspace &MainWindow::workspace() const
{
    return m_workspacePage->workspace();
}
