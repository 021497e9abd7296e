#pragma once
/**
 * @file thinning.h
 * Keeps a per-epoch record bounded however long a run is: the Trainer's epoch history and the
 * app's weight timeline (P12) share this policy.
 *
 * Past `limit` entries, the first `exact` (the early epochs lessons read, "train.loss@50") and
 * the newest `recent` (the live end) stay. Of the entries in between, only those whose epoch is
 * a multiple of a power-of-two stride stay: the finest such grid that brings the record down to
 * half way between the kept ends and the limit. So the middle covers the whole run evenly and
 * gets coarser as the run grows (dropping every other entry at each pass instead would thin old
 * stretches again and again, until little but the newest epochs was left), and the next pass
 * is at least (limit - exact - recent) / 2 entries away.
 */
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace engine {

struct ThinningPolicy {
    std::size_t limit = 0;  ///< entries kept at most; exact + recent < limit
    std::size_t exact = 0;  ///< first entries always kept
    std::size_t recent = 0; ///< newest entries always kept
};

/// Thins `entries` (in increasing epoch order; epochOf(entry) gives an entry's epoch, >= 0) to
/// the policy; does nothing at or below its limit.
template <typename T, typename EpochOf>
void thinOldEntries(std::vector<T> &entries, const ThinningPolicy &policy, EpochOf epochOf)
{
    if (entries.size() <= policy.limit)
        return;
    const std::size_t middleEnd = entries.size() - policy.recent;
    const std::size_t target = (policy.limit + policy.exact + policy.recent) / 2;
    const auto onGrid = [&](std::size_t i, std::int64_t stride) {
        return static_cast<std::int64_t>(epochOf(entries[i])) % stride == 0;
    };
    std::int64_t stride = 2;
    for (; stride < (std::int64_t(1) << 62); stride *= 2) {
        std::size_t kept = policy.exact + policy.recent;
        for (std::size_t i = policy.exact; i < middleEnd; ++i)
            kept += onGrid(i, stride) ? 1 : 0;
        if (kept <= target)
            break;
    }
    std::size_t out = policy.exact;
    for (std::size_t i = policy.exact; i < entries.size(); ++i) {
        if (i < middleEnd && !onGrid(i, stride))
            continue;
        if (out != i)
            entries[out] = std::move(entries[i]);
        ++out;
    }
    entries.erase(entries.begin() + static_cast<std::ptrdiff_t>(out), entries.end());
}

} // namespace engine
