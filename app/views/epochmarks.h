#pragma once

#include "curvehistory.h"

#include <QList>
#include <QPointF>

class QChart;
class QLegend;
class QLineSeries;
class QScatterSeries;
class QXYSeries;

/**
 * The teaching marks of a MetricChart (CURRICULUM P2):
 * - the epoch with the lowest validation loss, where early stopping with "restore best" goes
 *   back to: a dashed vertical line across the plot and a star on the validation curve;
 * - the epochs in which the training loss went up (mini-batch noise, or a learning rate that
 *   overshoots): small red ticks along the bottom of the plot, like a rug plot, so that with noisy
 *   mini-batch training they show how often it happens without hiding the curves;
 * - the past epoch the timeline (P12) shows: a grey vertical line across the plot.
 *
 * Values arrive already clamped for the chart's axis (a loss never below MetricChart::kMinLoss).
 */
class EpochMarks
{
public:
    /// Creates the series and adds them to the chart; the caller attaches the axes.
    EpochMarks(QChart *chart, bool markLossUp);
    EpochMarks(const EpochMarks &) = delete;
    EpochMarks &operator=(const EpochMarks &) = delete;

    QList<QXYSeries *> series() const;
    QLineSeries *bestLine() const { return m_bestLine; }
    QScatterSeries *bestPoint() const { return m_bestPoint; }
    QScatterSeries *lossUpMarkers() const { return m_lossUp; } ///< null unless markLossUp
    QLineSeries *viewedLine() const { return m_viewedLine; }
    int viewedEpoch() const { return m_viewedEpoch; }
    /// The past epoch on show in the timeline; -1 hides its line. Takes effect at place().
    void setViewedEpoch(int epoch) { m_viewedEpoch = epoch; }
    int bestEpoch() const { return m_bestEpoch; }

    /// One finished epoch: its training loss (non-finite = unknown) and this chart's validation value.
    void addEpoch(int epoch, double trainingLoss, double validationValue, int bestEpoch);
    /// After a report's epochs: moves the best mark (-1 hides it). A best epoch sent in an earlier
    /// report is looked up on the validation curve. Returns true when the best epoch moved.
    bool finishReport(int bestEpoch, const QList<QPointF> &validationCurve);
    /// Stretches the best-epoch line over the y axis range and puts the ticks at tickY.
    void place(double low, double high, double tickY);
    void clear();
    void setStyle(double penWidth, double markerSize);
    /// The line has no legend entry; the star and the triangles have one once they are drawn.
    void updateLegend(QLegend *legend);

private:
    QLineSeries *m_bestLine = nullptr;
    QScatterSeries *m_bestPoint = nullptr;
    QScatterSeries *m_lossUp = nullptr;
    QLineSeries *m_viewedLine = nullptr;
    int m_viewedEpoch = -1;
    CurveHistory m_lossUpHistory{500}; ///< x = epoch; y unused
    double m_tickY = 0.0;
    double m_lastTrainingLoss = -1.0; ///< -1 = no earlier epoch in this run
    int m_bestEpoch = -1;
    double m_bestValue = 0.0;
    bool m_bestKnown = false;
    bool m_bestSeen = false; ///< the best epoch was among this report's epochs
};
