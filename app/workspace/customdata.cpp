#include "customdata.h"

#include <algorithm>

using engine::DatasetKind;
using engine::Task;

WorkspaceSpec CustomData::start(const WorkspaceSpec &spec)
{
    WorkspaceSpec next = spec;
    next.data.kind = DatasetKind::Custom;
    if (!spec.customPoints.empty() || spec.data.kind == DatasetKind::Custom) {
        // The class count is shared with the generators (a random-label set may have left 2):
        // drawn classes need at least three and room for every label drawn.
        if (next.customTask == Task::MultiClass) {
            int classes = std::max(next.data.classes, 3);
            for (const engine::LabeledPoint &p : next.customPoints)
                classes = std::max(classes, static_cast<int>(p.label) + 1);
            next.data.classes = std::min(classes, kMaxClasses);
        }
        return next;
    }

    engine::Dataset source;
    const bool planar = spec.data.kind != DatasetKind::Digits && spec.task() != Task::Regression;
    if (planar) {
        source = spec.makeDataset();
    } else {
        engine::DataSpec blobs;
        blobs.kind = DatasetKind::Gauss;
        blobs.samples = kStarterPoints;
        blobs.seed = spec.data.seed;
        source = engine::generateDataset(blobs);
    }
    // Generated sets are shuffled, so a prefix is a fair mix of the classes.
    const int n = std::min(source.size(), kStarterPoints);
    next.customPoints.clear();
    for (int i = 0; i < n; ++i)
        next.customPoints.push_back({source.inputs(0, i), source.inputs(1, i),
                                     static_cast<double>(source.classes[static_cast<std::size_t>(i)])});
    next.customTask = source.task;
    if (source.task == Task::MultiClass)
        next.data.classes = source.classCount;
    return next;
}

int CustomData::classCount(const WorkspaceSpec &spec)
{
    return spec.customTask == Task::MultiClass ? spec.data.classes : 2;
}

bool CustomData::add(WorkspaceSpec &spec, double x, double y, int classIndex)
{
    if (classIndex < 0 || classIndex >= classCount(spec))
        return false;
    // A regression set takes the class as a sign: positive (blue) +1, negative (orange) -1.
    const double label = spec.customTask == Task::Regression ? (classIndex == 1 ? 1.0 : -1.0) : classIndex;
    spec.customPoints.push_back({x, y, label});
    return true;
}

int CustomData::erase(WorkspaceSpec &spec, const QList<int> &indices)
{
    std::vector<bool> gone(spec.customPoints.size(), false);
    for (int i : indices)
        if (i >= 0 && i < static_cast<int>(gone.size()))
            gone[static_cast<std::size_t>(i)] = true;
    std::vector<engine::LabeledPoint> kept;
    for (std::size_t i = 0; i < gone.size(); ++i)
        if (!gone[i])
            kept.push_back(spec.customPoints[i]);
    const int erased = static_cast<int>(spec.customPoints.size() - kept.size());
    spec.customPoints = std::move(kept);
    return erased;
}

void CustomData::setClassCount(WorkspaceSpec &spec, int classes)
{
    classes = std::clamp(classes, 2, kMaxClasses);
    spec.customTask = classes == 2 ? Task::Binary : Task::MultiClass;
    if (classes > 2)
        spec.data.classes = classes;
    // Also drops regression values that are no class index (a preset's drawn regression set).
    auto outside = [classes](const engine::LabeledPoint &p) {
        return !(p.label >= 0 && p.label < classes && p.label == static_cast<int>(p.label));
    };
    spec.customPoints.erase(std::remove_if(spec.customPoints.begin(), spec.customPoints.end(), outside),
                            spec.customPoints.end());
}
