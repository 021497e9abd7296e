#pragma once
/**
 * @file heatmapimage.h
 * HeatmapImage turns a FieldGrid (network values over [-6, 6]^2) into the picture behind P1.
 *
 * The grid is coarse (64 x 64 from PlaneField), so values are interpolated bilinearly between
 * cell centres before they are coloured: the boundary comes out smooth, and "discretize" cuts the
 * interpolated surface at 0, so the sign boundary is a clean curve rather than a staircase.
 * Colours are the Playground's, blended towards white as its heatmap canvas is (alpha 160 over a
 * white page), which keeps the full-strength data points readable on top, in light and dark
 * palettes alike. Built once per report in the GUI thread (a 256-entry colour table, no QColor
 * per pixel), never per paint.
 */
#include "trainingreport.h"

#include <QImage>

class HeatmapImage {
public:
    /// How grid values become colours.
    enum class Mode {
        Values, ///< tanh output, regression or a hidden neuron: value in [-1, 1] (clamped)
        ZeroOne, ///< sigmoid output: 0..1 is stretched to -1..1, so 0.5 (the boundary) is neutral
        Classes  ///< multi-class: the grid holds the predicted class index
    };

    struct Style {
        Mode mode = Mode::Values;
        bool discretize = false; ///< sign only (Values / ZeroOne): no gradient
        int classCount = 2;      ///< Classes: number of classes (for the colours)
        double cut = 0.0;        ///< discretize: the decision threshold in colour units (-1..1)

        /// The network's output grid (TrainingReport::output) for this data; `threshold` is the
        /// decision threshold on a tanh output's scale (TrainingSettings::decisionThreshold).
        static Style forOutput(const DataReport &data, bool discretize, double threshold = 0.0);
        /// One neuron's grid: sigmoid and softmax units are probabilities, undecided at 0.5 (as
        /// P5's thumbnails show them); everything else is centred on 0.
        static Style forNeuron(engine::Activation activation);
    };

    /// Share of the data colour in a heatmap pixel (the Playground draws its canvas at 160/255).
    static constexpr double kStrength = 160.0 / 255.0;

    /// A side x side RGB32 image of the grid; a null image for an empty grid or side < 1.
    /// Non-finite values (a diverged network) are drawn neutral, never as garbage.
    /// Classes: `classScores` (the output neurons' grids, one per class, e.g. softmax
    /// probabilities), if given, places the boundaries where the interpolated scores cross, so
    /// they are smooth curves rather than the grid's staircase.
    static QImage render(const FieldGrid &grid, const Style &style, int side,
                         const std::vector<FieldGrid> *classScores = nullptr);

    /// The (lightened) colour a value gets under the style; what render() puts in a pixel.
    static QRgb colorOf(double value, const Style &style);
};
