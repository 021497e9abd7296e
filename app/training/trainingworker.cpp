#include "trainingworker.h"

#include "batchlogobserver.h"
#include "epochrecorder.h"
#include "networkeditor.h"
#include "sliceobserver.h"

#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace engine;

namespace {
/// Batches per second at each speed level below the maximum: from "watch every update" to fast.
constexpr int kBatchesPerSecond[TrainingWorker::kMaxSpeed] = {1, 2, 5, 10, 30, 100, 300, 1000, 3000, 10000};
constexpr int kReportIntervalMs = 33;
constexpr int kSliceBudgetMs = 12;

bool isFinite(const EpochMetrics &m)
{
    for (const SplitMetrics *s : {&m.train, &m.validation, &m.test})
        if (!std::isfinite(s->loss) || !std::isfinite(s->accuracy))
            return false;
    return true;
}
} // namespace

TrainingWorker::TrainingWorker(QObject *parent) : QObject(parent)
{
    m_sinceReport.start();
}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::load(const WorkspaceSpec &spec)
{
    ++m_commandsHandled;
    try {
        Dataset dataset = spec.makeDataset();
        DataSplit split = splitDataset(dataset.size(), spec.split, spec.data.seed);
        TrainingData data = makeTrainingData(dataset, split, spec.features, spec.encoding());
        Network network = spec.makeNetwork(data.inputCount(), data.outputCount());
        auto trainer = std::make_unique<Trainer>(std::move(network), std::move(data), spec.training);
        m_spec = spec;
        m_dataset = std::move(dataset);
        m_split = std::move(split);
        m_trainer = std::move(trainer);
    } catch (const std::exception &e) {
        emit commandFailed(WorkerError::InvalidSpec, QString::fromUtf8(e.what()));
        return;
    }
    beginRun();
}

void TrainingWorker::loadState(const WorkspaceState &state)
{
    ++m_commandsHandled;
    try {
        RestoredRun run = restoreRun(state);
        m_spec = state.spec;
        m_dataset = std::move(run.dataset);
        m_split = std::move(run.split);
        m_trainer = std::move(run.trainer);
    } catch (const std::exception &e) {
        emit commandFailed(WorkerError::InvalidSpec, QString::fromUtf8(e.what()));
        return;
    }
    beginRun();
}

void TrainingWorker::beginRun()
{
    ++m_generation;
    m_reportedEpoch = -1;
    m_running = false;
    m_stopReason = StopReason::None;
    m_batchLog.clear();
    restartTimeline();
    emit dataReady({m_generation, m_dataset, m_split, m_spec.encoding()});
    sendReport(true);
}

void TrainingWorker::restartTimeline()
{
    m_timeline.clear();
    m_timeline.record(m_trainer->measureNow(), m_trainer->network());
}

void TrainingWorker::captureState(quint64 ticket)
{
    // The Workspace loads a spec before anything can ask, so there is always a trainer here.
    if (trainerReady())
        emit stateCaptured(ticket, {m_spec, m_trainer->network(), m_trainer->state()});
}

void TrainingWorker::setTraining(const TrainingSettings &settings, int epochLimit)
{
    ++m_commandsHandled;
    if (!trainerReady())
        return;
    try {
        m_trainer->setSettings(settings);
    } catch (const std::exception &e) {
        emit commandFailed(WorkerError::InvalidSettings, QString::fromUtf8(e.what()));
        return;
    }
    m_spec.training = settings;
    m_spec.epochLimit = epochLimit;
    sendReport(true);
}

void TrainingWorker::edit(const NetworkEdit &edit)
{
    ++m_commandsHandled;
    if (!trainerReady())
        return;
    Network &network = m_trainer->network();
    const Network before = network;
    try {
        NetworkEditor::apply(network, edit, m_spec, m_trainer->data());
        m_trainer->networkEdited();
    } catch (const std::exception &e) {
        network = before; // nothing the user had is lost
        m_trainer->networkEdited();
        emit commandFailed(WorkerError::InvalidEdit, QString::fromUtf8(e.what()));
    }
    NetworkEditor::describe(network, m_spec);
    sendReport(true);
}

void TrainingWorker::play()
{
    ++m_commandsHandled;
    if (!canTrain() || m_trainer->divergence() != Divergence::None)
        return;
    m_running = true;
    m_stopReason = StopReason::None;
    scheduleSlice();
    sendReport(true);
}

