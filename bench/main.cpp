// neural-lessons-bench: prints one JSON object per workload and thread count, each figure the
// median of several timed repetitions. With --threads N, N independent trainers run at once
// (how sweeps and side-by-side models use the cores) and the figures are their sum.
#include "guibench.h"
#include "sidebysidebench.h"
#include "sweepbench.h"
#include "workloads.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Options {
    bool gui = false;
    bool sideBySide = false;
    bool sweep = false;
    double guiSeconds = 10.0;
    long long memoryEpochs = 0;
    std::vector<std::string> only;
    std::vector<int> threads{1};
    int repetitions = 5;
};

void usage()
{
    std::puts("usage: neural-lessons-bench [--workload P|Deep|D|M]... [--threads N[,N...]] [--reps R]\n"
              "       neural-lessons-bench --gui [--seconds S] [--memory-epochs N]\n"
              "       neural-lessons-bench --gui --side-by-side [--seconds S]\n"
              "       neural-lessons-bench --sweep [--threads N[,N...]] [--reps R]\n"
              "Prints one JSON line per workload and thread count (medians of R repetitions); with --gui,\n"
              "the GUI event-loop latency and in-app throughput of the Deep workload in the real window;\n"
              "with --sweep, the wall time of a 3x3 hyperparameter sweep (lr x hidden neurons, circle, 200 epochs).");
}

bool parse(int argc, char **argv, Options &options)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--sweep") {
            options.sweep = true;
        } else if (arg == "--gui") {
            options.gui = true;
        } else if (arg == "--side-by-side") {
            options.sideBySide = true;
        } else if (arg == "--seconds" && hasValue) {
            options.guiSeconds = std::max(1.0, std::atof(argv[++i]));
        } else if (arg == "--memory-epochs" && hasValue) {
            options.memoryEpochs = std::max(0LL, std::atoll(argv[++i]));
        } else if (arg == "--workload" && hasValue) {
            options.only.push_back(argv[++i]);
        } else if (arg == "--threads" && hasValue) {
            options.threads.clear();
            for (const char *p = argv[++i]; *p;) {
                options.threads.push_back(std::max(1, std::atoi(p)));
                p = std::strchr(p, ',');
                p = p ? p + 1 : "";
            }
        } else if (arg == "--reps" && hasValue) {
            options.repetitions = std::max(1, std::atoi(argv[++i]));
        } else {
            return false;
        }
    }
    return true;
}

struct Timing {
    double seconds = 0.0;
    double testAccuracy = 0.0;
};

Timing timeOnce(const bench::Workload &workload, int threads)
{
    std::vector<std::unique_ptr<engine::Trainer>> trainers;
    for (int t = 0; t < threads; ++t)
        trainers.push_back(workload.make());
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> pool;
    for (auto &trainer : trainers)
        pool.emplace_back([&trainer, &workload] { trainer->train(workload.epochs); });
    for (auto &thread : pool)
        thread.join();
    Timing timing;
    timing.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const engine::EpochMetrics metrics = trainers.front()->measureNow();
    timing.testAccuracy = metrics.test.count > 0 ? metrics.test.accuracy : metrics.train.accuracy;
    return timing;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    if (!parse(argc, argv, options)) {
        usage();
        return 2;
    }
    if (options.sweep)
        return runSweepBench(argc, argv, options.threads, options.repetitions);
    if (options.gui && options.sideBySide)
        return runSideBySideBench(argc, argv, options.guiSeconds);
    if (options.gui)
        return runGuiBench(argc, argv, options.guiSeconds, options.memoryEpochs);
    for (const auto &workload : bench::workloads()) {
        if (!options.only.empty() && std::find(options.only.begin(), options.only.end(), workload.name) == options.only.end())
            continue;
        const auto probe = workload.make();
        const double samplesPerEpoch = probe->data().train.size();
        for (int threads : options.threads) {
            timeOnce(workload, threads); // warm-up: caches, page faults, CPU frequency
            std::vector<double> epochsPerSecond;
            double accuracy = 0.0;
            for (int r = 0; r < options.repetitions; ++r) {
                const Timing t = timeOnce(workload, threads);
                epochsPerSecond.push_back(threads * workload.epochs / t.seconds);
                accuracy = t.testAccuracy;
            }
            const double eps = median(epochsPerSecond);
            std::printf("{\"workload\":\"%s\",\"engine\":\"neural-lessons\",\"threads\":%d,\"epochs_per_s\":%.1f,"
                        "\"samples_per_s\":%.0f,\"test_accuracy\":%.4f,\"epoch_includes_evaluation\":%s}\n",
                        workload.name.c_str(), threads, eps, eps * samplesPerEpoch, accuracy,
                        workload.epochIncludesEvaluation ? "true" : "false");
            std::fflush(stdout);
        }
    }
    return 0;
}
