#include "workspace.h"

#include "networkeditcommand.h"
#include "specchangecommand.h"

namespace {
bool sameData(const engine::DataSpec &a, const engine::DataSpec &b)
{
    return a.kind == b.kind && a.samples == b.samples && a.noise == b.noise && a.seed == b.seed
        && a.classes == b.classes && a.positiveFraction == b.positiveFraction;
}

bool samePoints(const std::vector<engine::LabeledPoint> &a, const std::vector<engine::LabeledPoint> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].x != b[i].x || a[i].y != b[i].y || a[i].label != b[i].label)
            return false;
    return true;
}
} // namespace

Workspace::Workspace(QObject *parent) : QObject(parent)
{
    m_session.load(m_spec);
}

void Workspace::loadPreset(const WorkspaceSpec &spec)
{
    m_undo.clear();
    m_spec = spec;
    m_session.load(m_spec);
    emit specChanged(m_spec);
}

void Workspace::change(const WorkspaceSpec &spec, const QString &description)
{
    WorkspaceSpec next = spec;
    // A data change can make the chosen loss impossible (softmax cross-entropy on two classes):
    // fall back to MSE in the same step rather than hand the worker a run it must refuse.
    const int outputs = next.task() == engine::Task::MultiClass ? 3 : 1;
    if (engine::checkLossCompatibility(next.training.loss, next.outputActivation(), outputs)
        != engine::LossCompatibility::Compatible)
        next.training.loss = engine::LossKind::MeanSquared;
    m_undo.push(new SpecChangeCommand(this, m_spec, next, description));
}

void Workspace::editNetwork(const NetworkEdit &edit, const QString &description)
{
    m_undo.push(new NetworkEditCommand(this, m_session.latest().network, edit, description));
}

bool Workspace::needsReload(const WorkspaceSpec &before, const WorkspaceSpec &after)
{
    const NetworkSpec &a = before.network, &b = after.network;
    return !sameData(before.data, after.data) || !samePoints(before.customPoints, after.customPoints)
        || before.customTask != after.customTask || before.split.train != after.split.train
        || before.split.validation != after.split.validation || before.split.test != after.split.test
        || before.features != after.features || a.hidden != b.hidden || a.activation != b.activation
        || a.output != b.output || a.initializer != b.initializer || before.initSeed != after.initSeed
        || before.training.loss != after.training.loss;
}

void Workspace::applySpec(const WorkspaceSpec &spec)
{
    const bool reload = needsReload(m_spec, spec);
    m_spec = spec;
    if (reload)
        m_session.load(m_spec);
    else
        m_session.setTraining(m_spec.training, m_spec.epochLimit);
    emit specChanged(m_spec);
}

void Workspace::applyEdit(const NetworkEdit &edit)
{
    switch (edit.kind) {
    case NetworkEdit::Kind::Replace:
        m_spec.network.hidden.clear();
        for (int l = 0; l < edit.network.hiddenLayerCount(); ++l)
            m_spec.network.hidden.push_back(edit.network.layer(l).units);
        if (edit.network.hiddenLayerCount() > 0)
            m_spec.network.activation = edit.network.layer(0).activation;
        break;
    case NetworkEdit::Kind::InsertLayer:
        if (edit.layer >= 0 && edit.layer <= static_cast<int>(m_spec.network.hidden.size()))
            m_spec.network.hidden.insert(m_spec.network.hidden.begin() + edit.layer, edit.units);
        break;
    case NetworkEdit::Kind::RemoveLayer:
        if (edit.layer >= 0 && edit.layer < static_cast<int>(m_spec.network.hidden.size()))
            m_spec.network.hidden.erase(m_spec.network.hidden.begin() + edit.layer);
        break;
    case NetworkEdit::Kind::InsertNeuron:
    case NetworkEdit::Kind::RemoveNeuron:
        // Only hidden layers are in the spec; the output layer follows the data.
        if (edit.layer >= 0 && edit.layer < static_cast<int>(m_spec.network.hidden.size()))
            m_spec.network.hidden[edit.layer] += edit.kind == NetworkEdit::Kind::InsertNeuron ? 1 : -1;
        break;
    case NetworkEdit::Kind::SetActivation:
        m_spec.network.activation = edit.activation;
        break;
    case NetworkEdit::Kind::SetWeight:
    case NetworkEdit::Kind::SetBias:
        break;
    }
    m_session.edit(edit);
    emit specChanged(m_spec);
}
