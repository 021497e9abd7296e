#include "heatmapimage.h"

#include "colorscale.h"

#include <QColor>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace {
constexpr int kTableSize = 256;
using ValueTable = std::array<QRgb, kTableSize>;

QRgb lighten(const QColor &color)
{
    const auto blend = [](int channel) {
        return static_cast<int>(std::lround(255.0 + (channel - 255.0) * HeatmapImage::kStrength));
    };
    return qRgb(blend(color.red()), blend(color.green()), blend(color.blue()));
}

/// valueColor() lightened, sampled at kTableSize points over [-1, 1]; built once.
const ValueTable &valueTable()
{
    static const ValueTable table = [] {
        ValueTable t{};
        for (int i = 0; i < kTableSize; ++i)
            t[i] = lighten(colorscale::valueColor(-1.0 + 2.0 * i / (kTableSize - 1)));
        return t;
    }();
    return table;
}

/// The colour of a [-1, 1] colour coordinate (clamped); NaN, a diverged network, is neutral.
QRgb tableColor(const ValueTable &table, double v)
{
    if (std::isnan(v))
        return table[kTableSize / 2];
    const double t = (std::clamp(v, -1.0, 1.0) + 1.0) * 0.5 * (kTableSize - 1) + 0.5;
    return table[static_cast<std::size_t>(t)];
}

/// The colour coordinate of a raw grid value: a sigmoid's 0..1 is stretched to -1..1.
double normalized(double value, HeatmapImage::Mode mode)
{
    return mode == HeatmapImage::Mode::ZeroOne ? 2.0 * value - 1.0 : value;
}

QRgb blend(QRgb a, QRgb b, double t)
{
    const auto mix = [t](int x, int y) { return static_cast<int>(x + (y - x) * t + 0.5); };
    return qRgb(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b)));
}

/// Where an output pixel falls between two grid cells along one axis. Grid values sit at cell
/// centres; in the half cell along the border the two nearest cells are extrapolated rather than
/// clamped, so a boundary keeps its direction all the way to the edge.
struct Span {
    int first = 0;
    int second = 0;
    double fraction = 0.0;
};

std::vector<Span> spans(int cells, int side)
{
    std::vector<Span> result(static_cast<std::size_t>(side));
    const double scale = static_cast<double>(cells) / side;
    for (int i = 0; i < side; ++i) {
        const double at = (i + 0.5) * scale - 0.5;
        Span &s = result[static_cast<std::size_t>(i)];
        s.first = std::clamp(static_cast<int>(std::floor(at)), 0, std::max(cells - 2, 0));
        s.second = std::min(s.first + 1, cells - 1);
        s.fraction = at - s.first;
    }
    return result;
}

/// The class shown at a point between four cells. Inside a region (all four cells agree) that is
/// the class; across a boundary it is the class with the highest interpolated score, or without
/// scores the class with the largest bilinear weight among the four cells. Only boundary pixels pay
/// for the per-class work, so ten classes cost little more than two.
int classAt(const FieldGrid &grid, const std::vector<FieldGrid> *scores, const Span &row, const Span &column)
{
    const std::array<float, 4> cells{grid.at(row.first, column.first), grid.at(row.first, column.second),
                                     grid.at(row.second, column.first), grid.at(row.second, column.second)};
    if (cells[0] == cells[1] && cells[0] == cells[2] && cells[0] == cells[3])
        return std::isfinite(cells[0]) ? static_cast<int>(cells[0]) : -1;
    const double fx = column.fraction;
    const double fy = row.fraction;
    if (scores) {
        int best = -1;
        double bestScore = -std::numeric_limits<double>::infinity();
        for (std::size_t c = 0; c < scores->size(); ++c) {
            const FieldGrid &g = (*scores)[c];
            const double top = g.at(row.first, column.first) + (g.at(row.first, column.second) - g.at(row.first, column.first)) * fx;
            const double bottom =
                g.at(row.second, column.first) + (g.at(row.second, column.second) - g.at(row.second, column.first)) * fx;
            const double score = top + (bottom - top) * fy;
            if (score > bestScore) {
                bestScore = score;
                best = static_cast<int>(c);
            }
        }
        return best;
    }
    const double wx = std::clamp(fx, 0.0, 1.0); // no extrapolated (negative) weights
    const double wy = std::clamp(fy, 0.0, 1.0);
    const std::array<double, 4> weights{(1 - wx) * (1 - wy), wx * (1 - wy), (1 - wx) * wy, wx * wy};
    std::size_t best = 0;
    double bestWeight = -1.0;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        double weight = 0.0;
        for (std::size_t j = 0; j < cells.size(); ++j)
            weight += cells[j] == cells[i] ? weights[j] : 0.0;
        if (weight > bestWeight) {
            bestWeight = weight;
            best = i;
        }
    }
    return std::isfinite(cells[best]) ? static_cast<int>(cells[best]) : -1;
}
} // namespace

HeatmapImage::Style HeatmapImage::Style::forOutput(const DataReport &data, bool discretize, double threshold)
{
    Style style;
    style.discretize = discretize;
    // The threshold is on the -1..1 scale, which is what colour units are for both binary outputs.
    style.cut = threshold;
    if (data.dataset.task == engine::Task::MultiClass) {
        style.mode = Mode::Classes; // the grid holds the predicted class
        style.classCount = data.dataset.classCount;
    } else if (data.encoding == engine::TargetEncoding::ZeroOne) {
        style.mode = Mode::ZeroOne; // a sigmoid output: the boundary is at 0.5
    }
    return style;
}

