#include "sweeprunner.h"

#include "evaluator.h"
#include "headlessrun.h"
#include "trainer.h"

#include <QThread>

#include <algorithm>

using namespace engine;

namespace {

/// Stops a cell's training as soon as the sweep is cancelled.
class CancelObserver : public TrainingObserver {
public:
    explicit CancelObserver(const std::atomic<bool> &cancel) : m_cancel(cancel) {}
    bool onBatchEnd(const BatchReport &) override { return !m_cancel.load(std::memory_order_relaxed); }
    bool onEpochEnd(const EpochMetrics &) override { return !m_cancel.load(std::memory_order_relaxed); }

private:
    const std::atomic<bool> &m_cancel;
};

} // namespace

SweepRunner::SweepRunner(QObject *parent) : QObject(parent), m_threads(QThread::idealThreadCount())
{
}

SweepRunner::~SweepRunner()
{
    m_shared->cancel = true;
    m_pool.waitForDone();
}

void SweepRunner::setThreadCount(int threads)
{
    m_threads = std::max(1, threads);
}

SweepCellResult SweepRunner::trainCell(const PresetState &state, int epochs, const std::atomic<bool> &cancel)
{
    const WorkspaceSpec &spec = state.spec;
    const Dataset dataset = spec.makeDataset();
    const DataSplit split = splitDataset(dataset.size(), spec.split, spec.data.seed);
    TrainingData data = makeTrainingData(dataset, split, spec.features, spec.encoding());
    SweepCellResult result;
    // The test split is taken out before the trainer sees it: nothing in the sweep can measure it.
    result.test = std::make_shared<const SplitData>(std::move(data.test));
    data.test = SplitData{};
    result.loss = spec.training.loss;
    result.encoding = data.encoding;
    result.classCount = data.classCount;
    Network network = spec.makeNetwork(data.inputCount(), data.outputCount());
    Trainer trainer(std::move(network), std::move(data), spec.training);
    CancelObserver observer(cancel);
    const StopReason reason = trainer.train(epochs, &observer);
    result.cancelled = reason == StopReason::Requested;
    result.metrics = HeadlessRun::snapshot(trainer);
    result.network = std::make_shared<const Network>(trainer.network());
    return result;
}

bool SweepRunner::start(const SweepGrid &grid)
{
    if (m_running || grid.cellCount() == 0)
        return false;
    m_grid = grid;
    m_results = QVector<std::optional<SweepCellResult>>(grid.cellCount());
    m_finished = 0;
    m_reported = 0;
    m_running = true;
    // A fresh flag per sweep: a cancelled sweep's flag must not stop the next one.
    const std::shared_ptr<Shared> previous = m_shared;
    m_shared = std::make_shared<Shared>();
    m_shared->peak = previous->peak.load();
    m_pool.setMaxThreadCount(std::min(m_threads, grid.cellCount()));
    for (int cell = 0; cell < grid.cellCount(); ++cell) {
        const PresetState state = grid.cellState(cell);
        const int epochs = grid.cellEpochs(cell);
        m_pool.start([this, shared = m_shared, cell, state, epochs]() {
            std::optional<SweepCellResult> result;
            if (!shared->cancel) {
                const int now = ++shared->running;
                for (int peak = shared->peak.load(); now > peak && !shared->peak.compare_exchange_weak(peak, now);) {
                }
                try {
                    result = trainCell(state, epochs, shared->cancel);
                } catch (const std::exception &) {
                    result = SweepCellResult{};
                    result->failed = true;
                }
                --shared->running;
            }
            // The runner outlives its tasks (its destructor waits), and a call queued to a
            // deleted object is dropped.
            QMetaObject::invokeMethod(this, [this, cell, result]() { onCellDone(cell, result); }, Qt::QueuedConnection);
        });
    }
    return true;
}

void SweepRunner::cancel()
{
    if (m_running)
        m_shared->cancel = true;
}

void SweepRunner::onCellDone(int cell, std::optional<SweepCellResult> result)
{
    ++m_reported;
    if (result) {
        m_results[cell] = std::move(result);
        ++m_finished;
        emit cellFinished(cell);
    }
    if (m_reported == m_results.size()) {
        m_running = false;
        emit finished(m_shared->cancel.load());
    }
}

int SweepRunner::bestCell() const
{
    int best = -1;
    for (int cell = 0; cell < m_results.size(); ++cell) {
        const std::optional<SweepCellResult> &r = m_results[cell];
        if (!r || r->failed || r->cancelled || r->metrics.validation.metrics.count == 0)
            continue;
        if (best < 0 || r->metrics.validation.metrics.loss < m_results[best]->metrics.validation.metrics.loss)
            best = cell;
    }
    return best;
}

std::optional<SplitSnapshot> SweepRunner::evaluateTest(int cell)
{
    if (cell < 0 || cell >= m_results.size() || !m_results[cell] || m_results[cell]->failed)
        return std::nullopt;
    SweepCellResult &r = *m_results[cell];
    if (r.testEvaluated)
        return r.metrics.test;
    Evaluator evaluator;
    SplitSnapshot &s = r.metrics.test;
    s.metrics = evaluator.measure(*r.network, *r.test, r.loss, r.encoding);
    if (!r.test->classes.empty() && r.classCount > 0) {
        std::vector<int> counts(static_cast<std::size_t>(r.classCount), 0);
        for (int c : r.test->classes)
            ++counts[static_cast<std::size_t>(c)];
        s.majority = static_cast<double>(*std::max_element(counts.begin(), counts.end())) / r.test->classes.size();
        const ConfusionMatrix matrix = evaluator.confusion(*r.network, *r.test, r.encoding, r.classCount);
        if (matrix.classCount() == 2) {
            s.tp = matrix.at(1, 1);
            s.fn = matrix.at(1, 0);
            s.fp = matrix.at(0, 1);
            s.tn = matrix.at(0, 0);
        }
    }
    r.testEvaluated = true;
    ++m_testEvaluations;
    emit testEvaluated(cell);
    return s;
}
