#include "reportfields.h"

#include <algorithm>
#include <cmath>

using namespace engine;

namespace {
bool isFinite(const FieldGrid &grid)
{
    return std::all_of(grid.values.begin(), grid.values.end(), [](float v) { return std::isfinite(v); });
}
} // namespace

void ReportFields::fill(TrainingReport &report, const Network &network, const WorkspaceSpec &spec,
                        const Dataset &dataset, const TrainingData &data, Evaluator &evaluator)
{
    if (dataset.isPlanar()) {
        m_field.evaluate(network, spec.features, spec.task() == Task::MultiClass, report.output, &report.neurons);
        const bool overflow = !isFinite(report.output)
            || std::any_of(report.neurons.begin(), report.neurons.end(), [](const std::vector<FieldGrid> &layer) {
                   return !std::all_of(layer.begin(), layer.end(), [](const FieldGrid &g) { return isFinite(g); });
               });
        if (overflow) {
            report.output = {};
            report.neurons.clear();
        }
    }
    if (!dataset.classes.empty()) {
        report.predictions.assign(dataset.size(), -1);
        for (SplitId id : {SplitId::Train, SplitId::Validation, SplitId::Test}) {
            const SplitData &split = data.split(id);
            const std::vector<int> predicted = evaluator.predict(network, split, data.encoding);
            for (std::size_t i = 0; i < predicted.size(); ++i)
                report.predictions[split.samples[i]] = predicted[i];
        }
    }
}
