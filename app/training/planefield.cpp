#include "planefield.h"

using namespace engine;

void PlaneField::prepareInputs(FeatureSet features)
{
    if (features == m_features && m_inputs.cols() == m_resolution * m_resolution)
        return;
    m_features = features;
    Eigen::MatrixXd points(2, m_resolution * m_resolution);
    const double step = 2.0 * kExtent / m_resolution;
    for (int row = 0; row < m_resolution; ++row) {
        for (int column = 0; column < m_resolution; ++column) {
            // Cell centres; row 0 is the top of the plot (y = +6).
            points(0, row * m_resolution + column) = -kExtent + (column + 0.5) * step;
            points(1, row * m_resolution + column) = kExtent - (row + 0.5) * step;
        }
    }
    m_inputs = computeFeatures(points, features);
}

void PlaneField::evaluate(const Network &network, FeatureSet features, bool multiClass, FieldGrid &output,
                          std::vector<std::vector<FieldGrid>> *neurons)
{
    prepareInputs(features);
    const int cells = m_resolution * m_resolution;
    const auto out = m_pass.forward(network, m_inputs);
    output.resolution = m_resolution;
    output.values.resize(cells);
    for (int c = 0; c < cells; ++c) {
        if (multiClass) {
            Eigen::Index best = 0;
            out.col(c).maxCoeff(&best);
            output.values[c] = static_cast<float>(best);
        } else {
            output.values[c] = out(0, c);
        }
    }
    if (!neurons)
        return;
    neurons->resize(network.layerCount());
    for (int l = 0; l < network.layerCount(); ++l) {
        const auto activations = m_pass.activations(l);
        auto &layer = (*neurons)[l];
        layer.resize(network.layer(l).units);
        for (int n = 0; n < network.layer(l).units; ++n) {
            layer[n].resolution = m_resolution;
            layer[n].values.resize(cells);
            for (int c = 0; c < cells; ++c)
                layer[n].values[c] = activations(n, c);
        }
    }
}
