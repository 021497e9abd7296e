#include "losssparkline.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

LossSparkline::LossSparkline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lossSparkline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_buckets.reserve(kMaxBuckets);
    retranslateUi();
}

void LossSparkline::append(double loss)
{
    if (!std::isfinite(loss))
        return;
    if (m_buckets.empty() || m_buckets.back().count >= m_perBucket) {
        if (static_cast<int>(m_buckets.size()) == kMaxBuckets) {
            // Merge neighbours: half the buckets, each covering twice the steps.
            for (std::size_t i = 0; i < m_buckets.size() / 2; ++i) {
                const Bucket &a = m_buckets[2 * i];
                const Bucket &b = m_buckets[2 * i + 1];
                m_buckets[i] = {std::min(a.min, b.min), std::max(a.max, b.max), a.sum + b.sum, a.count + b.count};
            }
            m_buckets.resize(m_buckets.size() / 2);
            m_perBucket *= 2;
        }
        if (m_buckets.empty() || m_buckets.back().count >= m_perBucket)
            m_buckets.push_back({loss, loss, 0.0, 0});
    }
    Bucket &last = m_buckets.back();
    last.min = std::min(last.min, loss);
    last.max = std::max(last.max, loss);
    last.sum += loss;
    ++last.count;
    ++m_count;
    m_maximum = std::max(m_maximum, loss);
    update();
}

void LossSparkline::clear()
{
    m_buckets.clear();
    m_perBucket = 1;
    m_count = 0;
    m_maximum = 0.0;
    update();
}

QSize LossSparkline::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('0')) * 30, fontMetrics().height() * 2};
}

QSize LossSparkline::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('0')) * 8, fontMetrics().height() * 2};
}

void LossSparkline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void LossSparkline::retranslateUi()
{
    setToolTip(tr("Loss of every training step: the band is its spread, the line its average"));
    setAccessibleName(tr("Loss per training step"));
}

void LossSparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    const int n = static_cast<int>(m_buckets.size());
    if (n == 0 || m_maximum <= 0.0)
        return;
    const QRectF plot = QRectF(rect()).adjusted(2, 2, -2, -2);
    const int columns = std::max(1, static_cast<int>(plot.width()));
    const auto yOf = [&](double loss) { return plot.bottom() - plot.height() * loss / m_maximum; };
    QColor band = pal.color(QPalette::Highlight);
    band.setAlphaF(0.45f);
    QPainterPath mean;
    // One column per pixel: the buckets under it give its band and its mean.
    for (int x = 0; x < columns; ++x) {
        const int first = static_cast<int>(static_cast<long long>(x) * n / columns);
        const int last = std::max(first, static_cast<int>(static_cast<long long>(x + 1) * n / columns) - 1);
        if (first >= n)
            break;
        Bucket column{m_buckets[first].min, m_buckets[first].max, 0.0, 0};
        for (int i = first; i <= last && i < n; ++i) {
            column.min = std::min(column.min, m_buckets[i].min);
            column.max = std::max(column.max, m_buckets[i].max);
            column.sum += m_buckets[i].sum;
            column.count += m_buckets[i].count;
        }
        const double px = plot.left() + x + 0.5;
        painter.setPen(QPen(band, 1.0));
        painter.drawLine(QPointF(px, yOf(column.min)), QPointF(px, yOf(column.max)));
        const QPointF point(px, yOf(column.sum / std::max(1, column.count)));
        x == 0 ? mean.moveTo(point) : mean.lineTo(point);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(pal.color(QPalette::Text), 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(mean);
}
