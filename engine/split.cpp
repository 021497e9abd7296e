#include "split.h"

#include "random.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>

namespace engine {

namespace {

// round(n * percent / 100), halves rounded up, in exact integer arithmetic (no 0.5 drift).
int shareOf(int n, int percent) { return static_cast<int>((static_cast<long long>(n) * percent + 50) / 100); }

} // namespace

DataSplit splitDataset(int n, const SplitPercent &percent, std::uint64_t seed)
{
    if (n < 0)
        throw std::invalid_argument("sample count must not be negative (got " + std::to_string(n) + ")");
    if (percent.train < 0 || percent.validation < 0 || percent.test < 0
        || percent.train + percent.validation + percent.test != 100)
        throw std::invalid_argument("split shares must be non-negative and sum to 100 (got "
                                    + std::to_string(percent.train) + "/" + std::to_string(percent.validation)
                                    + "/" + std::to_string(percent.test) + ")");

    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    Random rng(seed);
    rng.shuffle(order);

    const int trainCount = shareOf(n, percent.train);
    // Both shares may round up (7 at 50/50/0 -> 4 + 4): validation yields, so test is never negative.
    const int validationCount = std::min(shareOf(n, percent.validation), n - trainCount);
    const auto trainEnd = order.begin() + trainCount;
    const auto validationEnd = trainEnd + validationCount;

    DataSplit split;
    split.train.assign(order.begin(), trainEnd);
    split.validation.assign(trainEnd, validationEnd);
    split.test.assign(validationEnd, order.end());
    return split;
}

} // namespace engine
