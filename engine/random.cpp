#include "random.h"

#include <algorithm>
#include <cmath>

namespace engine {

namespace {
constexpr int kN = RandomState::kWords;
constexpr int kM = 156;
constexpr std::uint64_t kMatrixA = 0xB5026F5AA96619E9ull;
constexpr std::uint64_t kUpper = 0xFFFFFFFF80000000ull; ///< the most significant 33 bits
constexpr std::uint64_t kLower = 0x7FFFFFFFull;         ///< the least significant 31 bits

std::uint64_t twist(std::uint64_t upper, std::uint64_t lower, std::uint64_t far)
{
    const std::uint64_t x = (upper & kUpper) | (lower & kLower);
    return far ^ (x >> 1) ^ ((x & 1u) ? kMatrixA : 0u);
}
} // namespace

void Random::reseed(std::uint64_t seed)
{
    // The standard's seeding of mersenne_twister_engine: x_i = f (x_{i-1} ^ (x_{i-1} >> 62)) + i.
    auto &w = m_state.words;
    w[0] = seed;
    for (int i = 1; i < kN; ++i)
        w[i] = 6364136223846793005ull * (w[i - 1] ^ (w[i - 1] >> 62)) + static_cast<std::uint64_t>(i);
    m_state.index = kN;
}

void Random::refill()
{
    auto &w = m_state.words;
    int i = 0;
    for (; i < kN - kM; ++i)
        w[i] = twist(w[i], w[i + 1], w[i + kM]);
    for (; i < kN - 1; ++i)
        w[i] = twist(w[i], w[i + 1], w[i + kM - kN]);
    w[kN - 1] = twist(w[kN - 1], w[0], w[kM - 1]);
    m_state.index = 0;
}

bool Random::setState(const RandomState &state)
{
    if (state.index < 0 || state.index > kN)
        return false;
    if (std::all_of(state.words.begin(), state.words.end(), [](std::uint64_t w) { return w == 0; }))
        return false;
    m_state = state;
    return true;
}

double Random::normal(double mean, double variance)
{
    double v1 = 0.0, v2 = 0.0, s = 0.0;
    do {
        v1 = 2.0 * uniform() - 1.0;
        v2 = 2.0 * uniform() - 1.0;
        s = v1 * v1 + v2 * v2;
    } while (s >= 1.0 || s == 0.0);
    const double result = std::sqrt(-2.0 * std::log(s) / s) * v1;
    return mean + std::sqrt(variance) * result;
}

} // namespace engine
