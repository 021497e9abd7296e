#include "runoverlays.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace {
const Qt::PenStyle kStyles[RunOverlays::kCurves] = {Qt::DashLine, Qt::SolidLine, Qt::DotLine};
}

RunOverlays::RunOverlays(QChart *chart)
    : m_chart(chart)
{
}

void RunOverlays::set(const std::vector<OverlayRun> &runs, const ValueOf &valueOf, QAbstractAxis *xAxis,
                      QAbstractAxis *yAxis)
{
    clear();
    for (const OverlayRun &overlay : runs) {
        Run run;
        run.number = overlay.number;
        run.color = overlay.color;
        for (int c = 0; c < kCurves; ++c) {
            QList<QPointF> points;
            for (const engine::EpochMetrics &m : overlay.epochs) {
                const engine::SplitMetrics *splits[] = {&m.train, &m.validation, &m.test};
                const double y = valueOf(*splits[c]);
                if (std::isfinite(y))
                    points.append(QPointF(m.epoch, y));
            }
            if (points.isEmpty())
                continue;
            auto *series = new QLineSeries;
            series->setObjectName(QStringLiteral("runOverlayCurve"));
            series->replace(points);
            m_chart->addSeries(series);
            series->attachAxis(xAxis);
            series->attachAxis(yAxis);
            series->setVisible(m_visible[c]);
            run.curves[c] = series;
            const auto [low, high] = std::minmax_element(points.begin(), points.end(),
                                                         [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
            run.minY[c] = low->y();
            run.maxY[c] = high->y();
            run.maxX[c] = points.last().x();
        }
        applyPens(run);
        m_runs.push_back(run);
    }
    retranslate();
}

void RunOverlays::clear()
{
    for (const Run &run : m_runs) {
        for (QLineSeries *series : run.curves) {
            if (series) {
                m_chart->removeSeries(series);
                delete series;
            }
        }
    }
    m_runs.clear();
}

QList<int> RunOverlays::numbers() const
{
    QList<int> numbers;
    for (const Run &run : m_runs)
        numbers.append(run.number);
    return numbers;
}

QList<QLineSeries *> RunOverlays::series() const
{
    QList<QLineSeries *> all;
    for (const Run &run : m_runs)
        for (QLineSeries *series : run.curves)
            if (series)
                all.append(series);
    return all;
}

void RunOverlays::setCurveVisible(int curve, bool visible)
{
    m_visible[curve] = visible;
    for (const Run &run : m_runs)
        if (run.curves[curve])
            run.curves[curve]->setVisible(visible);
}

bool RunOverlays::extent(double &minY, double &maxY, double &maxX) const
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

void RunOverlays::setPenWidth(double width)
{
    m_width = width;
    for (const Run &run : m_runs)
        applyPens(run);
}

void RunOverlays::applyPens(const Run &run) const
{
    QColor color = run.color;
    color.setAlphaF(kAlpha);
    for (int c = 0; c < kCurves; ++c)
        if (run.curves[c])
            run.curves[c]->setPen(QPen(color, m_width, kStyles[c]));
}

void RunOverlays::updateLegend(QLegend *legend) const
{
    // The validation curve speaks for its run (the one runs are compared on), else the first
    // one shown; the run's other curves have no entry of their own.
    for (const Run &run : m_runs) {
        QLineSeries *named = nullptr;
        for (int c : {1, 0, 2})
            if (!named && run.curves[c] && m_visible[c])
                named = run.curves[c];
        for (QLineSeries *series : run.curves)
            if (series)
                for (QLegendMarker *marker : legend->markers(series))
                    marker->setVisible(series == named);
    }
}

void RunOverlays::retranslate()
{
    for (const Run &run : m_runs)
        for (QLineSeries *series : run.curves)
            if (series)
                series->setName(tr("Run %1").arg(run.number));
}
