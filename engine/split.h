#pragma once
/**
 * @file split.h
 * The seeded three-way split into training, validation and test sets.
 */
#include <cstdint>
#include <vector>

namespace engine {

/// Shares in percent; they must sum to 100. Validation may be 0 (Playground and the PyTorch
/// script have none).
struct SplitPercent {
    int train = 60;
    int validation = 20;
    int test = 20;
};

/// Sample indices of each set. Every index 0..n-1 is in exactly one set.
struct DataSplit {
    std::vector<int> train;
    std::vector<int> validation;
    std::vector<int> test;
};

/// Counts are exactly round(n * train / 100) and round(n * validation / 100), test takes the rest
/// (500 at 60/20/20 -> 300/100/100; 1000 at 80/0/20 -> 800/0/200), halves rounded up; when both
/// round up past n (7 at 50/50/0), validation gets n - train. Indices are a seeded permutation,
/// so the same seed gives the same split. Throws std::invalid_argument for n < 0 or shares that are
/// negative or do not sum to 100.
DataSplit splitDataset(int n, const SplitPercent &percent, std::uint64_t seed);

} // namespace engine
