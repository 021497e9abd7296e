#pragma once
/**
 * @file runrecord.h
 * RunRecord: one finished training run of the run history (issue #5) — the settings and seeds it
 * ran with, its final weights and trainer state (so reopening it continues exactly where it
 * ended), its per-epoch curves and how long it trained. A value type shared by the app (the
 * history panel, the chart overlays) and the workspace file, which stores the history.
 *
 * Memory is bounded: a record keeps at most kMaxPoints epoch entries (thinned on the even grid
 * of engine/thinning.h, the lowest-validation-loss epoch always kept), per-layer gradient sizes
 * only for the last entry, and a history keeps at most kMaxRuns records whose networks hold at
 * most kMaxParameters weights together (the oldest go first). With these bounds a workspace
 * file with a full history stays well below WorkspaceFile::kMaxBytes.
 */
#include "trainerstate.h"
#include "workspacespec.h"

#include <QDateTime>

struct WorkspaceState;

struct RunRecord {
    static constexpr int kMaxPoints = 500;         ///< epoch entries kept per run (+1 for the best epoch)
    static constexpr int kMaxRuns = 50;            ///< runs a history keeps
    static constexpr long long kMaxParameters = 100000; ///< weights of all kept runs together

    int number = 0;          ///< "Run 3": counts up in a workspace, never reused
    QDateTime started;       ///< when the run started (UTC)
    double seconds = 0.0;    ///< wall time spent training (playing)
    bool shown = false;      ///< overlaid on the loss and accuracy charts
    WorkspaceSpec spec;      ///< the settings at the end of the run, seeds included
    engine::Network network; ///< the final weights
    engine::TrainerState trainer;

    int epochs() const { return trainer.epoch; }
    /// The last finished epoch's metrics.
    const engine::EpochMetrics &last() const { return trainer.history.back(); }
    /// The epoch with the lowest validation loss, or nullptr when the run had no validation
    /// data (or a run of more than 8,000 epochs thinned it away before it was recorded).
    const engine::EpochMetrics *best() const;
    /// The run as a workspace to load (without a history of its own).
    WorkspaceState state() const;

    /// A record of a captured state that has at least one finished epoch: the history thinned
    /// to kMaxPoints (the best epoch kept), gradient sizes dropped from all but the last entry.
    static RunRecord fromState(const WorkspaceState &state, int number, const QDateTime &started, double seconds);
};
