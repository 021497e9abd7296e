#pragma once
// Shared by the NetworkView tests: reports of a given shape, split neuron grids, edit signals and
// where a link's curve can be clicked.
#include "networkview.h"

#include <QSignalSpy>

inline TrainingReport makeReport(int inputs, const std::vector<int> &hidden, int outputs = 1,
                                 engine::Activation output = engine::Activation::Tanh)
{
    std::vector<engine::LayerSpec> layers;
    for (int units : hidden)
        layers.push_back({units, engine::Activation::Tanh});
    layers.push_back({outputs, output});
    TrainingReport report;
    report.network = engine::Network(inputs, layers, engine::Initializer::PlaygroundUniform, 7);
    return report;
}

inline NetworkEdit editAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<NetworkEdit>();
}

/// The midpoint of the curve from neuron `from` of `level - 1` to neuron `to` of `level`: with
/// both control points at the middle x, B(1/2) is the middle of the two end points.
inline QPointF linkMidpoint(const NetworkView &view, int level, int to, int from)
{
    const QRectF source = view.neuronRect(level - 1, from);
    const QRectF target = view.neuronRect(level, to);
    return (QPointF(source.right(), source.center().y()) + QPointF(target.left(), target.center().y())) / 2;
}
