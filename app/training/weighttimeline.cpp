#include "weighttimeline.h"

#include <algorithm>

using namespace engine;

void WeightTimeline::clear()
{
    m_snapshots.clear();
}

void WeightTimeline::record(const EpochMetrics &metrics, const Network &network)
{
    while (!m_snapshots.empty() && m_snapshots.back().metrics.epoch >= metrics.epoch)
        m_snapshots.pop_back();
    std::shared_ptr<const Network> shape;
    if (!m_snapshots.empty() && m_snapshots.back().shape->sameArchitecture(network))
        shape = m_snapshots.back().shape;
    else
        shape = std::make_shared<const Network>(network);
    m_snapshots.push_back({metrics, std::move(shape), network.parameters()});
    thinOldEntries(m_snapshots, policyFor(network.parameterCount()), [](const Snapshot &s) { return s.metrics.epoch; });
}

std::vector<int> WeightTimeline::epochs() const
{
    std::vector<int> result;
    result.reserve(m_snapshots.size());
    for (const Snapshot &s : m_snapshots)
        result.push_back(s.metrics.epoch);
    return result;
}

const WeightTimeline::Snapshot *WeightTimeline::at(int epoch) const
{
    if (m_snapshots.empty())
        return nullptr;
    const auto after = std::upper_bound(m_snapshots.begin(), m_snapshots.end(), epoch,
                                        [](int e, const Snapshot &s) { return e < s.metrics.epoch; });
    return after == m_snapshots.begin() ? &m_snapshots.front() : &*(after - 1);
}

Network WeightTimeline::networkOf(const Snapshot &snapshot)
{
    Network network = *snapshot.shape;
    network.parameters() = snapshot.parameters;
    return network;
}

ThinningPolicy WeightTimeline::policyFor(int parameterCount)
{
    // Parameters, the metrics with a gradient per layer, and the allocator's overhead.
    const std::size_t perSnapshot = sizeof(Snapshot) + sizeof(float) * std::size_t(std::max(parameterCount, 0)) + 128;
    const std::size_t limit = std::clamp(kByteBudget / perSnapshot, kMinSnapshots, kMaxSnapshots);
    // Runs of up to `limit` epochs (every lesson's) stay exact; longer ones keep their first and
    // newest quarter exact and the middle on an even grid.
    return {limit, limit / 4 + 1, limit / 4};
}
