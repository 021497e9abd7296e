#include "sweepbench.h"

#include "sweeprunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>

#include <algorithm>
#include <cstdio>

namespace {

SweepGrid issueGrid()
{
    PresetState base = PresetState::defaults();
    base.apply(QStringLiteral("dataset.kind"), QStringLiteral("circle"));
    base.apply(QStringLiteral("dataset.noise"), 25);
    const QList<SweepAxis> axes = {
        {QStringLiteral("training.lr"), {0.3, 0.03, 0.003}},
        {QStringLiteral("network.hidden"), {QJsonArray{2}, QJsonArray{4}, QJsonArray{8}}}};
    return SweepGrid(base, axes, 200);
}

/// Seconds from start() to finished() of one sweep.
double timeSweep(const SweepGrid &grid, int threads, int *concurrent, long long *updates)
{
    SweepRunner runner;
    runner.setThreadCount(threads);
    QEventLoop loop;
    QObject::connect(&runner, &SweepRunner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    runner.start(grid);
    loop.exec();
    *concurrent = runner.maxConcurrentCells();
    *updates = 0;
    for (int cell = 0; cell < runner.cellCount(); ++cell)
        *updates += runner.result(cell)->metrics.updates;
    return clock.nsecsElapsed() / 1e9;
}

} // namespace

int runSweepBench(int argc, char **argv, const std::vector<int> &threads, int repetitions)
{
    QCoreApplication app(argc, argv);
    const SweepGrid grid = issueGrid();
    for (int t : threads) {
        int concurrent = 0;
        long long updates = 0;
        timeSweep(grid, t, &concurrent, &updates); // warm-up
        std::vector<double> seconds;
        for (int r = 0; r < repetitions; ++r)
            seconds.push_back(timeSweep(grid, t, &concurrent, &updates));
        std::sort(seconds.begin(), seconds.end());
        std::printf("{\"workload\":\"sweep3x3\",\"cells\":%d,\"epochs\":%d,\"threads\":%d,\"max_concurrent\":%d,"
                    "\"updates\":%lld,\"median_s\":%.3f,\"min_s\":%.3f,\"max_s\":%.3f}\n",
                    grid.cellCount(), grid.epochs(), t, concurrent, updates, seconds[seconds.size() / 2], seconds.front(),
                    seconds.back());
        std::fflush(stdout);
    }
    return 0;
}
