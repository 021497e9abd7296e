#pragma once
/**
 * @file workspace.h
 * The workspace's state in the GUI thread: the WorkspaceSpec (the source of truth for every
 * control), the TrainingSession that trains it, and the undo stack every change goes through.
 * Controls never talk to the session directly: they ask the workspace for a change, the change
 * becomes an undoable command, and the command tells the session what to do.
 */
#include "describedcommand.h"
#include "networkedit.h"
#include "runhistory.h"
#include "trainingsession.h"
#include "workspacespec.h"
#include "workspacestate.h"

#include <QObject>
#include <QUndoStack>

class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);

    const WorkspaceSpec &spec() const { return m_spec; }
    TrainingSession &session() { return m_session; }
    QUndoStack &undoStack() { return m_undo; }
    RunHistory &runHistory() { return m_runs; }

    /// Replaces the whole state with a lesson preset: a new run, and nothing to undo.
    void loadPreset(const WorkspaceSpec &spec);
    /// Replaces the whole state with a saved workspace (an opened file): its run continues
    /// exactly where it was saved, and there is nothing to undo.
    void loadState(const WorkspaceState &state);
    /// Makes recorded run `number` the run in progress again: its spec and its final weights
    /// and trainer state, so it shows the metrics it ended with and trains on exactly as it
    /// would have. The history keeps the run; nothing to undo.
    void reopenRun(int number);
    /// An undoable change of the spec; `description` names it in Edit > Undo (in the language of
    /// the moment: it runs again after a language switch).
    void change(const WorkspaceSpec &spec, Description description);
    /// An undoable edit of the network (weights that still have a place are kept). An edit that
    /// does not fit the network's shape any more (a click on a view that a queued change has made
    /// stale, e.g. "remove a neuron" twice on a layer of two) is dropped, as the worker would
    /// refuse it.
    void editNetwork(const NetworkEdit &edit, Description description);
    /// Names every change on the undo stack again, in the current language.
    void retranslateHistory();

    /// Applies a spec without recording it (used by the undo commands): reloads the run when
    /// the data, split, features, seeds or network shape changed, otherwise only passes new
    /// hyperparameters to the worker, which takes them at the next batch.
    void applySpec(const WorkspaceSpec &spec);
    /// Applies a network edit without recording it (used by the undo commands); does nothing
    /// for an edit that does not fit the spec's network.
    void applyEdit(const NetworkEdit &edit);

signals:
    void specChanged(const WorkspaceSpec &spec);
    /// A lesson preset replaced the workspace (so it is no longer the one of an opened file).
    void presetLoaded();
    /// The undo stack's texts are in the current language now.
    void historyRetranslated();

private:
    static bool needsReload(const WorkspaceSpec &before, const WorkspaceSpec &after);
    /// Whether the engine can make `edit` on a network of the spec's hidden layers. The spec is
    /// what the worker will have once it has handled every queued command, so this is exact
    /// where the latest report may be behind.
    bool fitsNetwork(const NetworkEdit &edit) const;

    WorkspaceSpec m_spec;
    TrainingSession m_session;
    RunHistory m_runs{&m_session};
    QUndoStack m_undo;
};
