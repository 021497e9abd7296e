#pragma once
/**
 * @file neuronimages.h
 * The small maps drawn inside P5's neurons, built as QImages once per report (or once per
 * feature set or size) at exactly the size they are drawn, `side` device pixels square, so
 * painting is a plain copy (STYLE: the GUI thread only draws; scaling 50 maps per paint with
 * smooth filtering cost more than building them). Cells are sampled nearest-neighbour: the
 * fields are smooth and the digits' weight images should look like pixels.
 *
 * Colours come from colorscale::valueColor through a 256-entry table: a table lookup per pixel
 * keeps a 2-8x6-1 report's rebuild near a millisecond where a QColor blend per pixel would not.
 */
#include "activation.h"
#include "inputfeatures.h"
#include "trainingreport.h"

#include <QImage>

class NeuronImages {
public:
    /// A neuron's activation over the plane (row 0 = top, y = +6). Values map to [-1, 1] so
    /// that the neutral colour sits where the neuron is undecided: 0 for tanh-like units, 0.5
    /// for sigmoid and softmax units (whose outputs are probabilities).
    static QImage fromGrid(const FieldGrid &grid, engine::Activation activation, int side);
    /// A feature's value over [-6, 6]^2, scaled by its largest |value| on the grid so that
    /// x₁² or x₁x₂ show their shape instead of saturating (Playground's input thumbnails).
    static QImage fromFeature(engine::Feature feature, int side);
    /// The weights into one neuron of a `pixels` x `pixels` picture input (digits: the neuron's
    /// 8x8 "template"), weight k at weights[k * stride], divided by `scale` (the largest |w| of
    /// the layer, so that the neurons can be compared).
    static QImage fromWeights(const float *weights, int pixels, int stride, float scale, int side);

private:
    static QRgb colour(float value);
};
