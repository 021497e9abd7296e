#pragma once

#include "curvehistory.h"
#include "metrics.h"
#include "runoverlays.h"

#include <QChartView>

#include <array>
#include <memory>
#include <vector>

class EpochMarks;
class QAbstractAxis;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;
class QXYSeries;

/**
 * One chart of P2: the loss (or the accuracy, in percent) of the training, validation and test
 * sets over the epochs, drawn with Qt Charts as chartsgallery's dynamicsplinewidget does (axes
 * that follow the data, no animation).
 *
 * Speed: each curve is a CurveHistory (at most ~2,000 points) and reaches its series with one
 * QXYSeries::replace() per report, never point by point (QT64-NOTES). Losses are clamped to
 * kMinLoss so the log axis never meets 0, and non-finite values are never drawn.
 *
 * For teaching, EpochMarks marks the best validation epoch and the epochs where the training
 * loss went up, and RunOverlays draws the runs ticked in the run history behind the current one.
 */
class MetricChart : public QChartView
{
    Q_OBJECT

public:
    enum class Quantity { Loss, Accuracy };
    enum Split { Training, Validation, Test, SplitCount };
    static constexpr double kMinLoss = 1e-6;

    explicit MetricChart(Quantity quantity, QWidget *parent = nullptr);
    ~MetricChart() override;

    /// Appends finished epochs and moves the best-validation mark (-1 hides it).
    void addEpochs(const std::vector<engine::EpochMetrics> &epochs, int bestValidationEpoch);
    /// Empties the current curves (the run started over; the run history keeps the old one).
    void startNewRun();
    /// Draws these recorded runs behind the current curves (replacing those drawn before).
    void setOverlays(const std::vector<OverlayRun> &runs);
    const RunOverlays &overlays() const { return *m_overlays; }
    void setShowTest(bool show);
    /// Logarithmic y axis; only the loss chart has one.
    void setLogScale(bool on);
    bool isLogScale() const { return m_log; }
    bool hasData() const;
    /// Marks the past epoch the timeline (P12) shows with a vertical line; -1 removes it.
    void setViewedEpoch(int epoch);
    QLineSeries *viewedEpochLine() const;

    QLineSeries *curve(Split split) const { return m_curves[split]; }
    QLineSeries *bestEpochLine() const;
    QScatterSeries *bestEpochPoint() const;
    QScatterSeries *lossUpMarkers() const; ///< null in the accuracy chart
    QValueAxis *xAxis() const { return m_xAxis; }
    QAbstractAxis *yAxis() const;

    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    double valueOf(const engine::SplitMetrics &metrics) const;
    void addSeries(QXYSeries *series);
    void refresh();
    void updateRanges();
    void applyStyle();
    void stylePens();
    void updateLegend();
    void fitTickCount(const QRectF &plotArea);
    void retranslateUi();
    void showPointToolTip(const QString &text, bool state);

    Quantity m_quantity;
    std::array<CurveHistory, SplitCount> m_history;
    std::array<QLineSeries *, SplitCount> m_curves{};
    std::unique_ptr<EpochMarks> m_marks;
    std::unique_ptr<RunOverlays> m_overlays;
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_linearAxis = nullptr;
    QLogValueAxis *m_logAxis = nullptr;
    bool m_showTest = false;
    bool m_present[SplitCount] = {true, true, true}; ///< the split has samples (newest epoch)
    bool m_log = false;
};
