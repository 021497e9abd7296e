#include "thumbnailrenderer.h"

#include "colorscale.h"
#include "digits.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <vector>

using engine::DatasetKind;

namespace {
constexpr double kExtent = 6.0;  // the plane is [-6, 6]^2, as PlaneMapping
constexpr int kSamples = 160;    // enough to show the shape, few enough to stay readable small
constexpr std::uint64_t kSeed = 7; // fixed: the picture must not change between runs

const QColor kBackground(0xFA, 0xFA, 0xFA);

QPointF toImage(double x, double y, int side)
{
    return {(x + kExtent) / (2 * kExtent) * side, (kExtent - y) / (2 * kExtent) * side};
}

void paintPoints(QPainter &painter, const engine::Dataset &data, int side)
{
    const qreal radius = std::max(1.2, side / 36.0);
    // Regression targets are stretched to full colour: at this size pale points would vanish.
    const double scale = data.task == engine::Task::Regression && data.values.size() > 0
                             ? std::max(1e-9, data.values.cwiseAbs().maxCoeff())
                             : 1.0;
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < data.size(); ++i) {
        const QColor color = data.task == engine::Task::Regression
                                 ? colorscale::valueColor(data.values(i) / scale)
                                 : colorscale::classColor(data.classes[static_cast<std::size_t>(i)], data.classCount);
        painter.setBrush(color);
        painter.drawEllipse(toImage(data.inputs(0, i), data.inputs(1, i), side), radius, radius);
    }
}

// Four sample digits in a 2 x 2 grid, dark ink on the light background.
void paintDigits(QPainter &painter, int side)
{
    const engine::Dataset digits = engine::decodeDigits(engine::detail::kDigitsRows, 4);
    const double cell = side / 2.0, pixel = cell / 9.0; // 8 pixels and a half-pixel margin each side
    painter.setPen(Qt::NoPen);
    for (int d = 0; d < digits.size(); ++d) {
        const QPointF origin((d % 2) * cell + pixel / 2, (d / 2) * cell + pixel / 2);
        for (int p = 0; p < engine::kDigitsPixels; ++p) {
            const int ink = static_cast<int>(std::lround(digits.inputs(p, d) * 255.0));
            painter.setBrush(QColor(255 - ink, 255 - ink, 255 - ink));
            painter.drawRect(QRectF(origin + QPointF((p % 8) * pixel, (p / 8) * pixel), QSizeF(pixel, pixel)));
        }
    }
}

// A few hand-placed points and a pencil: "draw your own".
void paintCustom(QPainter &painter, int side)
{
    const struct {
        double x, y;
        int cls;
    } points[] = {{-4, 3, 1}, {-3, 4.2, 1}, {-1.5, 2.5, 1}, {-4.5, 0.5, 1}, {-2.5, -1, 0}, {0.5, -3.5, 0}, {3, -2, 0},
                  {4, -4.5, 0}, {-2.7, 1.5, 1}};
    const qreal radius = std::max(1.5, side / 24.0);
    painter.setPen(Qt::NoPen);
    for (const auto &p : points) {
        painter.setBrush(colorscale::classColor(p.cls, 2));
        painter.drawEllipse(toImage(p.x, p.y, side), radius, radius);
    }
    // The pencil, drawn in plane units so it scales with the picture: shaft, wood tip, lead.
    painter.save();
    painter.translate(toImage(1.0, 0.0, side));
    painter.rotate(-45.0);
    const double u = side / 12.0;
    painter.setBrush(QColor(0x55, 0x5B, 0x66));
    painter.drawRect(QRectF(0, -0.55 * u, 4.2 * u, 1.1 * u));
    QPainterPath tip;
    tip.moveTo(0, -0.55 * u);
    tip.lineTo(-1.4 * u, 0);
    tip.lineTo(0, 0.55 * u);
    tip.closeSubpath();
    painter.setBrush(QColor(0xE9, 0xC9, 0x8F));
    painter.drawPath(tip);
    painter.setBrush(QColor(0x30, 0x30, 0x30));
    painter.drawEllipse(QPointF(-1.25 * u, 0), 0.18 * u, 0.18 * u);
    painter.restore();
}

} // namespace

QImage ThumbnailRenderer::dataset(DatasetKind kind, int side)
{
    QImage image(std::max(side, 1), std::max(side, 1), QImage::Format_RGB32);
    image.fill(kBackground);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    if (kind == DatasetKind::Digits) {
        paintDigits(painter, side);
    } else if (kind == DatasetKind::Custom) {
        paintCustom(painter, side);
    } else {
        engine::DataSpec spec;
        spec.kind = kind;
        spec.samples = kSamples;
        spec.seed = kSeed;
        spec.classes = 4;                // Blobs / random labels: show more than two colours
        spec.positiveFraction = 0.15;    // imbalanced: few blue among many orange
        spec.noise = kind == DatasetKind::Moons ? 10.0 : 0.0; // moons at noise 0 are two thin lines
        paintPoints(painter, engine::generateDataset(spec), side);
    }
    return image;
}

QImage ThumbnailRenderer::feature(engine::Feature feature, int side)
{
    const int n = std::max(side, 1);
    // The largest |value| over the plane, for the scaling: x1 reaches 6, x1^2 and x1*x2 36, sin 1.
    const double scale = feature == engine::FeatureX1Squared || feature == engine::FeatureX2Squared
                                 || feature == engine::FeatureX1TimesX2
                             ? kExtent * kExtent
                             : feature == engine::FeatureSinX1 || feature == engine::FeatureSinX2 ? 1.0 : kExtent;
    // The engine computes the values, so the picture is exactly what the network gets.
    Eigen::MatrixXd plane(2, n * n);
    for (int row = 0; row < n; ++row)
        for (int column = 0; column < n; ++column) {
            plane(0, row * n + column) = (column + 0.5) / n * 2 * kExtent - kExtent;
            plane(1, row * n + column) = kExtent - (row + 0.5) / n * 2 * kExtent;
        }
    const Eigen::MatrixXf values = engine::computeFeatures(plane, feature);
    QImage image(n, n, QImage::Format_RGB32);
    for (int row = 0; row < n; ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        for (int column = 0; column < n; ++column)
            line[column] = colorscale::valueColor(values(0, row * n + column) / scale).rgb();
    }
    return image;
}
