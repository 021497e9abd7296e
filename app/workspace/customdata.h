#pragma once
/**
 * @file customdata.h
 * CustomData holds the rules for "draw your own" data, as edits of a WorkspaceSpec copy: start
 * drawing, add a point, erase points, change the number of classes.
 *
 * Starting is not a blank page: a set with no points cannot be trained (the trainer needs a
 * training sample), so the custom set begins as a small sample of the set on screen, which the
 * student edits or clears. The custom set keeps the points in order, so data-set index i is
 * customPoints[i], which is how the plot names the points it erases.
 */
#include "workspacespec.h"

#include <QList>

class CustomData {
public:
    /// How many points a new custom set copies from the set on screen.
    static constexpr int kStarterPoints = 60;
    static constexpr int kMaxClasses = 6;

    /// The spec with the custom set chosen; points already drawn are kept, none means a sample
    /// of the current set (or of two blobs when that is not a 2-D classification set).
    static WorkspaceSpec start(const WorkspaceSpec &spec);
    /// Number of classes of the custom set (2 for binary and regression).
    static int classCount(const WorkspaceSpec &spec);
    /// Adds a point; false (spec unchanged) for a class the set does not have.
    static bool add(WorkspaceSpec &spec, double x, double y, int classIndex);
    /// Removes points by index (out-of-range and repeated ones ignored); returns how many went.
    static int erase(WorkspaceSpec &spec, const QList<int> &indices);
    /// Sets the class count (2 = binary, 3..6 = multi-class); drops points of classes that go.
    static void setClassCount(WorkspaceSpec &spec, int classes);
};
