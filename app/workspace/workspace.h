#pragma once
/**
 * @file workspace.h
 * The workspace's state in the GUI thread: the WorkspaceSpec (the source of truth for every
 * control), the TrainingSession that trains it, and the undo stack every change goes through.
 * Controls never talk to the session directly: they ask the workspace for a change, the change
 * becomes an undoable command, and the command tells the session what to do.
 */
#include "networkedit.h"
#include "trainingsession.h"
#include "workspacespec.h"

#include <QObject>
#include <QUndoStack>

class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);

    const WorkspaceSpec &spec() const { return m_spec; }
    TrainingSession &session() { return m_session; }
    QUndoStack &undoStack() { return m_undo; }

    /// Replaces the whole state (a lesson preset, a file): a new run, and nothing to undo.
    void loadPreset(const WorkspaceSpec &spec);
    /// An undoable change of the spec; `description` names it in Edit > Undo.
    void change(const WorkspaceSpec &spec, const QString &description);
    /// An undoable edit of the network (weights that still have a place are kept).
    void editNetwork(const NetworkEdit &edit, const QString &description);

    /// Applies a spec without recording it (used by the undo commands): reloads the run when
    /// the data, split, features, seeds or network shape changed, otherwise only passes new
    /// hyperparameters to the worker, which takes them at the next batch.
    void applySpec(const WorkspaceSpec &spec);
    /// Applies a network edit without recording it (used by the undo commands).
    void applyEdit(const NetworkEdit &edit);

signals:
    void specChanged(const WorkspaceSpec &spec);

private:
    static bool needsReload(const WorkspaceSpec &before, const WorkspaceSpec &after);

    WorkspaceSpec m_spec;
    TrainingSession m_session;
    QUndoStack m_undo;
};
