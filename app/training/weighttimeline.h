#pragma once
/**
 * @file weighttimeline.h
 * The weights of a run at epoch 0 and after every finished epoch, for the timeline (P12): a
 * student scrubs back and sees the boundary, the network and the confusion matrix as they were.
 *
 * Memory: a snapshot holds the parameters (one float each) and that epoch's metrics; the
 * architecture is stored once per shape and shared, so a network edit mid-run starts a new shape
 * and an older epoch is still shown with the shape it had. Past the limit the snapshots are
 * thinned like the epoch history (engine/thinning.h): the first epochs and the newest stay exact,
 * the middle is kept on an even grid of epochs that gets coarser as the run grows. The limit follows the network's size so the snapshots stay within
 * about kByteBudget: 2,000 snapshots for the lessons' nets, fewer for a wide digits net.
 * The metrics are kept with the weights because the epoch history thins on its own schedule.
 */
#include "metrics.h"
#include "network.h"
#include "thinning.h"

#include <cstddef>
#include <memory>
#include <vector>

class WeightTimeline {
public:
    static constexpr std::size_t kMaxSnapshots = 2000;
    static constexpr std::size_t kMinSnapshots = 200;
    static constexpr std::size_t kByteBudget = std::size_t(16) << 20;

    struct Snapshot {
        engine::EpochMetrics metrics;                 ///< measured at these weights; metrics.epoch is the epoch
        std::shared_ptr<const engine::Network> shape; ///< the architecture (its own weights are not used)
        engine::Vector<float> parameters;
    };

    void clear();
    /// Records the weights at the end of metrics.epoch; a stored epoch >= it goes first (an epoch
    /// undone after a divergence comes again).
    void record(const engine::EpochMetrics &metrics, const engine::Network &network);
    bool isEmpty() const { return m_snapshots.empty(); }
    std::size_t size() const { return m_snapshots.size(); }
    /// The stored epochs, oldest first.
    std::vector<int> epochs() const;
    /// The snapshot of the newest stored epoch <= `epoch` (the oldest one for an earlier epoch),
    /// or null when nothing is stored.
    const Snapshot *at(int epoch) const;
    /// The network of a snapshot: its shape with its weights.
    static engine::Network networkOf(const Snapshot &snapshot);
    /// The thinning policy for snapshots of `parameterCount` parameters.
    static engine::ThinningPolicy policyFor(int parameterCount);

private:
    std::vector<Snapshot> m_snapshots;
};
