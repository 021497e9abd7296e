#pragma once

#include <QList>
#include <QPointF>

#include <array>
#include <vector>

class QAbstractAxis;
class QChart;
class QColor;
class QLineSeries;

/**
 * The curves of earlier runs, drawn faded and dashed behind the current ones in a MetricChart.
 *
 * Why: the lessons ask students to change one thing (the learning rate, a layer) and compare;
 * when the run restarts, the previous curves stay on screen as a reference. Only the newest
 * kMaxRuns are kept so the chart stays readable. The overlays are left out of the legend: the
 * legend names the splits, and the faded copies use the same colours.
 */
class OldRunOverlays
{
public:
    static constexpr int kMaxRuns = 3;
    static constexpr int kCurves = 3; ///< training, validation, test
    static constexpr double kAlpha = 0.35;

    explicit OldRunOverlays(QChart *chart);
    OldRunOverlays(const OldRunOverlays &) = delete;
    OldRunOverlays &operator=(const OldRunOverlays &) = delete;

    /// Adds one run (an empty list = no such curve), attached to the given axes, and drops the
    /// oldest run beyond kMaxRuns.
    void add(const std::array<QList<QPointF>, kCurves> &curves, QAbstractAxis *xAxis, QAbstractAxis *yAxis);
    void clear();
    int count() const { return static_cast<int>(m_runs.size()); }

    void setCurveVisible(int curve, bool visible);
    /// The y extent and the largest x of the visible overlay curves; false when there are none.
    bool extent(double &minY, double &maxY, double &maxX) const;
    /// Faded, dashed pens in the splits' colours.
    void setPens(const std::array<QColor, kCurves> &colors, double width);
    void hideFromLegend();

private:
    struct Run
    {
        std::array<QLineSeries *, kCurves> curves{};
        std::array<double, kCurves> minY{}, maxY{}, maxX{};
    };
    void remove(const Run &run);

    QChart *m_chart;
    std::vector<Run> m_runs;
    std::array<bool, kCurves> m_visible{true, true, true};
};
