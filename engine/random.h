#pragma once
/**
 * @file random.h
 * Seeded pseudo-random numbers that are identical on every platform and compiler.
 *
 * std::uniform_real_distribution and std::normal_distribution are implementation-defined, so the
 * same seed gives different numbers under libstdc++ and MSVC. We only take the raw 64-bit output
 * of MT19937-64 and convert it ourselves.
 *
 * The generator is our own copy of MT19937-64 (Matsumoto & Nishimura; the same numbers as
 * std::mt19937_64, which the standard fixes), because a saved workspace must continue the exact
 * stream: std::mt19937_64 hides its state, and its text form differs between standard libraries
 * (libstdc++ writes 313 words, libc++ and MSVC 312), so a file written on Linux could not be
 * resumed on Windows. Here the state is 312 words plus a position, the same everywhere.
 */
#include <array>
#include <cstdint>
#include <vector>

namespace engine {

/// The whole state of a Random: resuming from it continues the stream exactly.
struct RandomState {
    static constexpr int kWords = 312;
    std::array<std::uint64_t, kWords> words{};
    int index = kWords; ///< next word to temper; kWords = the block is used up
};

/// A seeded source of uniform and normal numbers; same seed, same sequence, bit for bit.
class Random {
public:
    explicit Random(std::uint64_t seed = 1) { reseed(seed); }

    /// The raw 64-bit output of MT19937-64.
    std::uint64_t next()
    {
        if (m_state.index >= RandomState::kWords)
            refill();
        std::uint64_t x = m_state.words[m_state.index++];
        x ^= (x >> 29) & 0x5555555555555555ull;
        x ^= (x << 17) & 0x71D67FFFEDA60000ull;
        x ^= (x << 37) & 0xFFF7EEE000000000ull;
        x ^= x >> 43;
        return x;
    }
    /// Uniform in [0, 1), 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /// Uniform in [a, b), as Playground's randUniform.
    double uniform(double a, double b) { return a + (b - a) * uniform(); }
    /// Uniform integer in [0, n); n > 0. Multiply-shift on 64 bits (bias below 2^-32 for n < 2^32).
    std::uint32_t below(std::uint32_t n)
    {
        return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32);
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
    std::uint64_t nextSeed() { return next(); }

    const RandomState &state() const { return m_state; }
    /// False (and nothing changes) for a state no generator can be in: a position outside
    /// 0..312, or all words zero (MT19937-64 would then return zeros for ever).
    bool setState(const RandomState &state);

private:
    void reseed(std::uint64_t seed);
    /// Computes the next block of 312 words (the twist).
    void refill();

    RandomState m_state;
};

} // namespace engine
