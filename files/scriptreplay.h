#pragma once
/**
 * @file scriptreplay.h
 * ScriptReplay: the run an exported script reproduces, replayed in the engine — the workspace's
 * data set and split, its network with the initial weights (drawn again from the network's seed,
 * as Reset draws them), the order in which every epoch takes the training samples, and the
 * measurements after every epoch.
 *
 * Why from epoch 0 and not from the current weights: the weights alone do not continue a run
 * (momentum and Adam carry moments, the shuffle stream its position), while the initial weights
 * and the sample orders rebuild the whole run in plain PyTorch. Embedding the orders is exact
 * and needs no copy of the engine's random generator in Python; they are cut off at
 * kMaxOrderEntries numbers so a script stays readable.
 *
 * The replay is also compared with the workspace's own history: when they differ (the settings
 * or the network changed while it trained), the script reproduces the replay — a fresh run from
 * the initial weights — and says so.
 */
#include "workspacestate.h"

#include <vector>

struct ScriptReplay {
    /// Most epochs a script replays, and most sample-order entries it embeds.
    static constexpr int kMaxEpochs = 10000;
    static constexpr long long kMaxOrderEntries = 200000;
    /// Epochs of an export when a workspace has neither trained nor set a limit (the listing's).
    static constexpr int kDefaultEpochs = 10;

    engine::Dataset dataset;
    engine::DataSplit split;
    engine::Network initial;                    ///< the network at epoch 0
    std::vector<std::vector<int>> orders;       ///< per epoch, training columns in the order taken; empty when not reshuffled
    std::vector<engine::EpochMetrics> epochs;   ///< measurements after epochs 1, 2, … (not thinned)
    engine::StopReason stop = engine::StopReason::EpochLimit;
    int requested = 0;            ///< the epochs asked for
    bool cut = false;             ///< fewer epochs than asked, to keep the orders below kMaxOrderEntries
    bool differsFromWorkspace = false; ///< the workspace's own history has other numbers

    int epochCount() const { return static_cast<int>(epochs.size()); }

    /// Epochs an export replays when not told: the epochs trained so far, else the epoch limit,
    /// else kDefaultEpochs; at most kMaxEpochs.
    static int defaultEpochs(const WorkspaceState &state);
    /// Replays `epochs` epochs (clamped to 0..kMaxEpochs) from the initial weights; stops early
    /// where the trainer does (early stopping, divergence). Throws std::exception when the state
    /// cannot be rebuilt.
    static ScriptReplay run(const WorkspaceState &state, int epochs);
};
