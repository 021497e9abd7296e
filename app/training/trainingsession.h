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
    void setTraining(const engine::TrainingSettings &settings, int epochLimit);
    void edit(const NetworkEdit &edit);
    void play();
    void pause();
    void togglePlay();
    void stepBatch();
    void stepEpoch();
    void reset();
    void reinitialize(quint64 seed);
    void setSpeed(int level);

    bool isRunning() const { return m_latest.running; }
    /// True once the latest report came after the worker handled every command sent so far
    /// (a command that sends no report, like setSpeed(), counts with the next one).
    bool isCaughtUp() const { return m_latest.commandsHandled == m_commandsSent; }
    const TrainingReport &latest() const { return m_latest; }
    const DataReport &data() const { return m_data; }

signals:
    void dataChanged(const DataReport &report);
    void reportReceived(const TrainingReport &report);
    void commandFailed(WorkerError error, const QString &detail);

private:
    void onReport(const TrainingReport &report);
    void onData(const DataReport &report);

    QThread m_thread;
    TrainingWorker *m_worker = nullptr; ///< lives on m_thread; deleted when it finishes
    TrainingReport m_latest;
    DataReport m_data;
    quint64 m_commandsSent = 0;
};
