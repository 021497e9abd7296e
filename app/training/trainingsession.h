#pragma once
/**
 * @file trainingsession.h
 * The GUI thread's handle on training: owns the worker thread, forwards commands as queued
 * calls, keeps the latest report. It never trains, sleeps or waits on the worker, except in
 * the destructor, where the worker's short slices make quit() + wait() return promptly.
 */
#include "networkedit.h"
#include "trainingreport.h"
#include "trainingworker.h"
#include "workspacespec.h"

#include <QObject>
#include <QThread>

class TrainingSession : public QObject {
    Q_OBJECT
public:
    explicit TrainingSession(QObject *parent = nullptr);
    ~TrainingSession() override;

    void load(const WorkspaceSpec &spec);
    /// Loads a saved workspace's whole run (an opened file).
    void loadState(const WorkspaceState &state);
    /// Asks the worker for the whole state; stateCaptured(ticket, ...) follows. Not a command of
    /// the run: it does not change isCaughtUp().
    void captureState(quint64 ticket);
    void setTraining(const engine::TrainingSettings &settings, int epochLimit);
    void edit(const NetworkEdit &edit);
    void play();
    void pause();
    void togglePlay();
    void stepBatch();
    /// One update whose numbers come back in a report's UpdateTrace with the returned ticket.
    quint64 stepBatchTraced();
    void stepEpoch();
    void reset();
    void reinitialize(quint64 seed);
    void setSpeed(int level);
    /// Reports carry every batch's loss while on (TrainingReport::batchLosses). Not a command
    /// of the run: it does not change isCaughtUp().
    void setBatchLog(bool on);
    /// Shows a past epoch in the timeline (P12): the worker answers with its snapshot of the
    /// newest stored epoch <= `epoch` (pastReportReceived). While one request is on its way a
    /// newer one only replaces the epoch asked for, so scrubbing never queues field computations.
    /// Not a command of the run: it does not change isCaughtUp().
    void showEpoch(int epoch);
    /// Back to the live run (liveResumed). Every command that trains or starts a run over (play,
    /// steps, reset, new weights, loads, edits) does this first; pause and hyperparameters do not.
    void showLive();
    bool isShowingPast() const { return m_viewEpoch >= 0; }
    /// The past epoch on show (after pastReportReceived, while isShowingPast()).
    const TrainingReport &past() const { return m_past; }

    bool isRunning() const { return m_latest.running; }
    /// True once the latest report came after the worker handled every command sent so far
    /// (a command that sends no report, like setSpeed(), counts with the next one).
    bool isCaughtUp() const { return m_latest.commandsHandled == m_commandsSent; }
    const TrainingReport &latest() const { return m_latest; }
    const DataReport &data() const { return m_data; }

signals:
    /// Emitted by load(), loadState(), reset() and reinitialize() before the command goes out,
    /// so a captureState() made now reaches the worker first and captures the run that ends
    /// (the run history records it).
    void runEnding();
    void dataChanged(const DataReport &report);
    void reportReceived(const TrainingReport &report);
    void commandFailed(WorkerError error, const QString &detail);
    void stateCaptured(quint64 ticket, const WorkspaceState &state);
    void pastReportReceived(const TrainingReport &report);
    void liveResumed();

private:
    void onReport(const TrainingReport &report);
    void onData(const DataReport &report);
    void onPastReport(const TrainingReport &report);
    void requestView();

    QThread m_thread;
    TrainingWorker *m_worker = nullptr; ///< lives on m_thread; deleted when it finishes
    TrainingReport m_latest;
    DataReport m_data;
    quint64 m_commandsSent = 0;
    quint64 m_lastTicket = 0;
    TrainingReport m_past;
    int m_viewEpoch = -1;          ///< the past epoch asked for; -1 = live
    quint64 m_viewGeneration = 0;  ///< the run the past view belongs to
    bool m_viewInFlight = false;   ///< a request is on its way to the worker
    bool m_viewPending = false;    ///< a newer request waits for it
};
