#include "oldrunoverlays.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>

#include <algorithm>

OldRunOverlays::OldRunOverlays(QChart *chart)
    : m_chart(chart)
{
}

void OldRunOverlays::add(const std::array<QList<QPointF>, kCurves> &curves, QAbstractAxis *xAxis, QAbstractAxis *yAxis)
{
    Run run;
    for (int c = 0; c < kCurves; ++c) {
        if (curves[c].isEmpty())
            continue;
        auto *series = new QLineSeries;
        series->setObjectName(QStringLiteral("oldRunCurve"));
        series->replace(curves[c]);
        m_chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        series->setVisible(m_visible[c]);
        run.curves[c] = series;
        const auto [low, high] = std::minmax_element(curves[c].begin(), curves[c].end(),
                                                     [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        run.minY[c] = low->y();
        run.maxY[c] = high->y();
        run.maxX[c] = curves[c].last().x();
    }
    m_runs.push_back(run);
    if (count() > kMaxRuns) {
        remove(m_runs.front());
        m_runs.erase(m_runs.begin());
    }
    hideFromLegend();
}

void OldRunOverlays::clear()
{
    for (const Run &run : m_runs)
        remove(run);
    m_runs.clear();
}

void OldRunOverlays::remove(const Run &run)
{
    for (QLineSeries *series : run.curves) {
        if (series) {
            m_chart->removeSeries(series);
            delete series;
        }
    }
}

void OldRunOverlays::setCurveVisible(int curve, bool visible)
{
    m_visible[curve] = visible;
    for (const Run &run : m_runs)
        if (run.curves[curve])
            run.curves[curve]->setVisible(visible);
    hideFromLegend(); // showing a series shows its legend marker again
}

bool OldRunOverlays::extent(double &minY, double &maxY, double &maxX) const
{
    bool any = false;
    for (const Run &run : m_runs) {
        for (int c = 0; c < kCurves; ++c) {
            if (!run.curves[c] || !m_visible[c])
                continue;
            minY = any ? std::min(minY, run.minY[c]) : run.minY[c];
            maxY = any ? std::max(maxY, run.maxY[c]) : run.maxY[c];
            maxX = any ? std::max(maxX, run.maxX[c]) : run.maxX[c];
            any = true;
        }
    }
    return any;
}

void OldRunOverlays::setPens(const std::array<QColor, kCurves> &colors, double width)
{
    for (const Run &run : m_runs) {
        for (int c = 0; c < kCurves; ++c) {
            if (!run.curves[c])
                continue;
            QColor color = colors[c];
            color.setAlphaF(kAlpha);
            run.curves[c]->setPen(QPen(color, width, Qt::DashLine));
        }
    }
}

void OldRunOverlays::hideFromLegend()
{
    for (const Run &run : m_runs)
        for (QLineSeries *series : run.curves)
            if (series)
                for (QLegendMarker *marker : m_chart->legend()->markers(series))
                    marker->setVisible(false);
}
