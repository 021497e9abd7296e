#pragma once
/**
 * @file networkeditcommand.h
 * Undoable network edit. Undo restores the whole network as it was (weights included), so
 * undoing "remove neuron" brings back that neuron's own weights, not new random ones.
 */
#include "describedcommand.h"
#include "networkedit.h"

class Workspace;

class NetworkEditCommand : public DescribedCommand {
public:
    NetworkEditCommand(Workspace *workspace, engine::Network before, NetworkEdit edit, Description description);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    engine::Network m_before;
    NetworkEdit m_edit;
};
