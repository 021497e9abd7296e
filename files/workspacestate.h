#pragma once
/**
 * @file workspacestate.h
 * A whole workspace at one moment: the spec (data, features, network shape, hyperparameters,
 * seeds), the network with its current weights, and the trainer's state. It is what a .nlw file
 * holds, what the training worker hands out when the app saves, and what it takes back when a
 * file is opened; restoreRun() rebuilds a trainer from it that continues exactly where the run
 * was. A value type, copied across threads by queued signals.
 *
 * A file also holds the run history (finished runs, oldest first); the worker knows nothing of
 * it, so a state it captures has none and the app adds it before saving.
 */
#include "runrecord.h"
#include "trainerstate.h"
#include "workspacespec.h"

#include <QMetaType>

#include <memory>

struct WorkspaceState {
    WorkspaceSpec spec;
    engine::Network network;
    engine::TrainerState trainer;
    std::vector<RunRecord> runs; ///< the run history, oldest first
    int nextRun = 1;             ///< the number of the run in progress (the next one recorded)
};

/// A run rebuilt from a WorkspaceState: the data set, its split, and the trainer.
struct RestoredRun {
    engine::Dataset dataset;
    engine::DataSplit split;
    std::unique_ptr<engine::Trainer> trainer;
};

/// Regenerates the data from the spec, puts the saved network into a trainer and restores the
/// trainer's state. Throws std::exception (std::invalid_argument) when the parts do not fit
/// together; the workspace reader checks every field first, so this is the last line of defence.
RestoredRun restoreRun(const WorkspaceState &state);

Q_DECLARE_METATYPE(WorkspaceState)
