#include "epochmarks.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QImage>
#include <QPainter>
#include <QPen>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace {
const QColor kBestColor(0x2C, 0xA0, 0x2C);
const QColor kLossUpColor(0xD6, 0x27, 0x28);
const QColor kViewedColor(0x80, 0x80, 0x80); // grey: readable on the light and the dark theme
} // namespace

EpochMarks::EpochMarks(QChart *chart, bool markLossUp)
{
    // Added in drawing order: the ticks first, so the best-epoch star stays on top of them.
    if (markLossUp) {
        m_lossUp = new QScatterSeries;
        m_lossUp->setObjectName(QStringLiteral("lossUpMarkers"));
        chart->addSeries(m_lossUp);
    }
    m_viewedLine = new QLineSeries;
    m_viewedLine->setObjectName(QStringLiteral("viewedEpochLine"));
    chart->addSeries(m_viewedLine);
    m_bestLine = new QLineSeries;
    m_bestLine->setObjectName(QStringLiteral("bestEpochLine"));
    chart->addSeries(m_bestLine);
    m_bestPoint = new QScatterSeries;
    m_bestPoint->setObjectName(QStringLiteral("bestEpochPoint"));
    chart->addSeries(m_bestPoint);
}

QList<QXYSeries *> EpochMarks::series() const
{
    QList<QXYSeries *> all{m_viewedLine, m_bestLine, m_bestPoint};
    if (m_lossUp)
        all.prepend(m_lossUp);
    return all;
}

void EpochMarks::addEpoch(int epoch, double trainingLoss, double validationValue, int bestEpoch)
{
    if (m_lossUp && std::isfinite(trainingLoss)) {
        if (m_lastTrainingLoss >= 0 && trainingLoss > m_lastTrainingLoss)
            m_lossUpHistory.append(epoch, 0.0);
        m_lastTrainingLoss = trainingLoss;
    }
    if (epoch == bestEpoch && std::isfinite(validationValue)) {
        m_bestValue = validationValue;
        m_bestSeen = true;
    }
}

bool EpochMarks::finishReport(int bestEpoch, const QList<QPointF> &validationCurve)
{
    const bool moved = bestEpoch != m_bestEpoch;
    m_bestEpoch = bestEpoch;
    if (m_bestSeen) {
        m_bestKnown = true;
    } else if (moved) {
        const auto it = std::lower_bound(validationCurve.begin(), validationCurve.end(), double(bestEpoch),
                                         [](const QPointF &p, double x) { return p.x() < x; });
        m_bestKnown = bestEpoch >= 0 && it != validationCurve.end();
        if (m_bestKnown)
            m_bestValue = it->y();
    }
    m_bestSeen = false;
    return moved;
}

void EpochMarks::place(double low, double high, double tickY)
{
    if (m_lossUp) {
        QList<QPointF> ticks = m_lossUpHistory.points();
        for (QPointF &tick : ticks)
            tick.setY(tickY);
        m_lossUp->replace(ticks);
    }
    if (m_viewedEpoch >= 0)
        m_viewedLine->replace({QPointF(m_viewedEpoch, low), QPointF(m_viewedEpoch, high)});
    else
        m_viewedLine->clear();
    if (m_bestEpoch < 0 || !m_bestKnown) {
        m_bestLine->clear();
        m_bestPoint->clear();
        return;
    }
    m_bestLine->replace({QPointF(m_bestEpoch, low), QPointF(m_bestEpoch, high)});
    m_bestPoint->replace({QPointF(m_bestEpoch, m_bestValue)});
}

void EpochMarks::clear()
{
    m_lossUpHistory.clear();
    if (m_lossUp)
        m_lossUp->clear();
    m_lastTrainingLoss = -1.0;
    m_bestEpoch = -1;
    m_bestKnown = false;
    m_bestSeen = false;
    m_bestLine->clear();
    m_bestPoint->clear();
}

void EpochMarks::setStyle(double penWidth, double markerSize)
{
    m_bestLine->setPen(QPen(kBestColor, penWidth, Qt::DashLine));
    m_viewedLine->setPen(QPen(kViewedColor, penWidth * 1.5));
    m_bestPoint->setMarkerShape(QScatterSeries::MarkerShapeStar);
    m_bestPoint->setMarkerSize(markerSize);
    m_bestPoint->setColor(kBestColor);
    m_bestPoint->setBorderColor(kBestColor);
    if (m_lossUp) {
        // A thin upright bar: scatter series have no tick shape, but draw a "light marker" image
        // scaled to the marker size instead.
        const int size = std::max(4, qRound(markerSize * 0.5));
        QImage tick(size, size, QImage::Format_ARGB32_Premultiplied);
        tick.fill(Qt::transparent);
        QPainter painter(&tick);
        const int barWidth = std::max(2, size / 4);
        painter.fillRect(QRect((size - barWidth) / 2, 0, barWidth, size), kLossUpColor);
        painter.end();
        m_lossUp->setMarkerSize(size);
        m_lossUp->setColor(kLossUpColor);
        m_lossUp->setBorderColor(kLossUpColor);
        m_lossUp->setLightMarker(tick);
    }
}

void EpochMarks::updateLegend(QLegend *legend)
{
    const auto show = [legend](QXYSeries *series, bool visible) {
        for (QLegendMarker *marker : legend->markers(series))
            marker->setVisible(visible);
    };
    show(m_bestLine, false);
    show(m_viewedLine, false);
    show(m_bestPoint, m_bestPoint->count() > 0);
    if (m_lossUp)
        show(m_lossUp, m_lossUp->count() > 0);
}
