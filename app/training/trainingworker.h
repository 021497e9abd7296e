#pragma once
/**
 * @file trainingworker.h
 * Owns the engine objects and trains them on its own thread (the worker-object pattern of
 * qtbase's QThread docs). Commands arrive as queued slot calls; training runs in short slices
 * (at most ~12 ms), each re-posted through the event loop, so a command is handled between two
 * batches at the latest and quitting the thread never waits for a long engine call.
 * Results go back as value-type reports, throttled to ~30 a second however fast training runs.
 */
#include "reportfields.h"
#include "trainingreport.h"
#include "networkedit.h"
#include "workspacespec.h"
#include "workspacestate.h"
#include "weighttimeline.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>

/// Why a command was refused; the GUI explains it in the user's language.
enum class WorkerError { None, InvalidSpec, InvalidSettings, InvalidEdit, NoTrainingData };
Q_DECLARE_METATYPE(WorkerError)

class TrainingWorker : public QObject {
    Q_OBJECT
public:
    /// Speed levels 0..kMaxSpeed; kMaxSpeed trains as fast as the engine goes.
    static constexpr int kMaxSpeed = 10;

    explicit TrainingWorker(QObject *parent = nullptr);
    ~TrainingWorker() override;

    /// Called from the GUI thread (thread-safe) when it has taken a report. While a report is
    /// still on its way, the worker sends no periodic one: a GUI slower than ~30 reports a
    /// second (a big network's tables and pictures) gets the newest state when it is ready,
    /// instead of a queue of stale reports that would keep its event loop from timers and input.
    void reportTaken() { m_reportsOnTheWay.fetch_sub(1, std::memory_order_relaxed); }

public slots:
    /// Rebuilds data, network and trainer from the spec (a new run, paused, at epoch 0).
    void load(const WorkspaceSpec &spec);
    /// Rebuilds the run a saved workspace holds: its data, its network with the saved weights and
    /// the trainer's state, paused, so training on continues exactly (an opened file).
    void loadState(const WorkspaceState &state);
    /// Sends the whole state (stateCaptured) for saving; not a command: the run goes on as it was.
    void captureState(quint64 ticket);
    /// New hyperparameters, applied from the next batch on.
    void setTraining(const engine::TrainingSettings &settings, int epochLimit);
    void edit(const NetworkEdit &edit);
    void play();
    void pause();
    void stepBatch();
    /// One update like stepBatch(), recorded in the next report's UpdateTrace with `ticket`
    /// (0: not recorded, which is stepBatch()).
    void stepBatchTraced(quint64 ticket);
    void stepEpoch();
    /// Back to the same initial weights (the network's seed), epoch 0.
    void reset();
    /// New initial weights from `seed`, epoch 0.
    void reinitialize(quint64 seed);
    void setSpeed(int level);
    /// Sends the timeline's (P12) snapshot of the newest stored epoch <= `epoch` as a past report
    /// (pastReportReady): that epoch's network, fields, predictions and metrics. Not a command of
    /// the run: it changes nothing, so it does not count in commandsHandled.
    void showEpoch(int epoch);
    /// Records every batch's loss for the reports (TrainingReport::batchLosses) while on. Off by
    /// default: free play does not pay for a log nobody reads.
    void setBatchLog(bool on);

signals:
    void dataReady(const DataReport &report);
    void reportReady(const TrainingReport &report);
    void pastReportReady(const TrainingReport &report);
    void commandFailed(WorkerError error, const QString &detail);
    void stateCaptured(quint64 ticket, const WorkspaceState &state);

private:
    /// A new run is loaded: new generation, paused, data and a report sent.
    void beginRun();
    /// A new run's timeline: only the current weights.
    void restartTimeline();
    void runSlice();
    void scheduleSlice();
    int tickIntervalMs() const;
    int batchesPerTick() const;
    void sendReport(bool force);
    void stopRunning(engine::StopReason reason);
    /// Back to epoch 0 (reset and reinitialize share it).
    void restart();
    bool trainerReady() const { return m_trainer != nullptr; }
    /// True when there is a training sample to step on; otherwise says why (commandFailed).
    bool canTrain();

    WorkspaceSpec m_spec;
    engine::Dataset m_dataset;
    engine::DataSplit m_split;
    std::unique_ptr<engine::Trainer> m_trainer;
    ReportFields m_fields;
    WeightTimeline m_timeline;          ///< this run's weights at every epoch (P12), thinned
    quint64 m_generation = 0;
    quint64 m_commandsHandled = 0;      ///< every command slot counts, so the GUI can tell it caught up
    int m_reportedEpoch = -1;           ///< the newest epoch already sent
    bool m_running = false;
    bool m_sliceQueued = false;
    int m_speed = kMaxSpeed;
    engine::StopReason m_stopReason = engine::StopReason::None;
    QElapsedTimer m_sinceReport;
    double m_trainSeconds = 0.0;        ///< training time since the last report
    int m_trainEpochs = 0;              ///< epochs finished since the last report
    double m_msPerEpoch = 0.0;
    bool m_batchLogOn = false;
    std::atomic<int> m_reportsOnTheWay{0}; ///< sent and not yet taken by the GUI thread
    std::vector<engine::BatchReport> m_batchLog; ///< batches since the last report, while on
    UpdateTrace m_trace;                ///< the traced update waiting for the next report
};
