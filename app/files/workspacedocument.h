#pragma once
/**
 * @file workspacedocument.h
 * WorkspaceDocument: the workspace as a document — the file it belongs to, whether it changed
 * since it was saved or opened, and saving and opening it. No dialogs (FileMenu asks the user),
 * so tests drive it directly.
 *
 * Saving asks the training worker for the whole state (the GUI thread holds no trainer) and
 * writes it when it arrives, atomically; the run goes on meanwhile. "Changed" means a spec
 * change, an undoable edit, or training moving the update count away from the saved one.
 */
#include "workspacestate.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

class Workspace;
struct TrainingReport;

class WorkspaceDocument : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceDocument(Workspace *workspace, QObject *parent = nullptr);

    /// The file the workspace belongs to; empty while untitled.
    const QString &path() const { return m_path; }
    bool isModified() const { return m_modified; }
    /// Counts changes; autosave compares it with the revision it saved last.
    quint64 revision() const { return m_revision; }

    /// Writes the current state to `path`; saved() or saveFailed() follows. The document then
    /// belongs to `path`, unchanged as of the state written.
    void save(const QString &path);
    /// Writes a copy to `path` and leaves the document's file and changed flag alone (autosave);
    /// copySaved() or saveFailed() follows.
    void saveCopy(const QString &path);
    /// Loads a state read from `path` (WorkspaceFile::load) into the workspace, which then
    /// belongs to that file, unchanged. An empty path (a recovered autosave) leaves it untitled
    /// and changed.
    void adopt(const WorkspaceState &state, const QString &path);
    /// Asks the worker for the current state and hands it to `use` when it arrives (the
    /// exports); the document's file and changed flag stay as they are.
    void withState(std::function<void(const WorkspaceState &)> use);

signals:
    void saved(const QString &path);
    void copySaved(const QString &path, quint64 revision);
    void saveFailed(const QString &path, const QString &message);
    /// The file or the changed flag is different now.
    void statusChanged();

private:
    struct Pending {
        QString path;
        bool copy = false;
        quint64 revision = 0;
    };
    void request(const QString &path, bool copy);
    void onStateCaptured(quint64 ticket, const WorkspaceState &state);
    void onReport(const TrainingReport &report);
    void markChanged();
    void setStatus(const QString &path, bool modified);

    Workspace *m_workspace;
    QString m_path;
    bool m_modified = false;
    quint64 m_revision = 0;
    long long m_cleanUpdates = 0; ///< the update count of the state saved or opened last
    quint64 m_lastTicket = 0;
    QHash<quint64, Pending> m_pending;
    QHash<quint64, std::function<void(const WorkspaceState &)>> m_uses;
};
