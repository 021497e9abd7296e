#pragma once
/**
 * @file reportfields.h
 * Fills the parts of a report that follow from a network alone: the output and neuron fields
 * over the plane (P1, P5) and every sample's predicted class (P4). The worker uses it for the
 * live weights and for a past epoch of the timeline (P12) alike, on its own thread.
 */
#include "planefield.h"
#include "trainingreport.h"
#include "workspacespec.h"

class ReportFields {
public:
    /// Fills report.output and report.neurons (planar sets) and report.predictions
    /// (classification) for `network`. A network whose outputs overflow (a diverged run) gets
    /// empty maps: nothing non-finite is shown.
    void fill(TrainingReport &report, const engine::Network &network, const WorkspaceSpec &spec,
              const engine::Dataset &dataset, const engine::TrainingData &data, engine::Evaluator &evaluator);

private:
    PlaneField m_field;
};
