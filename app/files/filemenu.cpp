#include "filemenu.h"

#include "autosave.h"
#include "lessonpage.h"
#include "lessonshell.h"
#include "recentfiles.h"
#include "steppanel.h"
#include "viewexport.h"
#include "workspacedocument.h"
#include "workspacefile.h"
#include "workspacepage.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>

#include <array>
#include <memory>

namespace {
QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}
} // namespace

FileMenu::FileMenu(Workspace *workspace, LessonShell *shell, QWidget *window)
    : QObject(window), m_workspace(workspace), m_shell(shell), m_window(window),
      m_document(new WorkspaceDocument(workspace, this))
{
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openWorkspaceAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &FileMenu::open);
    m_recentMenu = new QMenu(window);
    m_recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileMenu::rebuildRecentMenu);
    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(QStringLiteral("saveWorkspaceAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &FileMenu::save);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setObjectName(QStringLiteral("saveWorkspaceAsAction"));
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAsAction, &QAction::triggered, this, &FileMenu::saveAs);
    m_exportMenu = new QMenu(window);
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportPyTorchAction = m_exportMenu->addAction(QString(), this, [this] { askExport(ScriptExport::Target::PyTorch); });
    m_exportPyTorchAction->setObjectName(QStringLiteral("exportPyTorchAction"));
    m_exportKerasAction = m_exportMenu->addAction(QString(), this, [this] { askExport(ScriptExport::Target::Keras); });
    m_exportKerasAction->setObjectName(QStringLiteral("exportKerasAction"));
    m_viewExport = new ViewExport(shell->workspacePage(), m_document, [this] { return startDirectory(); }, window);
    m_viewExport->addTo(m_exportMenu);

    connect(m_document, &WorkspaceDocument::saved, this, [](const QString &path) { RecentFiles::add(path); });
    connect(m_document, &WorkspaceDocument::saveFailed, this, [this](const QString &path, const QString &message) {
        if (m_autosave && path == m_autosave->autosavePath())
            return; // autosave tries again at its next tick; no box every minute
        warn(tr("The workspace cannot be saved"), tr("“%1” cannot be saved.\n\n%2").arg(fileName(path), message));
    });
}

FileMenu::~FileMenu() = default;

void FileMenu::addTo(QMenu *menu, QAction *before)
{
    menu->insertAction(before, m_openAction);
    menu->insertMenu(before, m_recentMenu);
    menu->insertAction(before, m_saveAction);
    menu->insertAction(before, m_saveAsAction);
    menu->insertMenu(before, m_exportMenu);
    menu->insertSeparator(before);
}

void FileMenu::retranslate()
{
    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open a saved workspace in free play"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveAction->setText(tr("&Save"));
    m_saveAction->setToolTip(tr("Save the workspace: data, network, weights, settings and training so far"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_exportMenu->setTitle(tr("&Export"));
    m_exportPyTorchAction->setText(tr("&PyTorch script…"));
    m_exportPyTorchAction->setToolTip(tr("A Python script that trains this network in PyTorch on the same data, from "
                                         "the same initial weights and in the same sample order: it prints the app's "
                                         "loss curve"));
    m_exportKerasAction->setText(tr("&Keras script…"));
    m_exportKerasAction->setToolTip(tr("The same network in Keras (TensorFlow), on the same data and from the same "
                                       "initial weights"));
    m_viewExport->retranslate();
}

bool FileMenu::isFreePlay() const
{
    return m_shell->currentWidget() == m_shell->lessonPage() && m_shell->lessonPage()->stepPanel()->isHidden();
}

QString FileMenu::startDirectory() const
{
    if (!m_document->path().isEmpty())
        return QFileInfo(m_document->path()).absolutePath();
    const QStringList recent = RecentFiles::list();
    return recent.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(recent.first()).absolutePath();
}

void FileMenu::open()
{
    if (settleChanges([this] { chooseAndOpen(); }))
        chooseAndOpen();
}

void FileMenu::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open workspace"), startDirectory(),
        tr("Neural Lessons workspaces (*.%1);;All files (*)").arg(QLatin1String(WorkspaceFile::kSuffix)));
    if (!path.isEmpty())
        openFile(path);
}

bool FileMenu::hasUnsavedChanges() const
{
    return isFreePlay() && m_document->isModified();
}

bool FileMenu::settleChanges(std::function<void()> afterSave)
{
    if (!hasUnsavedChanges())
        return true;
    const QString current = m_document->path();
    switch (m_askSave(m_window, current.isEmpty() ? QString() : fileName(current))) {
    case SaveQuestion::Answer::Discard:
        return true;
    case SaveQuestion::Answer::Cancel:
        return false;
    case SaveQuestion::Answer::Save:
        break;
    }
    const QString target = current.isEmpty() ? askSavePath() : current;
    if (target.isEmpty())
        return false;
    // Go on after this save only; a failed one shows its message (saveFailed) and stops here.
    auto connections = std::make_shared<std::array<QMetaObject::Connection, 2>>();
    const auto finish = [connections] {
        for (const QMetaObject::Connection &c : *connections)
            disconnect(c);
    };
    (*connections)[0] = connect(m_document, &WorkspaceDocument::saved, this, [finish, afterSave, target](const QString &path) {
        if (path != target)
            return;
        const std::function<void()> next = afterSave; // the lambda holding it goes with the connection
        finish();
        next();
    });
    (*connections)[1] = connect(m_document, &WorkspaceDocument::saveFailed, this,
                                [finish, target](const QString &path) {
                                    if (path == target)
                                        finish();
                                });
    saveFile(target);
    return false;
}

