#pragma once
/**
 * @file pointslayer.h
 * PointsLayer draws the samples of a planar data set over P1's heatmap, one marker per split, as
 * CURRICULUM §3.2 asks: training = filled dots, validation = hollow rings, test = squares with a
 * dark outline (only once the test set is revealed, so students look at it last).
 *
 * It also answers what it would draw (visible samples, misclassified ones), so the widget and its
 * tests can count without painting. It borrows the report and predictions (the options are
 * copied): build it, use it, drop it; the widget keeps the painted result as a cached image.
 */
#include "planemapping.h"
#include "trainingreport.h"

#include <QCoreApplication>
#include <QSet>

#include <vector>

class QPainter;
class QPalette;

class PointsLayer {
    Q_DECLARE_TR_FUNCTIONS(PointsLayer)

public:
    struct Options {
        bool showTest = false;
        bool highlightMisclassified = false; ///< red ring on wrong predictions, the rest faded
        QSet<int> highlighted;               ///< emphasised samples (a confusion-matrix cell)
        QSet<int> hidden;                    ///< not drawn (being erased by a right-drag)
    };

    /// Which split a sample is in.
    enum class Role : quint8 { None, Train, Validation, Test };

    /// predictions: predicted class per sample, or empty (regression, no report yet).
    PointsLayer(const DataReport &data, const std::vector<int> &predictions, Options options);

    Role role(int sample) const { return m_roles[static_cast<std::size_t>(sample)]; }
    /// Samples the layer draws (split order: train, validation, test), without hidden ones.
    std::vector<int> visibleSamples() const;
    /// A known prediction that differs from the label (never true for regression).
    bool isMisclassified(int sample) const;
    /// Visible samples drawn with the misclassified ring (0 unless the option is on).
    int misclassifiedCount() const;
    /// Visible samples drawn emphasised.
    int highlightedCount() const;

    /// The colour of a sample's marker: its class, or valueColor(value) for regression.
    QColor color(int sample) const;

    /// Paints every visible sample; radius is the dot radius in pixels.
    void paint(QPainter &painter, const PlaneMapping &mapping, qreal radius) const;

    /// The legend line: a marker per shown split, a "test data hidden" note, the mistake count.
    /// Entries that do not fit are left out (a projector font) rather than overlapping.
    void paintLegend(QPainter &painter, const QRectF &line, const QPalette &palette) const;

    /// Paints one marker of a role at a point (also used for the legend).
    static void paintMarker(QPainter &painter, Role role, const QPointF &at, qreal radius, const QColor &color);

private:
    bool isFaded(int sample) const;

    const DataReport &m_data;
    const std::vector<int> &m_predictions;
    Options m_options;
    std::vector<Role> m_roles;
};
