#include "activationplot.h"

#include "colorscale.h"
#include "stageformat.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

ActivationPlot::ActivationPlot(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::SizeHorCursor);
}

double ActivationPlot::value(Function function, double x)
{
    switch (function) {
    case Sigmoid:
        return 1.0 / (1.0 + std::exp(-x));
    case Tanh:
        return std::tanh(x);
    case ReLU:
        return std::max(0.0, x);
    default:
        return x;
    }
}

QColor ActivationPlot::color(Function function)
{
    // The Playground's blue and orange first, then two of the multi-class hues.
    switch (function) {
    case Sigmoid:
        return colorscale::kPositive;
    case Tanh:
        return colorscale::kNegative;
    case ReLU:
        return colorscale::classColor(2, 10);
    default:
        return colorscale::classColor(4, 10);
    }
}

Qt::PenStyle ActivationPlot::penStyle(Function function)
{
    // Line styles too, so the curves differ without colour (projectors, colour-blind students).
    switch (function) {
    case Sigmoid:
        return Qt::SolidLine;
    case Tanh:
        return Qt::DashLine;
    case ReLU:
        return Qt::SolidLine;
    default:
        return Qt::DotLine;
    }
}

QString ActivationPlot::name(Function function)
{
    switch (function) {
    case Sigmoid:
        return tr("Sigmoid");
    case Tanh:
        return tr("Tanh");
    case ReLU:
        return tr("ReLU");
    default:
        return tr("Linear");
    }
}

void ActivationPlot::setX(double x)
{
    m_x = std::clamp(x, kMinX, kMaxX);
    update();
}

void ActivationPlot::setCurveShown(Function function, bool shown)
{
    m_shown[function] = shown;
    update();
}

void ActivationPlot::setInteractive(bool interactive)
{
    m_interactive = interactive;
    setCursor(interactive ? Qt::SizeHorCursor : Qt::ArrowCursor);
}

PlotAxes ActivationPlot::axes() const
{
    const QFontMetricsF fm(font());
    const double left = fm.horizontalAdvance(QStringLiteral("−1.5")) + fm.height() * 0.6;
    const double top = fm.height() * 1.5, bottom = fm.height() * 2.4, right = fm.height() * 0.8;
    PlotAxes axes;
    axes.setRect(QRectF(left, top, std::max(10.0, width() - left - right), std::max(10.0, height() - top - bottom)));
    axes.setRange(kMinX, kMaxX, kMinY, kMaxY);
    return axes;
}

void ActivationPlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const PlotAxes axes = this->axes();
    axes.draw(painter, palette(), tr("input x"), tr("output f(x)"), 12, 5);
    painter.save();
    painter.setClipRect(axes.rect());
    QColor limit = palette().color(QPalette::WindowText);
    limit.setAlphaF(0.4f);
    painter.setPen(QPen(limit, 1, Qt::DashLine));
    for (double y : {-1.0, 1.0})
        painter.drawLine(axes.map(kMinX, y), axes.map(kMaxX, y));
    const QRectF r = axes.rect();
    // Back to front: ReLU and Linear coincide for x > 0, and the S-curves are drawn over them.
    for (int f = FunctionCount - 1; f >= 0; --f) {
        if (!m_shown[f])
            continue;
        const auto function = static_cast<Function>(f);
        QPolygonF curve;
        for (double px = r.left(); px <= r.right() + 0.5; px += 1.5) {
            const double x = axes.valueX(px);
            curve << axes.map(x, value(function, x));
        }
        painter.setPen(QPen(color(function), 2.8, penStyle(function), Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(curve);
    }
    painter.restore();
    paintMarker(painter, axes);
}

void ActivationPlot::paintMarker(QPainter &painter, const PlotAxes &axes) const
{
    const QRectF r = axes.rect();
    const double px = axes.mapX(m_x);
    const QColor text = palette().color(QPalette::WindowText);
    QColor faint = text;
    faint.setAlphaF(0.6f);
    painter.setPen(QPen(faint, 1.2));
    painter.drawLine(QPointF(px, r.top()), QPointF(px, r.bottom()));
    for (int f = FunctionCount - 1; f >= 0; --f) {
        if (!m_shown[f])
            continue;
        const auto function = static_cast<Function>(f);
        const double y = value(function, m_x);
        // Later dots are smaller, so dots at the same point (ReLU and Linear) show as rings.
        const double radius = fontMetrics().height() * (0.3 + 0.15 * f);
        painter.setPen(QPen(text, 1.0));
        painter.setBrush(color(function));
        if (y >= kMinY && y <= kMaxY) {
            painter.drawEllipse(axes.map(m_x, y), radius, radius);
            continue;
        }
        // Off the chart: a small arrow on the edge, pointing the way the value went.
        const double edge = y > kMaxY ? r.top() : r.bottom();
        const double dir = y > kMaxY ? -1.0 : 1.0;
        const QPolygonF arrow{QPointF(px, edge + dir * radius * 0.2), QPointF(px - radius, edge - dir * radius * 1.6),
                              QPointF(px + radius, edge - dir * radius * 1.6)};
        painter.drawPolygon(arrow);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(text);
    const QString label = QStringLiteral("x = %1").arg(stageformat::fixed(m_x, 2));
    const QFontMetricsF fm(font());
    const double w = fm.horizontalAdvance(label) + 6;
    const double left = std::clamp(px - w / 2, r.left(), r.right() - w);
    painter.drawText(QRectF(left, r.top() - fm.height() * 1.3, w, fm.height()), Qt::AlignCenter, label);
}

void ActivationPlot::requestAt(double px)
{
    if (!m_interactive)
        return;
    const double x = std::clamp(std::round(axes().valueX(px) * 10.0) / 10.0, kMinX, kMaxX);
    emit xRequested(x);
}

void ActivationPlot::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        requestAt(event->position().x());
    QWidget::mousePressEvent(event);
}

void ActivationPlot::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        requestAt(event->position().x());
    QWidget::mouseMoveEvent(event);
}

QSize ActivationPlot::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 22, line * 12);
}

QSize ActivationPlot::sizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 44, line * 22);
}

void ActivationPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}
