#pragma once
/**
 * @file networkeditor.h
 * NetworkEditor: applies a NetworkEdit to the worker's network and keeps the spec's hidden layers
 * and activation in step with it. Kept apart from TrainingWorker so the worker stays about
 * scheduling and reporting, and the rules of an edit (what is refused, what a restored snapshot
 * must fit) live in one place.
 */
#include "networkedit.h"
#include "workspacespec.h"

#include "network.h"
#include "trainingdata.h"

class NetworkEditor {
public:
    /// Applies `edit` to `network`. Throws std::exception (and leaves `network` as it was) when
    /// the edit does not fit: no such layer, neuron or weight, or a value that is not finite.
    /// `spec` is the worker's spec: its activation follows a SetActivation edit, and a
    /// Replace edit whose network no longer fits `data` gets the spec's other settings.
    static void apply(engine::Network &network, const NetworkEdit &edit, WorkspaceSpec &spec,
                      const engine::TrainingData &data);
    /// Copies the network's hidden layers and activation into the spec.
    static void describe(const engine::Network &network, WorkspaceSpec &spec);

private:
    /// `snapshot` if it fits the data, else a new network of its shape.
    static engine::Network fitToData(const engine::Network &snapshot, const WorkspaceSpec &spec,
                                     const engine::TrainingData &data);
};
