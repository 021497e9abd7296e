#pragma once
/**
 * @file specchangecommand.h
 * Undoable change of the workspace's settings: keeps the spec before and after.
 */
#include "describedcommand.h"
#include "workspacespec.h"

class Workspace;

class SpecChangeCommand : public DescribedCommand {
public:
    SpecChangeCommand(Workspace *workspace, WorkspaceSpec before, WorkspaceSpec after, Description description);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    WorkspaceSpec m_before;
    WorkspaceSpec m_after;
};