bool FileMenu::openFile(const QString &path)
{
    QString error;
    // Read and check everything before anything changes: a bad file leaves the screen as it was.
    const std::optional<WorkspaceState> state = WorkspaceFile::load(path, &error);
    if (!state) {
        warn(tr("The workspace cannot be opened"), tr("“%1” cannot be opened.\n\n%2").arg(fileName(path), error));
        return false;
    }
    m_shell->showFreePlay();
    m_document->adopt(*state, path);
    RecentFiles::add(path);
    return true;
}

void FileMenu::save()
{
    if (m_document->path().isEmpty())
        saveAs();
    else
        saveFile(m_document->path());
}

void FileMenu::saveAs()
{
    const QString path = askSavePath();
    if (!path.isEmpty())
        saveFile(path);
}

QString FileMenu::askSavePath()
{
    const QString suggested = m_document->path().isEmpty()
        ? startDirectory() + QLatin1Char('/') + tr("workspace") + QLatin1Char('.') + QLatin1String(WorkspaceFile::kSuffix)
        : m_document->path();
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save workspace"), suggested,
        tr("Neural Lessons workspaces (*.%1)").arg(QLatin1String(WorkspaceFile::kSuffix)));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(WorkspaceFile::kSuffix);
    return path;
}

void FileMenu::askExport(ScriptExport::Target target)
{
    const bool keras = target == ScriptExport::Target::Keras;
    const QString base = m_document->path().isEmpty() ? tr("workspace") : QFileInfo(m_document->path()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(
        m_window, keras ? tr("Export Keras script") : tr("Export PyTorch script"),
        startDirectory() + QLatin1Char('/') + base + (keras ? QStringLiteral("_keras.py") : QStringLiteral(".py")),
        tr("Python scripts (*.py)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".py");
    exportScript(path, target);
}

void FileMenu::exportScript(const QString &path, ScriptExport::Target target)
{
    ScriptExport::Options options;
    options.target = target;
    options.language = QLocale().name().startsWith(QLatin1String("zh")) ? pythoncode::CommentLanguage::Chinese
                                                                        : pythoncode::CommentLanguage::English;
    options.source = m_document->path().isEmpty() ? QString() : fileName(m_document->path());
    m_document->withState([this, path, options](const WorkspaceState &state) {
        // The export replays the run from its initial weights: that is training, so not here.
        auto error = std::make_shared<QString>();
        QThread *thread = QThread::create([path, state, options, error] { ScriptExport::write(path, state, options, error.get()); });
        connect(thread, &QThread::finished, this, [this, path, error] {
            if (!error->isEmpty())
                warn(tr("The script cannot be exported"), tr("“%1” cannot be exported.\n\n%2").arg(fileName(path), *error));
            emit exportFinished(path, *error);
        });
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
    });
}

void FileMenu::saveFile(const QString &path)
{
    m_document->save(path);
}

void FileMenu::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentFiles::list();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(fileName(path)));
        action->setToolTip(path);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear list"), this, [] { RecentFiles::clear(); });
}

void FileMenu::openRecent(const QString &path)
{
    if (settleChanges([this, path] { openExisting(path); }))
        openExisting(path);
}

void FileMenu::openExisting(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        RecentFiles::remove(path);
        warn(tr("Workspace not found"),
             tr("“%1” no longer exists; it was removed from the recent workspaces.").arg(path));
        return;
    }
    openFile(path);
}

void FileMenu::enableAutosave(const QString &directory)
{
    m_autosave = std::make_unique<Autosave>(m_document, [this] { return isFreePlay(); }, directory);
    if (!m_autosave->recoveryPath().isEmpty())
        offerRecovery();
}

void FileMenu::offerRecovery()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore the workspace?"),
                                tr("Neural Lessons did not close properly last time. Free play was saved "
                                   "automatically at %1. Restore it?")
                                    .arg(QLocale().toString(m_autosave->recoveryTime(), QLocale::ShortFormat)),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("recoveryBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *restore = box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    box->addButton(tr("Discard"), QMessageBox::DestructiveRole)->setObjectName(QStringLiteral("discardButton"));
    box->setDefaultButton(restore);
    connect(box, &QMessageBox::buttonClicked, this, [this, restore](QAbstractButton *button) {
        if (button == restore) {
            QString error;
            const std::optional<WorkspaceState> state = WorkspaceFile::load(m_autosave->recoveryPath(), &error);
            if (state) {
                m_shell->showFreePlay();
                m_document->adopt(*state, QString());
            } else {
                warn(tr("The workspace cannot be restored"), error);
            }
        }
        m_autosave->discardRecovery();
    });
    box->open();
}

void FileMenu::warn(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("fileProblemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
