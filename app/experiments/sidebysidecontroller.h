#pragma once
/**
 * @file sidebysidecontroller.h
 * SideBySideController: two to four models trained in lockstep on the same data and split, each
 * with its own network and hyperparameters (issue 5, "Side by side"). Every model has its own
 * TrainingSession (its own worker thread); the controller advances them epoch by epoch and sends
 * the next epoch to every session only once all of them have reported the previous one. It is
 * driven by the sessions' report signals and never waits, so the GUI thread stays free.
 */
#include "livemetrics.h"
#include "trainingsession.h"
#include "workspacespec.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class SideBySideController : public QObject {
    Q_OBJECT
public:
    static constexpr int kMinModels = 2;
    static constexpr int kMaxModels = 4;

    explicit SideBySideController(QObject *parent = nullptr);
    ~SideBySideController() override;

    /// Replaces every model, one per spec (at most kMaxModels), named by `ids` (default "A",
    /// "B", …): all at epoch 0, paused.
    void load(const QList<WorkspaceSpec> &specs, const QStringList &ids = {});
    /// Adds a model (the first free letter) and starts every model over together, so the
    /// lockstep epochs stay the same for all. False when there are kMaxModels already.
    bool addModel(const WorkspaceSpec &spec);
    /// Removes a model; the others go on where they are. False below kMinModels + 1.
    bool removeModel(int index);

    int count() const { return static_cast<int>(m_models.size()); }
    QString id(int index) const { return m_models[index]->id; }
    const WorkspaceSpec &spec(int index) const { return m_models[index]->spec; }
    TrainingSession &session(int index) { return m_models[index]->session; }
    const TrainingSession &session(int index) const { return m_models[index]->session; }
    /// The model's numbers as lesson conditions read them (epoch, losses, history…).
    const MetricsSnapshot &snapshot(int index) const { return m_models[index]->metrics.snapshot(); }

    /// New learning rate for one model, used from its next epoch on (no restart).
    void setLearningRate(int index, double rate);
    /// New hidden layers for one model: its network is rebuilt, and every model starts over from
    /// its initial weights, so the comparison stays fair (all at the same epoch).
    void setHiddenLayers(int index, const std::vector<int> &hidden);

    /// Trains every model epoch by epoch until pause() or the epoch limit.
    void play();
    void pause();
    void togglePlay() { m_playing ? pause() : play(); }
    /// One more epoch for every model (ignored while an epoch is on its way).
    void stepEpoch();
    /// Every model back to epoch 0 with its same initial weights.
    void reset();
    /// play() stops when every model has trained this many epochs (0 = no limit).
    void setEpochLimit(int epochs) { m_epochLimit = epochs; }
    int epochLimit() const { return m_epochLimit; }

    bool isPlaying() const { return m_playing; }
    /// Lockstep epochs every model has finished since the models last started over.
    int epoch() const { return m_epoch; }
    /// An epoch has been sent to the sessions and not all of them have reported it yet.
    bool isStepping() const { return m_stepping; }

signals:
    /// Models were added, removed, reloaded or renamed (a new setting in a title).
    void modelsChanged();
    /// A report or new data arrived for one model.
    void modelUpdated(int index);
    /// Every model has finished epoch `epoch` (or the models started over: epoch 0).
    void epochChanged(int epoch);
    void playingChanged(bool playing);
    void modelFailed(int index, WorkerError error, const QString &detail);

private:
    struct Model {
        QString id;
        WorkspaceSpec spec;
        TrainingSession session;
        LiveMetrics metrics;
    };

    void append(const WorkspaceSpec &spec, const QString &id);
    /// A model reported (or, with nullptr, one was removed): ends the epoch once all have it.
    void onReport(Model *model);
    void sendEpoch();
    void restartAll();
    void setPlaying(bool playing);
    int indexOf(const Model *model) const;
    bool allCaughtUp() const;

    std::vector<std::unique_ptr<Model>> m_models;
    int m_epoch = 0;
    int m_epochLimit = 0;
    bool m_playing = false;
    bool m_stepping = false;
};
