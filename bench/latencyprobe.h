#pragma once
// LatencyProbe: measures the GUI event loop's latency for the GUI benchmarks. A precise 5 ms
// timer runs while the benchmark trains; each tick's lateness is the time the event loop was
// busy elsewhere. Shared so both GUI benchmarks measure latency the same way.
#include <QElapsedTimer>
#include <QTimer>

#include <vector>

namespace bench {

class LatencyProbe {
public:
    LatencyProbe();
    void start();
    void stop();
    /// Every tick's lateness in milliseconds, in order.
    const std::vector<double> &lateness() const { return m_lateness; }

private:
    std::vector<double> m_lateness;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace bench
