#pragma once
/**
 * @file sweeprunner.h
 * SweepRunner: trains the cells of a SweepGrid in the background (issue #5), one cell per pool
 * thread, with as many threads as cores (both cores of the classroom laptop when there is more
 * than one cell). Results come back on the runner's thread as signals.
 *
 * The test set stays locked: each cell trains without its test split (the engine never sees
 * it, so test.* reads as not measured), and the split is kept aside. evaluateTest() is the
 * separate, deliberate action that measures one cell's trained network on it, once, and counts
 * it — the lesson point of L5: the test set is used once, at the end.
 *
 * Cancel is an atomic flag every cell checks after each batch, so it returns promptly and
 * nothing keeps running after finished().
 */
#include "metricssnapshot.h"
#include "sweepgrid.h"

#include "loss.h"
#include "network.h"
#include "targets.h"
#include "trainingdata.h"

#include <QObject>
#include <QThreadPool>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

/// One trained cell.
struct SweepCellResult {
    MetricsSnapshot metrics;    ///< train and validation only until the test set is evaluated
    bool failed = false;        ///< the engine refused the cell's preset
    bool cancelled = false;     ///< stopped by cancel() before its last epoch
    bool testEvaluated = false; ///< metrics.test holds the test set's numbers
    std::shared_ptr<const engine::Network> network;  ///< the trained weights
    std::shared_ptr<const engine::SplitData> test;   ///< the locked test split
    engine::LossKind loss = engine::LossKind::MeanSquared;
    engine::TargetEncoding encoding = engine::TargetEncoding::PlusMinusOne;
    int classCount = 2;
};

class SweepRunner : public QObject {
    Q_OBJECT
public:
    explicit SweepRunner(QObject *parent = nullptr);
    /// Cancels and waits for the cells in progress (they stop within one batch).
    ~SweepRunner() override;

    /// Threads to use at most (default: QThread::idealThreadCount()).
    void setThreadCount(int threads);
    int threadCount() const { return m_threads; }
    /// Starts training every cell; false (and nothing started) while a sweep is still running
    /// or when the grid has no cells.
    bool start(const SweepGrid &grid);
    /// Asks every cell to stop; finished(true) follows once the running ones have.
    void cancel();
    bool isRunning() const { return m_running; }

    const SweepGrid &grid() const { return m_grid; }
    int cellCount() const { return static_cast<int>(m_results.size()); }
    int finishedCount() const { return m_finished; }
    /// The result of `cell`, once it has finished.
    const std::optional<SweepCellResult> &result(int cell) const { return m_results[cell]; }
    /// The finished, complete cell with the lowest validation loss (ties: the first), or -1.
    int bestCell() const;

    /// Measures `cell`'s trained network on its test split, once; later calls return the
    /// recorded numbers without measuring again. Nothing for a cell without a result.
    std::optional<SplitSnapshot> evaluateTest(int cell);
    /// How many times a test set was measured (0 until evaluateTest()).
    int testEvaluations() const { return m_testEvaluations; }
    /// The most cells that trained at the same time in this runner's sweeps.
    int maxConcurrentCells() const { return m_shared->peak.load(); }
    /// Cells training right now (0 once finished() was emitted).
    int runningCells() const { return m_shared->running.load(); }
    QThreadPool *pool() { return &m_pool; }

    /// Trains one cell of `state` for `epochs` epochs without its test split, in the calling
    /// thread; stops early when `cancel` becomes true. Throws when the engine refuses the preset.
    static SweepCellResult trainCell(const PresetState &state, int epochs, const std::atomic<bool> &cancel);

signals:
    void cellFinished(int cell);
    void finished(bool cancelled);
    void testEvaluated(int cell);

private:
    struct Shared {
        std::atomic<bool> cancel{false};
        std::atomic<int> running{0};
        std::atomic<int> peak{0};
    };
    void onCellDone(int cell, std::optional<SweepCellResult> result);

    QThreadPool m_pool;
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    SweepGrid m_grid;
    QVector<std::optional<SweepCellResult>> m_results;
    int m_threads;
    int m_finished = 0;
    int m_reported = 0;         ///< cells that reported back, finished or skipped after cancel
    int m_testEvaluations = 0;
    bool m_running = false;
};
