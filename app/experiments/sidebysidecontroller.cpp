#include "sidebysidecontroller.h"

#include <algorithm>

SideBySideController::SideBySideController(QObject *parent) : QObject(parent) {}

SideBySideController::~SideBySideController() = default;

void SideBySideController::load(const QList<WorkspaceSpec> &specs, const QStringList &ids)
{
    setPlaying(false);
    m_models.clear();
    m_stepping = false;
    m_epoch = 0;
    for (int i = 0; i < specs.size() && i < kMaxModels; ++i)
        append(specs[i], i < ids.size() ? ids[i] : QString(QChar(u'A' + i)));
    emit modelsChanged();
    emit epochChanged(m_epoch);
}

bool SideBySideController::addModel(const WorkspaceSpec &spec)
{
    if (count() >= kMaxModels)
        return false;
    QString id;
    for (char16_t letter = u'A'; id.isEmpty(); ++letter) {
        const QString candidate(QChar{letter});
        if (std::none_of(m_models.begin(), m_models.end(), [&](const auto &m) { return m->id == candidate; }))
            id = candidate;
    }
    append(spec, id);
    restartAll();
    emit modelsChanged();
    return true;
}

bool SideBySideController::removeModel(int index)
{
    if (count() <= kMinModels || index < 0 || index >= count())
        return false;
    m_models.erase(m_models.begin() + index);
    emit modelsChanged();
    // The removed model may have been the last one the running epoch waited for.
    if (!m_models.empty())
        onReport(nullptr);
    return true;
}

void SideBySideController::append(const WorkspaceSpec &spec, const QString &id)
{
    auto model = std::make_unique<Model>();
    model->id = id;
    model->spec = spec;
    Model *m = model.get();
    connect(&m->session, &TrainingSession::dataChanged, this, [this, m](const DataReport &data) {
        m->metrics.onData(data);
        emit modelUpdated(indexOf(m));
    });
    connect(&m->session, &TrainingSession::reportReceived, this, [this, m] { onReport(m); });
    connect(&m->session, &TrainingSession::commandFailed, this, [this, m](WorkerError error, const QString &detail) {
        // A refused command sends no report: the epoch on its way would never end.
        m_stepping = false;
        setPlaying(false);
        emit modelFailed(indexOf(m), error, detail);
    });
    m->session.load(spec);
    m_models.push_back(std::move(model));
}

int SideBySideController::indexOf(const Model *model) const
{
    for (int i = 0; i < count(); ++i)
        if (m_models[i].get() == model)
            return i;
    return -1;
}

bool SideBySideController::allCaughtUp() const
{
    return std::all_of(m_models.begin(), m_models.end(), [](const auto &m) { return m->session.isCaughtUp(); });
}

void SideBySideController::onReport(Model *model)
{
    if (model) {
        model->metrics.onReport(model->session.latest());
        emit modelUpdated(indexOf(model));
    }
    if (!m_stepping || !allCaughtUp())
        return;
    // Every model has reported the epoch: only now does the next one go out (lockstep).
    m_stepping = false;
    ++m_epoch;
    emit epochChanged(m_epoch);
    if (!m_playing)
        return;
    if (m_epochLimit > 0 && m_epoch >= m_epochLimit)
        setPlaying(false);
    else
        sendEpoch();
}

void SideBySideController::sendEpoch()
{
    m_stepping = true;
    for (const auto &m : m_models)
        m->session.stepEpoch();
}

void SideBySideController::setLearningRate(int index, double rate)
{
    Model &m = *m_models[index];
    if (m.spec.training.optimizer.learningRate == rate)
        return;
    m.spec.training.optimizer.learningRate = rate;
    m.session.setTraining(m.spec.training, 0);
    emit modelsChanged();
}

void SideBySideController::setHiddenLayers(int index, const std::vector<int> &hidden)
{
    Model &m = *m_models[index];
    if (m.spec.network.hidden == hidden)
        return;
    m.spec.network.hidden = hidden;
    m.session.load(m.spec);
    restartAll();
    emit modelsChanged();
}

void SideBySideController::play()
{
    if (m_models.empty() || (m_epochLimit > 0 && m_epoch >= m_epochLimit))
        return;
    setPlaying(true);
    if (!m_stepping)
        sendEpoch();
}

void SideBySideController::pause()
{
    // The epoch on its way still ends in every model; no new one is sent.
    setPlaying(false);
}

void SideBySideController::stepEpoch()
{
    setPlaying(false);
    if (!m_stepping && !m_models.empty())
        sendEpoch();
}

void SideBySideController::reset()
{
    restartAll();
}

void SideBySideController::restartAll()
{
    setPlaying(false);
    for (const auto &m : m_models)
        m->session.reset();
    // Reports of an epoch still on its way come before the reset's: they are not counted.
    m_stepping = false;
    m_epoch = 0;
    emit epochChanged(m_epoch);
}

void SideBySideController::setPlaying(bool playing)
{
    if (m_playing == playing)
        return;
    m_playing = playing;
    emit playingChanged(m_playing);
}
