#pragma once
/**
 * @file thumbnailrenderer.h
 * ThumbnailRenderer draws the small square pictures of the data-set picker and the feature
 * toggles, as the Playground's data and input squares do: a data set as its points coloured by
 * class (or by value, for regression), a feature as its value over the plane [-6, 6]^2.
 *
 * The pictures are data, not decoration: a thumbnail is generated from the engine with a fixed
 * seed, so it shows exactly the shape the set will have. They are built once per size (when the
 * picker is built or the font changes), never per paint.
 */
#include "dataset.h"
#include "inputfeatures.h"

#include <QImage>

class ThumbnailRenderer {
public:
    /// A side x side picture of a data-set kind (digits: four sample digits; custom: a pencil).
    static QImage dataset(engine::DatasetKind kind, int side);
    /// A side x side picture of a feature's value over [-6, 6]^2, scaled to its largest |value|:
    /// orange negative, white zero, blue positive.
    static QImage feature(engine::Feature feature, int side);
};
