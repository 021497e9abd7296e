#pragma once
/**
 * @file specchangecommand.h
 * Undoable change of the workspace's settings: keeps the spec before and after.
 */
#include "workspacespec.h"

#include <QUndoCommand>

class Workspace;

class SpecChangeCommand : public QUndoCommand {
public:
    SpecChangeCommand(Workspace *workspace, WorkspaceSpec before, WorkspaceSpec after, const QString &text);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    WorkspaceSpec m_before;
    WorkspaceSpec m_after;
};
