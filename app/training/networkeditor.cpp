#include "networkeditor.h"

#include <cmath>
#include <stdexcept>

using namespace engine;

namespace {
bool hasNeuron(const Network &network, const NetworkEdit &edit)
{
    return edit.layer >= 0 && edit.layer < network.layerCount() && edit.to >= 0
           && edit.to < network.layer(edit.layer).units && std::isfinite(edit.value);
}
} // namespace

void NetworkEditor::apply(Network &network, const NetworkEdit &edit, WorkspaceSpec &spec, const TrainingData &data)
{
    switch (edit.kind) {
    case NetworkEdit::Kind::InsertLayer:
        network.insertLayer(edit.layer, {edit.units, spec.network.activation});
        break;
    case NetworkEdit::Kind::RemoveLayer:
        network.removeLayer(edit.layer);
        break;
    case NetworkEdit::Kind::InsertNeuron:
        network.insertNeuron(edit.layer, edit.position);
        break;
    case NetworkEdit::Kind::RemoveNeuron:
        network.removeNeuron(edit.layer, edit.position);
        break;
    case NetworkEdit::Kind::SetActivation:
        for (int l = 0; l < network.hiddenLayerCount(); ++l)
            network.setActivation(l, edit.activation);
        spec.network.activation = edit.activation;
        break;
    case NetworkEdit::Kind::SetWeight:
        if (!hasNeuron(network, edit) || edit.from < 0 || edit.from >= network.fanIn(edit.layer))
            throw std::invalid_argument("no such weight, or not a finite value");
        network.setWeight(edit.layer, edit.to, edit.from, static_cast<float>(edit.value));
        break;
    case NetworkEdit::Kind::SetBias:
        if (!hasNeuron(network, edit))
            throw std::invalid_argument("no such bias, or not a finite value");
        network.setBias(edit.layer, edit.to, static_cast<float>(edit.value));
        break;
    case NetworkEdit::Kind::Replace:
        network = fitToData(edit.network, spec, data);
        break;
    }
}

void NetworkEditor::describe(const Network &network, WorkspaceSpec &spec)
{
    spec.network.hidden.clear();
    for (int l = 0; l < network.hiddenLayerCount(); ++l)
        spec.network.hidden.push_back(network.layer(l).units);
    if (network.hiddenLayerCount() > 0)
        spec.network.activation = network.layer(0).activation; // a new layer gets what the others have
}

Network NetworkEditor::fitToData(const Network &snapshot, const WorkspaceSpec &spec, const TrainingData &data)
{
    if (snapshot.layerCount() > 0 && snapshot.inputCount() == data.inputCount()
        && snapshot.outputCount() == data.outputCount() && snapshot.outputActivation() == spec.outputActivation())
        return snapshot;
    // The snapshot was taken before a reload reached the GUI (an undo right after a data change):
    // its weights belong to other inputs or outputs, so keep its shape and draw the weights anew,
    // as the GUI's spec expects.
    WorkspaceSpec shape = spec;
    describe(snapshot, shape);
    return shape.makeNetwork(data.inputCount(), data.outputCount());
}
