#pragma once
/**
 * @file lessonsession.h
 * LessonSession: runs one lesson on the workspace (GUI thread). It applies each step's preset
 * and locks, keeps the step's progress (prediction → action → reveal → checkpoints), starts the
 * step's run on the training session or the stage, trains compare variants headless on a pool
 * thread, and evaluates goals and live answers on the latest reports (FORMAT.md, CURRICULUM
 * §2.3). The widgets only show its state and call it.
 */
#include "lesson.h"
#include "livemetrics.h"
#include "presetstate.h"
#include "stepprogress.h"

#include <QHash>
#include <QObject>
#include <QVector>

class LessonStageHost;
class LessonCompareRunner;
class LessonSweep;
class WorkspacePage;

class LessonSession : public QObject {
    Q_OBJECT
public:
    LessonSession(WorkspacePage *page, LessonStageHost *stages, QObject *parent = nullptr);

    /// Opens `lesson` at `step` (the lesson is copied).
    void start(const Lesson &lesson, int step = 0);
    bool isActive() const { return m_active; }
    const Lesson &lesson() const { return m_lesson; }
    int stepIndex() const { return m_index; }
    int stepCount() const { return static_cast<int>(m_lesson.steps.size()); }
    const LessonStep &step() const { return m_lesson.steps[m_index]; }
    const StepProgress &progress() const { return m_progress[m_index]; }
    const StepProgress &progress(int index) const { return m_progress[index]; }
    bool isFreeMode() const { return m_free; }

    void goToStep(int index);
    void next() { goToStep(m_index + 1); }
    void previous() { goToStep(m_index - 1); }
    /// After the last step: every control unlocked, the lesson preset, the challenge checked live.
    void enterFreeMode();
    /// Free mode: back to the lesson's preset (恢复本课预设).
    void restorePreset();

    /// Makes the change the step asks for (its `solution`): teacher mode's "Show me".
    void applySolution();
    /// Locks in the student's prediction; the action becomes available (R1). A first wrong
    /// answer on a step with a hint is only kept as the first guess: the hint shows and the
    /// student answers again (the second answer is locked in, right or wrong).
    void submitPrediction(const StudentAnswer &answer);
    /// The step's text has a hint (both languages have the same sections).
    bool stepHasHint() const;
    /// True when the step's action (run or compare) may start now.
    bool actionAvailable() const;
    bool hasAction() const;
    bool isActionRunning() const { return progress().actionStarted && !progress().actionDone; }
    void runAction();
    /// True when the explanation may be revealed (prediction given, action finished).
    bool canReveal() const;
    void reveal();
    /// Records a checkpoint answer; returns whether it is right.
    bool submitCheckpoint(const QString &questionId, const StudentAnswer &answer);
    /// Every `expect` condition holds (undecided counts as not yet).
    bool goalsMet() const;
    /// Next is enabled: prediction given, action done, goals met.
    bool canAdvance() const;
    bool challengeMet() const;
    /// Free mode: the lowest value of the challenge's `minimize` variable seen while the
    /// challenge was met (the student's record; none yet, or no `minimize`: nullopt).
    std::optional<double> bestScore() const { return m_bestScore; }
    /// TF Playground address of the current setup, or empty with the reason (PlaygroundLink).
    QString playgroundUrl(QString *reason) const;

    /// Variables of the live run, the stage and this lesson's compare runs, for immediate use
    /// (it reads the session's current numbers in place).
    VariableLookup lookup() const;
    /// The live run's numbers (without the stage's).
    const MetricsSnapshot &liveSnapshot() const { return m_live.snapshot(); }
    /// Results of compare runs so far, by run id.
    const QHash<QString, MetricsSnapshot> &compareResults() const { return m_compare; }
    /// Lockstep epochs of a side-by-side step's models (the side-by-side stage's counter).
    int sideBySideEpoch() const;
    /// The lesson's hyperparameter sweep (steps with `sweep` or `evaluateTest`).
    LessonSweep *sweep() const { return m_sweep; }
    /// The state the current step shows (lesson preset + sets up to this step).
    const PresetState &state() const { return m_state; }
    /// Replaces {variable} placeholders with the current values (3 significant digits).
    QString expand(const QString &text) const;

signals:
    void stepChanged();
    void progressChanged();
    /// New numbers arrived (a report, a stage change, a compare result).
    void metricsChanged();
    /// A checkpoint was answered (`questionKey` is "<step>/<question>").
    void checkpointAnswered(const QString &questionKey, bool right);

public slots:
    /// The stage widgets changed (the bowl stepped, a logit moved).
    void stageChanged();

private:
    void applyStep();
    void onReport();
    /// Free mode: remembers the `minimize` value when the challenge holds and it is a new best.
    void updateBestScore();
    void finishAction();
    /// Ends the action once the step's training run (and any replay of it) is over.
    void finishRunIfDone();
    /// A slow-motion update undone by Reset while it was replayed lets the action run again.
    void restartUndoneReplay();
    /// Starts the step's training run once the worker has caught up with earlier commands.
    void startPendingRun();
    /// Runs the step's `sweep`, or its `evaluateTest` action (LessonSweep).
    void startSweepAction();
    PresetState stateAt(int index) const;

    WorkspacePage *m_page;
    LessonStageHost *m_stages;
    Lesson m_lesson;
    bool m_active = false;
    bool m_free = false;
    std::optional<double> m_bestScore;
    int m_index = 0;
    QVector<StepProgress> m_progress;
    PresetState m_state;
    LiveMetrics m_live;
    QHash<QString, MetricsSnapshot> m_compare;
    LessonSweep *m_sweep;
    LessonCompareRunner *m_compareRunner;
    int m_sweepStep = -1;       ///< the step whose action the sweep (or its test evaluation) is
    int m_runTarget = 0;        ///< epoch (or update count for batches) that ends the action
    bool m_freshStage = false;
    bool m_runPending = false;  ///< the step's run waits for the worker to catch up  ///< the next applyStep() starts the stage over
};
