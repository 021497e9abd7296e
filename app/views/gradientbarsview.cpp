#include "gradientbarsview.h"

#include "colorscale.h"
#include "metricformat.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
// Below about 1e-5 a layer barely learns at the Playground's learning rates: the range the
// vanishing-gradient lesson points at.
constexpr double kVanishingBelow = 1e-5;
} // namespace

GradientBarsView::GradientBarsView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    retranslateUi();
}

void GradientBarsView::setReport(const TrainingReport &report)
{
    const bool sameCount = report.gradientMagnitudes.size() == m_magnitudes.size();
    m_magnitudes = report.gradientMagnitudes;
    if (!sameCount)
        updateGeometry();
    layoutBars();
    update();
}

QString GradientBarsView::layerName(int layer) const
{
    if (layer == layerCount() - 1)
        return tr("Output");
    return tr("Layer %1 (hidden)").arg(layer + 1);
}

QString GradientBarsView::valueText(int layer) const
{
    return metricformat::magnitude(m_magnitudes[static_cast<std::size_t>(layer)]);
}

QRectF GradientBarsView::barRect(int layer) const
{
    return layer >= 0 && layer < static_cast<int>(m_bars.size()) ? m_bars[static_cast<std::size_t>(layer)] : QRectF();
}

double GradientBarsView::xOf(double magnitude) const
{
    const double lo = std::log10(kMinMagnitude), hi = std::log10(kMaxMagnitude);
    const double t = (std::log10(std::clamp(magnitude, kMinMagnitude, kMaxMagnitude)) - lo) / (hi - lo);
    return m_axisRect.left() + t * m_axisRect.width();
}

void GradientBarsView::layoutBars()
{
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    m_nameWidth = 0;
    for (int l = 0; l < layerCount(); ++l)
        m_nameWidth = std::max<double>(m_nameWidth, fm.horizontalAdvance(layerName(l)));
    m_nameWidth += line / 2.0;
    m_rowHeight = line * 1.6;
    // Room on the right for a value label past a long bar, and for the last decade label.
    const double right = fm.horizontalAdvance(QStringLiteral("8.8e-88")) + line / 2.0;
    const double top = line * 1.4; // the title line
    m_axisRect = QRectF(m_nameWidth, top, std::max(10.0, width() - m_nameWidth - right), m_rowHeight * layerCount());
    m_bars.assign(m_magnitudes.size(), QRectF());
    for (int l = 0; l < layerCount(); ++l) {
        const double value = m_magnitudes[static_cast<std::size_t>(l)];
        if (!std::isfinite(value) || value <= 0)
            continue; // nothing to draw: no NaN bar, and 0 has no place on a log axis
        const double y = m_axisRect.top() + l * m_rowHeight + m_rowHeight * 0.18;
        m_bars[static_cast<std::size_t>(l)] = QRectF(m_axisRect.left(), y, xOf(value) - m_axisRect.left(), m_rowHeight * 0.64);
    }
}

QSize GradientBarsView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    const int rows = std::max(layerCount(), 2);
    return QSize(line * 18, qRound(line * (1.4 + 1.6 * rows + 2.2)));
}

QSize GradientBarsView::sizeHint() const
{
    return QSize(minimumSizeHint().width() * 3 / 2, minimumSizeHint().height());
}

void GradientBarsView::resizeEvent(QResizeEvent *event)
{
    layoutBars();
    QWidget::resizeEvent(event);
}

void GradientBarsView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    QColor faint = text;
    faint.setAlphaF(0.18f);
    painter.setPen(text);
    painter.drawText(QRectF(0, 0, width(), m_axisRect.top()), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Mean |∂L/∂w| per layer (log scale)"));
    if (m_magnitudes.empty()) {
        painter.drawText(rect().adjusted(0, qRound(m_axisRect.top()), 0, 0), Qt::AlignCenter, tr("No gradients yet"));
        return;
    }
    // The vanishing range, lightly shaded, then one grid line and label per decade.
    QColor shade = colorscale::kNegative;
    shade.setAlphaF(0.12f);
    painter.fillRect(QRectF(m_axisRect.left(), m_axisRect.top(), xOf(kVanishingBelow) - m_axisRect.left(), m_axisRect.height()), shade);
    const double labelTop = m_axisRect.bottom() + 2;
    for (int e = -8; e <= 1; ++e) {
        const double x = xOf(std::pow(10.0, e));
        painter.setPen(faint);
        painter.drawLine(QPointF(x, m_axisRect.top()), QPointF(x, m_axisRect.bottom()));
        painter.setPen(text);
        const QString label = QStringLiteral("1e%1").arg(e);
        const double w = fm.horizontalAdvance(label);
        // Every other decade when the labels would collide.
        if ((e % 2 == 0) || m_axisRect.width() / 9.0 > w * 1.2)
            painter.drawText(QRectF(x - w / 2 - 2, labelTop, w + 4, fm.height()), Qt::AlignCenter, label);
    }
    painter.drawText(QRectF(m_axisRect.left(), labelTop + fm.height(), xOf(kVanishingBelow) - m_axisRect.left(), fm.height()),
                     Qt::AlignCenter, tr("vanishing"));
    for (int l = 0; l < layerCount(); ++l) {
        const QRectF row(0, m_axisRect.top() + l * m_rowHeight, m_nameWidth, m_rowHeight);
        painter.setPen(text);
        painter.drawText(row.adjusted(0, 0, -fm.height() / 4.0, 0), Qt::AlignRight | Qt::AlignVCenter, layerName(l));
        const QRectF bar = m_bars[static_cast<std::size_t>(l)];
        if (!bar.isEmpty())
            painter.fillRect(bar, colorscale::kPositive);
        const double valueX = bar.isEmpty() ? m_axisRect.left() : bar.right();
        painter.drawText(QRectF(valueX + fm.height() / 4.0, row.top(), width() - valueX, row.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, valueText(l));
    }
}

void GradientBarsView::retranslateUi()
{
    setToolTip(tr("How strongly the loss reacts to each layer's weights, averaged over the last epoch. "
                  "Bars that shrink towards the input by whole decades are vanishing gradients: those "
                  "layers hardly learn"));
    setAccessibleName(tr("Gradient bars"));
}

void GradientBarsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        layoutBars(); // layer names change width
        update();
    } else if (event->type() == QEvent::FontChange) {
        layoutBars();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}
