#include "networkeditcommand.h"

#include "workspace.h"

NetworkEditCommand::NetworkEditCommand(Workspace *workspace, engine::Network before, NetworkEdit edit,
                                       Description description)
    : DescribedCommand(std::move(description)), m_workspace(workspace), m_before(std::move(before)),
      m_edit(std::move(edit))
{
}

void NetworkEditCommand::redo()
{
    m_workspace->applyEdit(m_edit);
}

void NetworkEditCommand::undo()
{
    NetworkEdit restore;
    restore.kind = NetworkEdit::Kind::Replace;
    restore.network = m_before;
    m_workspace->applyEdit(restore);
}
