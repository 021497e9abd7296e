#include "random.h"

#include <cmath>

namespace engine {

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
