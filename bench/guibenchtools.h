#pragma once
// Pieces shared by the GUI benchmarks (guibench.cpp, sidebysidebench.cpp): the Deep workload as a
// workspace spec, the raw engine's speed on it, percentiles of probe latencies, and an event-loop
// spin. Kept in one place so both benchmarks measure against exactly the same reference.
#include "workspacespec.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <vector>

namespace bench {

/// The Deep workload (circle, 500 points, six hidden layers of 8) as the app loads it.
WorkspaceSpec deepSpec();

/// Epochs per second of the raw engine training the Deep workload (2000 epochs timed).
double rawEngineEpochsPerSecond();

/// The `p`-th fraction (0..1) of `values`, 0 when empty.
double percentile(std::vector<double> values, double p);

/// Runs the event loop until `predicate` holds or `seconds` pass.
template <typename Predicate>
void spin(double seconds, Predicate predicate)
{
    QElapsedTimer clock;
    clock.start();
    while (!predicate() && clock.elapsed() < seconds * 1000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

} // namespace bench
