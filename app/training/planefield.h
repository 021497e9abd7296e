#pragma once
/**
 * @file planefield.h
 * Evaluates a network over a grid on the plane [-6, 6]^2: the output heatmap of P1 and every
 * neuron's thumbnail of P5, from one batched forward pass (QT64-NOTES: ~100-400 us for 80x80,
 * so it runs in the worker at report rate, never per sample or in the GUI thread).
 */
#include "backprop.h"
#include "inputfeatures.h"
#include "trainingreport.h"

class PlaneField {
public:
    static constexpr double kExtent = 6.0; ///< the plane spans [-kExtent, kExtent] on both axes

    explicit PlaneField(int resolution = 64) : m_resolution(resolution) {}
    int resolution() const { return m_resolution; }

    /// Fills the output grid and, if `neurons` is not null, every neuron's grid.
    /// multiClass: the output grid holds the predicted class instead of the output value.
    void evaluate(const engine::Network &network, engine::FeatureSet features, bool multiClass, FieldGrid &output,
                  std::vector<std::vector<FieldGrid>> *neurons);

private:
    void prepareInputs(engine::FeatureSet features);

    int m_resolution;
    engine::FeatureSet m_features = 0;
    engine::Matrix<float> m_inputs; ///< features of every grid point, row-major over the grid
    engine::Backprop<float> m_pass;
};
