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
    emit presetLoaded();
}

void Workspace::loadState(const WorkspaceState &state)
{
    m_undo.clear();
    m_spec = state.spec;
    WorkspaceState run = state;
    run.runs.clear(); // the worker needs the run, not the history
    m_session.loadState(run);
    m_runs.restore(state.runs, state.nextRun);
    emit specChanged(m_spec);
}

void Workspace::reopenRun(int number)
{
    const RunRecord *run = m_runs.run(number);
    if (!run)
        return;
    m_undo.clear();
    m_spec = run->spec;
    m_session.loadState(run->state());
    m_runs.markReopened(*run);
    emit specChanged(m_spec);
}

void Workspace::change(const WorkspaceSpec &spec, Description description)
{
    WorkspaceSpec next = spec;
    // A data change can make the chosen loss impossible (softmax cross-entropy on two classes):
    // fall back to MSE in the same step rather than hand the worker a run it must refuse.
    const int outputs = next.task() == engine::Task::MultiClass ? 3 : 1;
    if (engine::checkLossCompatibility(next.training.loss, next.outputActivation(), outputs)
        != engine::LossCompatibility::Compatible)
        next.training.loss = engine::LossKind::MeanSquared;
    m_undo.push(new SpecChangeCommand(this, m_spec, next, std::move(description)));
}

void Workspace::editNetwork(const NetworkEdit &edit, Description description)
{
    if (!fitsNetwork(edit))
        return;
    m_undo.push(new NetworkEditCommand(this, m_session.latest().network, edit, std::move(description)));
}

void Workspace::retranslateHistory()
{
    for (int i = 0; i < m_undo.count(); ++i) {
        // QUndoStack hands its commands out as const; every one of them is a DescribedCommand
        // pushed here, and renaming it changes nothing but its text.
        const auto *command = static_cast<const DescribedCommand *>(m_undo.command(i));
        const_cast<DescribedCommand *>(command)->retranslate();
    }
    emit historyRetranslated();
}

bool Workspace::fitsNetwork(const NetworkEdit &edit) const
{
    const std::vector<int> &hidden = m_spec.network.hidden;
    const int layers = static_cast<int>(hidden.size());
    const bool isHidden = edit.layer >= 0 && edit.layer < layers;
    switch (edit.kind) {
    case NetworkEdit::Kind::InsertLayer:
        return edit.layer >= 0 && edit.layer <= layers && edit.units >= 1;
    case NetworkEdit::Kind::RemoveLayer:
        return isHidden;
    case NetworkEdit::Kind::InsertNeuron:
        return isHidden && edit.position >= 0 && edit.position <= hidden[edit.layer];
    case NetworkEdit::Kind::RemoveNeuron:
        return isHidden && edit.position >= 0 && edit.position < hidden[edit.layer] && hidden[edit.layer] > 1;
    case NetworkEdit::Kind::SetActivation:
    case NetworkEdit::Kind::SetWeight:
    case NetworkEdit::Kind::SetBias:
    case NetworkEdit::Kind::Replace:
        break; // the shape stays; the worker checks a weight's indices against its network
    }
    return true;
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
    // A redo after an undo that restored a stale snapshot may no longer fit.
    if (!fitsNetwork(edit))
        return;
    switch (edit.kind) {
    case NetworkEdit::Kind::Replace:
        m_spec.network.hidden.clear();
        for (int l = 0; l < edit.network.hiddenLayerCount(); ++l)
            m_spec.network.hidden.push_back(edit.network.layer(l).units);
        if (edit.network.hiddenLayerCount() > 0)
            m_spec.network.activation = edit.network.layer(0).activation;
        break;
    case NetworkEdit::Kind::InsertLayer:
        m_spec.network.hidden.insert(m_spec.network.hidden.begin() + edit.layer, edit.units);
        break;
    case NetworkEdit::Kind::RemoveLayer:
        m_spec.network.hidden.erase(m_spec.network.hidden.begin() + edit.layer);
        break;
    case NetworkEdit::Kind::InsertNeuron:
    case NetworkEdit::Kind::RemoveNeuron:
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
