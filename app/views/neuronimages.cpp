#include "neuronimages.h"

#include "colorscale.h"

#include <Eigen/Core>

#include <algorithm>
#include <array>
#include <cmath>

namespace {
constexpr int kLevels = 256;

const std::array<QRgb, kLevels> &colourTable()
{
    static const std::array<QRgb, kLevels> table = [] {
        std::array<QRgb, kLevels> t{};
        for (int i = 0; i < kLevels; ++i)
            t[i] = colorscale::valueColor(-1.0 + 2.0 * i / (kLevels - 1)).rgb();
        return t;
    }();
    return table;
}
} // namespace

QRgb NeuronImages::colour(float value)
{
    if (!std::isfinite(value))
        return colourTable()[kLevels / 2]; // never draw a NaN as a colour (issue: divergence)
    const float clamped = std::clamp(value, -1.0f, 1.0f);
    return colourTable()[static_cast<int>((clamped + 1.0f) * 0.5f * (kLevels - 1) + 0.5f)];
}

QImage NeuronImages::fromGrid(const FieldGrid &grid, engine::Activation activation, int side)
{
    const int n = grid.resolution;
    if (n <= 0 || side <= 0 || grid.values.size() != static_cast<std::size_t>(n) * n)
        return QImage();
    const bool probability = activation == engine::Activation::Sigmoid || activation == engine::Activation::Softmax;
    QImage image(side, side, QImage::Format_RGB32);
    for (int y = 0; y < side; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const int row = y * n / side;
        for (int x = 0; x < side; ++x) {
            const float v = grid.at(row, x * n / side);
            line[x] = colour(probability ? 2.0f * v - 1.0f : v);
        }
    }
    return image;
}

QImage NeuronImages::fromFeature(engine::Feature feature, int side)
{
    if (side <= 0)
        return QImage();
    constexpr double extent = 6.0;
    Eigen::MatrixXd points(2, side * side);
    const double step = 2.0 * extent / side;
    for (int row = 0; row < side; ++row) {
        for (int column = 0; column < side; ++column) {
            points(0, row * side + column) = -extent + (column + 0.5) * step;
            points(1, row * side + column) = extent - (row + 0.5) * step; // y up
        }
    }
    const Eigen::MatrixXf values = engine::computeFeatures(points, feature);
    const float scale = std::max(values.cwiseAbs().maxCoeff(), 1e-6f);
    QImage image(side, side, QImage::Format_RGB32);
    for (int row = 0; row < side; ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        for (int column = 0; column < side; ++column)
            line[column] = colour(values(0, row * side + column) / scale);
    }
    return image;
}

QImage NeuronImages::fromWeights(const float *weights, int pixels, int stride, float scale, int side)
{
    if (side <= 0 || pixels <= 0)
        return QImage();
    QImage image(side, side, QImage::Format_RGB32);
    const float inverse = scale > 0 ? 1.0f / scale : 0.0f;
    for (int y = 0; y < side; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const int row = y * pixels / side;
        for (int x = 0; x < side; ++x) {
            const int k = row * pixels + x * pixels / side;
            line[x] = colour(weights[static_cast<std::ptrdiff_t>(k) * stride] * inverse);
        }
    }
    return image;
}