void TrainingWorker::pause()
{
    ++m_commandsHandled;
    m_running = false;
    sendReport(true);
}

void TrainingWorker::stepBatch()
{
    stepBatchTraced(0);
}

void TrainingWorker::stepBatchTraced(quint64 ticket)
{
    ++m_commandsHandled;
    if (!canTrain())
        return;
    m_running = false;
    const long long updatesBefore = m_trainer->updates();
    const Vector<float> before = ticket != 0 ? m_trainer->network().parameters() : Vector<float>();
    EpochRecorder recorder(m_timeline, m_trainer->network());
    BatchLogObserver observer(m_batchLogOn ? &m_batchLog : nullptr, &recorder);
    m_stopReason = m_trainer->stepBatch(&observer);
    // Only a real update is traced (a diverged run steps nothing): a replay that never sees its
    // ticket ends once the session has caught up.
    if (ticket != 0 && m_trainer->updates() > updatesBefore)
        m_trace = {ticket, before, m_trainer->lastGradient(), m_trainer->network().parameters(),
                   observer.last().batchLoss};
    sendReport(true);
}

void TrainingWorker::stepEpoch()
{
    ++m_commandsHandled;
    if (!canTrain())
        return;
    m_running = false;
    EpochRecorder recorder(m_timeline, m_trainer->network());
    BatchLogObserver observer(m_batchLogOn ? &m_batchLog : nullptr, &recorder);
    m_stopReason = m_trainer->stepEpoch(&observer);
    sendReport(true);
}

void TrainingWorker::reset()
{
    ++m_commandsHandled;
    restart();
}

void TrainingWorker::restart()
{
    if (!trainerReady())
        return;
    m_running = false;
    m_trainer->restart();
    m_stopReason = StopReason::None;
    ++m_generation;
    m_reportedEpoch = -1;
    m_batchLog.clear();
    restartTimeline();
    sendReport(true);
}

void TrainingWorker::reinitialize(quint64 seed)
{
    ++m_commandsHandled;
    if (!trainerReady())
        return;
    m_spec.initSeed = seed;
    m_trainer->network().reinitialize(seed);
    restart();
}

void TrainingWorker::setSpeed(int level)
{
    ++m_commandsHandled;
    m_speed = std::clamp(level, 0, kMaxSpeed);
}

void TrainingWorker::setBatchLog(bool on)
{
    // Not a counted command: it changes what reports carry, not the run, and sends no report.
    m_batchLogOn = on;
    if (!on)
        m_batchLog.clear();
}

/// Below full speed: up to 100 batches a second, one batch per tick; above, a tick every 10 ms.
int TrainingWorker::tickIntervalMs() const
{
    if (m_speed >= kMaxSpeed)
        return 0;
    return kBatchesPerSecond[m_speed] < 100 ? 1000 / kBatchesPerSecond[m_speed] : 10;
}

int TrainingWorker::batchesPerTick() const
{
    if (m_speed >= kMaxSpeed)
        return std::numeric_limits<int>::max();
    return std::max(1, kBatchesPerSecond[m_speed] / 100);
}

bool TrainingWorker::canTrain()
{
    if (!trainerReady())
        return false;
    if (m_trainer->data().train.size() > 0)
        return true;
    // An empty set (all drawn points cleared) is shown, untrained; training it means nothing.
    emit commandFailed(WorkerError::NoTrainingData, QString());
    sendReport(true); // paused, as before: the play button shows "Train" again
    return false;
}

void TrainingWorker::scheduleSlice()
{
    if (m_sliceQueued)
        return;
    m_sliceQueued = true;
    QTimer::singleShot(tickIntervalMs(), Qt::PreciseTimer, this, [this] {
        m_sliceQueued = false;
        runSlice();
    });
}

