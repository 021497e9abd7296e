#pragma once

#include "metrics.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>

#include <array>
#include <functional>
#include <vector>

class QAbstractAxis;
class QChart;
class QLegend;
class QLineSeries;

/// One recorded run to draw behind the current curves (RunHistory's shown runs).
struct OverlayRun {
    int number = 0;
    QColor color;
    std::vector<engine::EpochMetrics> epochs;
};

/**
 * The runs ticked in the run history, drawn behind the current curves of a MetricChart.
 *
 * Why: the lessons ask students to change one thing (the learning rate, a layer) and compare;
 * the runs that ended stay on the chart as a reference. Each run has its own colour (the
 * current run keeps the splits' colours) and one legend entry, "Run 3"; within a run, training
 * is dashed, validation solid and test dotted, all a little faded so the live run stands out.
 */
class RunOverlays
{
    Q_DECLARE_TR_FUNCTIONS(RunOverlays)

public:
    static constexpr int kCurves = 3; ///< training, validation, test
    static constexpr double kAlpha = 0.75;
    using ValueOf = std::function<double(const engine::SplitMetrics &)>;

    explicit RunOverlays(QChart *chart);
    RunOverlays(const RunOverlays &) = delete;
    RunOverlays &operator=(const RunOverlays &) = delete;

    /// Replaces the runs drawn; `valueOf` gives a point's y (NaN: no point), the series are
    /// attached to the given axes.
    void set(const std::vector<OverlayRun> &runs, const ValueOf &valueOf, QAbstractAxis *xAxis, QAbstractAxis *yAxis);
    void clear();
    int count() const { return static_cast<int>(m_runs.size()); }
    /// The numbers of the runs drawn.
    QList<int> numbers() const;
    QList<QLineSeries *> series() const;

    void setCurveVisible(int curve, bool visible);
    /// The y extent and the largest x of the visible overlay curves; false when there are none.
    bool extent(double &minY, double &maxY, double &maxX) const;
    void setPenWidth(double width);
    /// One legend entry per run: the marker of its first visible curve.
    void updateLegend(QLegend *legend) const;
    void retranslate();

private:
    struct Run
    {
        int number = 0;
        QColor color;
        std::array<QLineSeries *, kCurves> curves{};
        std::array<double, kCurves> minY{}, maxY{}, maxX{};
    };
    void applyPens(const Run &run) const;

    QChart *m_chart;
    std::vector<Run> m_runs;
    std::array<bool, kCurves> m_visible{true, true, true};
    double m_width = 1.5;
};
