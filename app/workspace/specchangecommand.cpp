#include "specchangecommand.h"

#include "workspace.h"

SpecChangeCommand::SpecChangeCommand(Workspace *workspace, WorkspaceSpec before, WorkspaceSpec after,
                                     Description description)
    : DescribedCommand(std::move(description)), m_workspace(workspace), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void SpecChangeCommand::redo()
{
    m_workspace->applySpec(m_after);
}

void SpecChangeCommand::undo()
{
    m_workspace->applySpec(m_before);
}
