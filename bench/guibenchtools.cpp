// Shared pieces of the GUI benchmarks; see guibenchtools.h.
#include "guibenchtools.h"

#include "workloads.h"

#include <algorithm>
#include <chrono>

namespace bench {

WorkspaceSpec deepSpec()
{
    WorkspaceSpec spec; // circle, 500 points, noise 0
    spec.split = {50, 0, 50};
    spec.network.hidden = {8, 8, 8, 8, 8, 8};
    spec.training.optimizer.learningRate = 0.03;
    spec.training.batchSize = 10;
    return spec;
}

double rawEngineEpochsPerSecond()
{
    for (const auto &workload : workloads()) {
        if (workload.name != "Deep")
            continue;
        auto trainer = workload.make();
        const auto start = std::chrono::steady_clock::now();
        trainer->train(2000);
        return 2000 / std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    return 0.0;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * (values.size() - 1))];
}

} // namespace bench
