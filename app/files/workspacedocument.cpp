#include "workspacedocument.h"

#include "workspace.h"
#include "workspacefile.h"

#include <QUndoStack>

WorkspaceDocument::WorkspaceDocument(Workspace *workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    TrainingSession &session = workspace->session();
    connect(&session, &TrainingSession::stateCaptured, this, &WorkspaceDocument::onStateCaptured);
    connect(&session, &TrainingSession::reportReceived, this, &WorkspaceDocument::onReport);
    connect(workspace, &Workspace::specChanged, this, &WorkspaceDocument::markChanged);
    connect(&workspace->undoStack(), &QUndoStack::indexChanged, this, &WorkspaceDocument::markChanged);
    connect(&workspace->runHistory(), &RunHistory::edited, this, &WorkspaceDocument::markChanged);
    // A lesson's preset is a new, untitled workspace: saving must not overwrite the file that
    // was open before with a lesson's state.
    connect(workspace, &Workspace::presetLoaded, this, [this] {
        m_cleanUpdates = 0;
        setStatus(QString(), false);
    });
}

void WorkspaceDocument::save(const QString &path)
{
    request(path, false);
}

void WorkspaceDocument::saveCopy(const QString &path)
{
    request(path, true);
}

void WorkspaceDocument::request(const QString &path, bool copy)
{
    const quint64 ticket = ++m_lastTicket;
    m_pending.insert(ticket, {path, copy, m_revision});
    m_workspace->session().captureState(ticket);
}

void WorkspaceDocument::withState(std::function<void(const WorkspaceState &)> use)
{
    const quint64 ticket = ++m_lastTicket;
    m_uses.insert(ticket, std::move(use));
    m_workspace->session().captureState(ticket);
}

void WorkspaceDocument::onStateCaptured(quint64 ticket, const WorkspaceState &state)
{
    if (const auto use = m_uses.constFind(ticket); use != m_uses.constEnd()) {
        const std::function<void(const WorkspaceState &)> callback = *use;
        m_uses.erase(use);
        callback(state);
        return;
    }
    const auto found = m_pending.constFind(ticket);
    if (found == m_pending.constEnd())
        return;
    const Pending pending = *found;
    m_pending.erase(found);
    WorkspaceState withHistory = state;
    m_workspace->runHistory().store(withHistory);
    QString error;
    if (!WorkspaceFile::save(pending.path, withHistory, &error)) {
        emit saveFailed(pending.path, error);
        return;
    }
    if (pending.copy) {
        emit copySaved(pending.path, pending.revision);
        return;
    }
    m_cleanUpdates = state.trainer.updates;
    setStatus(pending.path, m_revision != pending.revision && m_modified);
    emit saved(pending.path);
}

void WorkspaceDocument::adopt(const WorkspaceState &state, const QString &path)
{
    m_workspace->loadState(state);
    m_cleanUpdates = state.trainer.updates;
    setStatus(path, path.isEmpty());
}

void WorkspaceDocument::onReport(const TrainingReport &report)
{
    // A report the worker sent before it handled the latest command (an open, a reset) says
    // nothing about the workspace as it is now.
    if (m_workspace->session().isCaughtUp() && report.updates != m_cleanUpdates)
        markChanged();
}

void WorkspaceDocument::markChanged()
{
    ++m_revision;
    setStatus(m_path, true);
}

void WorkspaceDocument::setStatus(const QString &path, bool modified)
{
    if (path == m_path && modified == m_modified)
        return;
    m_path = path;
    m_modified = modified;
    emit statusChanged();
}
