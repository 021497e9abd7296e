// LatencyProbe: the GUI benchmarks' event-loop latency probe; see latencyprobe.h.
#include "latencyprobe.h"

#include <algorithm>

namespace bench {

namespace {
constexpr int kIntervalMs = 5;
}

LatencyProbe::LatencyProbe()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        const double elapsed = m_clock.nsecsElapsed() * 1e-6;
        m_clock.restart();
        m_lateness.push_back(std::max(0.0, elapsed - kIntervalMs));
    });
}

void LatencyProbe::start()
{
    m_clock.start();
    m_timer.start();
}

void LatencyProbe::stop()
{
    m_timer.stop();
}

} // namespace bench
