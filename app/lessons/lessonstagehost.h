#pragma once
/**
 * @file lessonstagehost.h
 * LessonStageHost: what a lesson session needs from the page that shows the stage widgets
 * (loss bowl, output calculator, activation plot): load their preset values, run the bowl, and
 * add their current values (bowl.*, calc.*) to the variables conditions read.
 */
#include "metricssnapshot.h"
#include "presetstate.h"

class LessonStageHost {
public:
    virtual ~LessonStageHost() = default;
    /// Shows the stage `stage` ("workspace", "lossBowl"…). With `fresh` the stage starts over
    /// from the preset values (a step that sets them, a solution, a restored preset); without,
    /// it keeps what the student did (Back and Next between steps on the same stage).
    virtual void showStage(const QString &stage, const PresetState &state, bool fresh) = 0;
    /// Unlocks the stage controls named in `unlocked` (FORMAT.md ids such as "bowl.lr").
    virtual void setStageUnlocked(const QStringList &unlocked) = 0;
    /// Runs the loss bowl `steps` steps (0 = to the bottom).
    virtual void runBowl(int steps) = 0;
    /// Adds the stage widgets' current values to `snapshot`.
    virtual void addStageVariables(MetricsSnapshot &snapshot) const = 0;
    /// Makes one update that the stage replays line by line (a slowMotion run); false when the
    /// stage cannot, and the run steps plainly. The host calls the session's stageChanged()
    /// when the replay ends.
    virtual bool startUpdateReplay() { return false; }
    virtual bool isReplaying() const { return false; }
    /// Side-by-side steps (FORMAT.md "sideBySide"): starts the step's models over and trains them
    /// in lockstep to `epochs`; the host calls the session's stageChanged() as they go.
    virtual void runSideBySide(int epochs) { Q_UNUSED(epochs); }
    /// Lockstep epochs the side-by-side models have finished, and whether they are training.
    virtual int sideBySideEpoch() const { return 0; }
    virtual bool isSideBySideRunning() const { return false; }
    /// Adds every side-by-side model's numbers as a run, read as "<model id>.<variable>".
    virtual void addSideBySideRuns(QHash<QString, MetricsSnapshot> &runs) const { Q_UNUSED(runs); }
};