HeatmapImage::Style HeatmapImage::Style::forNeuron(engine::Activation activation)
{
    Style style;
    if (activation == engine::Activation::Sigmoid || activation == engine::Activation::Softmax)
        style.mode = Mode::ZeroOne;
    return style;
}

QRgb HeatmapImage::colorOf(double value, const Style &style)
{
    if (style.mode == Mode::Classes) {
        if (!std::isfinite(value))
            return tableColor(valueTable(), 0.0);
        return lighten(colorscale::classColor(static_cast<int>(std::lround(value)), style.classCount));
    }
    double v = normalized(value, style.mode);
    if (style.discretize && !std::isnan(v))
        v = v >= style.cut ? 1.0 : -1.0;
    return tableColor(valueTable(), v);
}

QImage HeatmapImage::render(const FieldGrid &grid, const Style &style, int side, const std::vector<FieldGrid> *classScores)
{
    const int n = grid.resolution;
    if (grid.isEmpty() || side < 1 || n < 1 || static_cast<int>(grid.values.size()) < n * n)
        return {};
    const auto sameShape = [&](const FieldGrid &g) { return g.resolution == n && g.values.size() == grid.values.size(); };
    if (classScores && (classScores->empty() || !std::all_of(classScores->begin(), classScores->end(), sameShape)))
        classScores = nullptr;
    // A diverged network's NaN and inf become the neutral value (no class for Classes) once here,
    // which keeps the per-pixel loops free of checks.
    const FieldGrid *source = &grid;
    FieldGrid finite;
    if (!std::all_of(grid.values.begin(), grid.values.end(), [](float v) { return std::isfinite(v); })) {
        finite = grid;
        const float neutral = style.mode == Mode::ZeroOne ? 0.5f : style.mode == Mode::Classes ? -1.0f : 0.0f;
        for (float &v : finite.values)
            v = std::isfinite(v) ? v : neutral;
        source = &finite;
    }
    const FieldGrid &g = *source;
    const ValueTable &table = valueTable();
    std::vector<QRgb> classTable;
    if (style.mode == Mode::Classes)
        for (int c = 0; c < std::max(style.classCount, 2); ++c)
            classTable.push_back(colorOf(c, style));
    const QRgb negative = tableColor(table, -1.0);
    const QRgb positive = tableColor(table, 1.0);
    const float perPixel = static_cast<float>(n) / side;          // grid cells per output pixel
    const float stretch = style.mode == Mode::ZeroOne ? 2.0f : 1.0f; // colour units per value unit
    const float shift = style.mode == Mode::ZeroOne ? -1.0f : 0.0f;
    const std::vector<Span> columns = spans(n, side);
    const std::vector<Span> rows = spans(n, side);
    // Bilinear interpolation is separable: interpolate the two grid rows once per image row, in
    // colour units (rowValue; rowIndex is the same as a table position), then only along x per
    // pixel. rowStep, the change down one grid row, is what discretize's anti-aliasing needs.
    std::vector<float> rowValue(static_cast<std::size_t>(n));
    std::vector<float> rowIndex(static_cast<std::size_t>(n));
    std::vector<float> rowStep(static_cast<std::size_t>(n));
    constexpr float kTableLast = kTableSize - 1;
    QImage image(side, side, QImage::Format_RGB32);
    for (int y = 0; y < side; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const Span &row = rows[static_cast<std::size_t>(y)];
        if (style.mode == Mode::Classes) {
            for (int x = 0; x < side; ++x) {
                const int c = classAt(g, classScores, row, columns[static_cast<std::size_t>(x)]);
                line[x] = c >= 0 && c < static_cast<int>(classTable.size()) ? classTable[static_cast<std::size_t>(c)]
                                                                           : tableColor(table, 0.0);
            }
            continue;
        }
        for (std::size_t c = 0; c < rowValue.size(); ++c) {
            const float top = g.at(row.first, static_cast<int>(c)) * stretch + shift;
            rowStep[c] = (g.at(row.second, static_cast<int>(c)) * stretch + shift) - top;
            rowValue[c] = top + rowStep[c] * static_cast<float>(row.fraction);
            rowIndex[c] = (rowValue[c] + 1.0f) * 0.5f * kTableLast + 0.5f;
        }
        for (int x = 0; x < side; ++x) {
            const Span &column = columns[static_cast<std::size_t>(x)];
            const auto first = static_cast<std::size_t>(column.first);
            const auto second = static_cast<std::size_t>(column.second);
            const auto fx = static_cast<float>(column.fraction);
            if (!style.discretize) {
                const float t = rowIndex[first] + (rowIndex[second] - rowIndex[first]) * fx;
                line[x] = table[static_cast<std::size_t>(std::clamp(t, 0.0f, kTableLast))];
                continue;
            }
            // Discretized: the share of this pixel on the positive side, from the value and how
            // much it changes across one pixel, so the sign boundary is anti-aliased, not jagged.
            const float dx = rowValue[second] - rowValue[first];
            const float value = rowValue[first] + dx * fx - static_cast<float>(style.cut);
            const float dy = rowStep[first] + (rowStep[second] - rowStep[first]) * fx;
            const float change = (std::abs(dx) + std::abs(dy)) * perPixel;
            const float share = change > 0 ? std::clamp(0.5f + value / change, 0.0f, 1.0f) : (value >= 0 ? 1.0f : 0.0f);
            line[x] = blend(negative, positive, share);
        }
    }
    return image;
}
