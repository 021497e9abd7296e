#pragma once
/**
 * @file random.h
 * Seeded pseudo-random numbers that are identical on every platform and compiler.
 *
 * std::uniform_real_distribution and std::normal_distribution are implementation-defined, so the
 * same seed gives different numbers under libstdc++ and MSVC. We only take the raw 64-bit output
 * of std::mt19937_64 (fully specified by the standard) and convert it ourselves.
 */
#include <cstdint>
#include <random>
#include <vector>

namespace engine {

/// A seeded source of uniform and normal numbers; same seed, same sequence, bit for bit.
class Random {
public:
    explicit Random(std::uint64_t seed = 1) : m_gen(seed) {}

    /// Uniform in [0, 1), 53 random bits.
    double uniform() { return static_cast<double>(m_gen() >> 11) * 0x1.0p-53; }
    /// Uniform in [a, b), as Playground's randUniform.
    double uniform(double a, double b) { return a + (b - a) * uniform(); }
    /// Uniform integer in [0, n); n > 0. Multiply-shift on 64 bits (bias below 2^-32 for n < 2^32).
    std::uint32_t below(std::uint32_t n)
    {
        return static_cast<std::uint32_t>(((m_gen() >> 32) * static_cast<std::uint64_t>(n)) >> 32);
    }
    /// Normal sample by Marsaglia's polar method, as Playground's normalRandom(mean, variance).
    double normal(double mean = 0.0, double variance = 1.0);
    /// Fisher-Yates shuffle.
    template <typename T>
    void shuffle(std::vector<T> &values)
    {
        for (std::size_t i = values.size(); i > 1; --i) {
            const std::size_t j = below(static_cast<std::uint32_t>(i));
            std::swap(values[i - 1], values[j]);
        }
    }
    /// A fresh 64-bit seed drawn from this stream (to derive independent streams).
    std::uint64_t nextSeed() { return m_gen(); }

private:
    std::mt19937_64 m_gen;
};

} // namespace engine
