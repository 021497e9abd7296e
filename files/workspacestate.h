#pragma once
/**
 * @file workspacestate.h
 * A whole workspace at one moment: the spec (data, features, network shape, hyperparameters,
 * seeds), the network with its current weights, and the trainer's state. It is what a .nlw file
 * holds, what the training worker hands out when the app saves, and what it takes back when a
 * file is opened; restoreRun() rebuilds a trainer from it that continues exactly where the run
 * was. A value type, copied across threads by queued signals.
 */
#include "trainerstate.h"
#include "workspacespec.h"

#include <QMetaType>

#include <memory>

struct WorkspaceState {
    WorkspaceSpec spec;
    engine::Network network;
    engine::TrainerState trainer;
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
