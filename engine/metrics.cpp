#include "metrics.h"

#include <numeric>

namespace engine {

int ConfusionMatrix::total() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), 0);
}

int ConfusionMatrix::correct() const
{
    int sum = 0;
    for (int c = 0; c < m_classes; ++c)
        sum += at(c, c);
    return sum;
}

} // namespace engine
