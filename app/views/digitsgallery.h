#pragma once
/**
 * @file digitsgallery.h
 * DigitsGallery is P1 for data that is not a plane (the 8x8 digits): there is no boundary to
 * draw, so it shows what the network does to real samples instead, as thumbnails with the
 * predicted digit, framed in red when the prediction is wrong.
 *
 * It shows held-out samples (the test set once revealed, else the validation set), because
 * predictions on the training set flatter an overfitting network; training samples are the
 * fallback for a split without either. Like PointsLayer it borrows the report: build, paint, drop.
 */
#include "trainingreport.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>

#include <vector>

class QPainter;
class QPalette;

class DigitsGallery {
    Q_DECLARE_TR_FUNCTIONS(DigitsGallery)

public:
    /// The split the thumbnails come from.
    enum class Source { Test, Validation, Train };
    static constexpr int kMaxSamples = 60;

    DigitsGallery(const DataReport &data, const std::vector<int> &predictions, bool showTest);

    Source source() const { return m_source; }
    /// The samples shown, at most kMaxSamples, in split order.
    const std::vector<int> &samples() const { return m_samples; }
    /// Predicted class of a sample, or -1 when there is no prediction yet.
    int prediction(int sample) const;
    /// Shown samples with a known, wrong prediction.
    int wrongCount() const;

    /// What the gallery shows (for the caption line) and how it went (for the legend line).
    QString caption() const;
    QString summary() const;

    /// Lays the thumbnails out in a grid filling `area`; labels use the painter's font.
    void paint(QPainter &painter, const QRectF &area, const QPalette &palette) const;

    /// A sample as a square greyscale image, dark ink on white paper (a null image if the input
    /// size is not a square number of pixels).
    static QImage thumbnail(const engine::Dataset &dataset, int sample);

private:
    const DataReport &m_data;
    const std::vector<int> &m_predictions;
    Source m_source = Source::Train;
    std::vector<int> m_samples;
};