void TrainingWorker::runSlice()
{
    if (!m_running || !trainerReady())
        return;
    // Below full speed a slice is a fixed number of batches per tick; at full speed, a time budget.
    const int maxBatches = batchesPerTick();
    SliceObserver observer(kSliceBudgetMs, maxBatches);
    EpochRecorder recorder(m_timeline, m_trainer->network(), &observer);
    BatchLogObserver logger(m_batchLogOn ? &m_batchLog : nullptr, &recorder);
    QElapsedTimer clock;
    clock.start();
    const int epochBefore = m_trainer->epoch();
    StopReason reason = StopReason::None;
    while (reason == StopReason::None && observer.batches() < maxBatches && clock.elapsed() < kSliceBudgetMs) {
        reason = m_trainer->stepBatch(&logger);
        if (m_spec.epochLimit > 0 && m_trainer->epoch() >= m_spec.epochLimit && m_trainer->batchInEpoch() == 0)
            reason = StopReason::EpochLimit;
    }
    m_trainSeconds += clock.nsecsElapsed() * 1e-9;
    m_trainEpochs += m_trainer->epoch() - epochBefore;
    if (reason == StopReason::Requested)
        reason = StopReason::None; // the slice's own budget, not a real stop
    if (reason != StopReason::None) {
        stopRunning(reason);
        return;
    }
    sendReport(false);
    scheduleSlice();
}

void TrainingWorker::stopRunning(StopReason reason)
{
    m_running = false;
    m_stopReason = reason;
    sendReport(true);
}

void TrainingWorker::sendReport(bool force)
{
    // Reports that answer a command always go; a periodic one waits until the last one was taken.
    if (!trainerReady()
        || (!force && (m_sinceReport.elapsed() < kReportIntervalMs || m_reportsOnTheWay.load(std::memory_order_relaxed) > 0)))
        return;
    m_sinceReport.restart();
    const Trainer &trainer = *m_trainer;
    TrainingReport report;
    report.generation = m_generation;
    report.commandsHandled = m_commandsHandled;
    // By epoch number, not index: the trainer thins old history entries in long runs.
    const auto &history = trainer.history();
    if (!history.empty() && history.back().epoch < m_reportedEpoch)
        m_reportedEpoch = -1; // the run started over
    const auto firstNew = std::find_if(history.begin(), history.end(),
                                       [this](const EpochMetrics &m) { return m.epoch > m_reportedEpoch; });
    report.newEpochs.assign(firstNew, history.end());
    if (!history.empty())
        m_reportedEpoch = history.back().epoch;
    report.current = m_trainer->measureNow();
    // The weights are always finite, but those of a diverged run can overflow the outputs (once
    // switched to linear activations, say): nothing non-finite is shown, so the last figures
    // stand and the maps stay empty while the banner explains.
    if (!isFinite(report.current))
        report.current = trainer.latest();
    report.epoch = trainer.epoch();
    report.batchInEpoch = trainer.batchInEpoch();
    report.batchesPerEpoch = trainer.batchesPerEpoch();
    report.updates = trainer.updates();
    report.samplesSeen = trainer.samplesSeen();
    if (m_trainEpochs > 0) {
        m_msPerEpoch = 1000.0 * m_trainSeconds / m_trainEpochs;
        m_trainSeconds = 0.0;
        m_trainEpochs = 0;
    }
    report.msPerEpoch = m_msPerEpoch;
    report.network = trainer.network();
    report.bestValidationEpoch = trainer.bestValidationEpoch();
    report.divergence = trainer.divergence();
    report.stopReason = m_stopReason;
    report.running = m_running;
    report.gradientMagnitudes = history.back().meanAbsGradient;
    report.lastGradient = trainer.lastGradient();
    report.update = std::move(m_trace);
    m_trace = UpdateTrace();
    report.batchLosses.swap(m_batchLog);
    m_fields.fill(report, trainer.network(), m_spec, m_dataset, trainer.data(), m_trainer->evaluator());
    m_reportsOnTheWay.fetch_add(1, std::memory_order_relaxed);
    emit reportReady(report);
}

void TrainingWorker::showEpoch(int epoch)
{
    TrainingReport report;
    report.generation = m_generation;
    report.commandsHandled = m_commandsHandled;
    report.past = true;
    report.running = m_running;
    const WeightTimeline::Snapshot *snapshot = trainerReady() ? m_timeline.at(epoch) : nullptr;
    if (snapshot) {
        report.network = WeightTimeline::networkOf(*snapshot);
        report.current = snapshot->metrics;
        report.epoch = snapshot->metrics.epoch;
        report.updates = snapshot->metrics.updates;
        report.samplesSeen = snapshot->metrics.samplesSeen;
        report.batchesPerEpoch = m_trainer->batchesPerEpoch();
        report.gradientMagnitudes = snapshot->metrics.meanAbsGradient;
        report.bestValidationEpoch = m_trainer->bestValidationEpoch();
        m_fields.fill(report, report.network, m_spec, m_dataset, m_trainer->data(), m_trainer->evaluator());
    }
    emit pastReportReady(report);
}
