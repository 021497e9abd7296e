#include "lossbowlplot.h"

#include "colorscale.h"
#include "lossbowl.h"
#include "plotpaint.h"
#include "stageformat.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
/// The zoom inset appears when the close-up range is at most this part of the whole view: then
/// the steps are small, or the ball zig-zags in the flat bottom, where the bowl is squashed.
constexpr double kInsetBelowFraction = 0.3;
/// How many earlier positions the trail shows.
constexpr int kTrailLength = 300;
/// How many earlier positions the close-up keeps in view.
constexpr std::size_t kCloseUpTrail = 3;
} // namespace

using plotpaint::withAlpha;

LossBowlPlot::LossBowlPlot(const LossBowl &bowl, QWidget *parent) : QWidget(parent), m_bowl(bowl)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    retranslateUi();
}

void LossBowlPlot::setNextStepShown(bool shown)
{
    m_nextShown = shown;
    update();
}

void LossBowlPlot::refresh()
{
    retranslateUi(); // the accessible description carries the live numbers
    update();
}

double LossBowlPlot::nextW() const
{
    return m_bowl.w() - m_bowl.learningRate() * m_bowl.slope();
}

PlotAxes LossBowlPlot::mainAxes() const
{
    const QFontMetricsF fm(font());
    const double w = m_bowl.w(), next = nextW();
    double x0 = kViewLeft, x1 = kViewRight;
    for (double x : {w, next}) {
        if (std::isfinite(x)) {
            x0 = std::min(x0, x);
            x1 = std::max(x1, x);
        }
    }
    if (x0 < kViewLeft || x1 > kViewRight) { // a diverging ball: keep it off the frame
        const double pad = 0.06 * (x1 - x0);
        x0 -= pad;
        x1 += pad;
    }
    const double y1 = 1.06 * std::max(LossBowl::lossAt(x0), LossBowl::lossAt(x1));
    const QString widest = stageformat::fixed(y1, y1 < 10 ? 1 : 0);
    const double left = fm.horizontalAdvance(widest) + fm.height() * 0.6;
    const double top = fm.height() * 1.5;
    const double bottom = fm.height() * 2.4;
    const double right = fm.height() * 0.8;
    PlotAxes axes;
    axes.setRect(QRectF(left, top, std::max(10.0, width() - left - right), std::max(10.0, height() - top - bottom)));
    axes.setRange(x0, x1, 0.0, y1);
    return axes;
}

std::pair<double, double> LossBowlPlot::closeUpRange() const
{
    // The ball, where it lands next and its last few positions: the part of the path that
    // matters now. Padded so the step arrow never touches the frame.
    const double w = m_bowl.w(), next = nextW();
    double lo = w, hi = w;
    auto include = [&](double x) {
        if (std::isfinite(x)) {
            lo = std::min(lo, x);
            hi = std::max(hi, x);
        }
    };
    if (m_nextShown)
        include(next);
    const auto &history = m_bowl.history();
    for (std::size_t i = history.size() > kCloseUpTrail ? history.size() - kCloseUpTrail : 0; i < history.size(); ++i)
        include(history[i].w);
    const double pad = std::max({(hi - lo) * 0.3, std::abs(next - w) * 0.8, 1e-4});
    return {lo - pad, hi + pad};
}

bool LossBowlPlot::insetShown() const
{
    if (!std::isfinite(m_bowl.w()) || !std::isfinite(nextW()))
        return false;
    const PlotAxes axes = mainAxes();
    const auto [a, b] = closeUpRange();
    return b - a < kInsetBelowFraction * (axes.x1() - axes.x0());
}

QRectF LossBowlPlot::insetRect(const PlotAxes &main) const
{
    // Top centre: above the bottom of the bowl the plot is empty.
    const QRectF r = main.rect();
    const double w = r.width() * 0.42, h = r.height() * 0.46;
    return QRectF(r.center().x() - w / 2 + r.width() * 0.04, r.top() + fontMetrics().height() * 0.4, w, h);
}

PlotAxes LossBowlPlot::insetAxes(const PlotAxes &main) const
{
    const auto [a, b] = closeUpRange();
    double lo = std::min(LossBowl::lossAt(a), LossBowl::lossAt(b));
    double hi = std::max(LossBowl::lossAt(a), LossBowl::lossAt(b));
    if (a < LossBowl::kMinimum && b > LossBowl::kMinimum)
        lo = 0.0;
    const double pad = std::max((hi - lo) * 0.25, 1e-9);
    const QFontMetricsF fm(font());
    const QRectF frame = insetRect(main);
    PlotAxes axes;
    axes.setRect(frame.adjusted(fm.height() * 0.6, fm.height() * 1.4, -fm.height() * 0.6, -fm.height() * 0.6));
    axes.setRange(a, b, lo - pad, hi + pad);
    return axes;
}

void LossBowlPlot::paintCurve(QPainter &painter, const PlotAxes &axes) const
{
    QPolygonF curve;
    const QRectF r = axes.rect();
    for (double px = r.left(); px <= r.right() + 0.5; px += 2.0) {
        const double x = axes.valueX(px);
        curve << axes.map(x, LossBowl::lossAt(x));
    }
    painter.setPen(QPen(colorscale::kPositive, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(curve);
}

void LossBowlPlot::paintMinimum(QPainter &painter, const PlotAxes &axes) const
{
    if (!axes.containsX(LossBowl::kMinimum))
        return;
    const double x = axes.mapX(LossBowl::kMinimum);
    const QColor text = palette().color(QPalette::WindowText);
    painter.setPen(QPen(withAlpha(text, 0.45), 1, Qt::DashLine));
    const double top = axes.rect().bottom() - axes.rect().height() * 0.22;
    painter.drawLine(QPointF(x, axes.rect().bottom()), QPointF(x, top));
    painter.setPen(withAlpha(text, 0.8));
    const QString label = tr("minimum w = %1").arg(stageformat::compact(LossBowl::kMinimum));
    const double width = fontMetrics().horizontalAdvance(label) + 4;
    painter.drawText(QRectF(x - width / 2, top - fontMetrics().height(), width, fontMetrics().height()),
                     Qt::AlignCenter, label);
}

void LossBowlPlot::paintTrail(QPainter &painter, const PlotAxes &axes) const
{
    const auto &history = m_bowl.history();
    const int count = static_cast<int>(history.size());
    const int first = std::max(0, count - kTrailLength);
    const QColor orange = colorscale::kNegative;
    const double r = fontMetrics().height() * 0.16;
    QPointF previous;
    for (int i = first; i < count; ++i) {
        const double w = history[static_cast<std::size_t>(i)].w;
        if (!std::isfinite(w))
            continue;
        const QPointF p = axes.map(w, LossBowl::lossAt(w));
        // The last dozen positions stand out (a zig-zag must be readable); older ones fade.
        const double age = std::min(1.0, (count - 1 - i) / 12.0);
        if (i > first) {
            painter.setPen(QPen(withAlpha(orange, 0.55 - 0.4 * age), 1.2));
            painter.drawLine(previous, p);
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(withAlpha(orange, 0.8 - 0.55 * age));
        painter.drawEllipse(p, r, r);
        previous = p;
    }
    if (count > first && std::isfinite(m_bowl.w())) {
        painter.setPen(QPen(withAlpha(orange, 0.55), 1.2));
        painter.drawLine(previous, axes.map(m_bowl.w(), m_bowl.loss()));
    }
    painter.setBrush(Qt::NoBrush);
}

std::pair<QPointF, QPointF> LossBowlPlot::paintTangent(QPainter &painter, const PlotAxes &axes) const
{
    // A fixed length on screen: the slope's steepness shows, not the zoom's.
    const double w = m_bowl.w();
    const QPointF p = axes.map(w, m_bowl.loss());
    const QPointF q = axes.map(w + 1.0, m_bowl.loss() + m_bowl.slope());
    QPointF d = q - p;
    const double length = std::hypot(d.x(), d.y());
    if (!std::isfinite(length) || length < 1e-12)
        return {p, p};
    d *= axes.rect().width() * 0.13 / length;
    painter.setPen(QPen(palette().color(QPalette::WindowText), 1.6));
    painter.drawLine(p - d, p + d);
    return {p - d, p + d};
}

void LossBowlPlot::paintStep(QPainter &painter, const PlotAxes &axes, bool withLabel) const
{
    const double w = m_bowl.w(), next = nextW();
    if (!std::isfinite(next) || next == w)
        return;
    const QPointF from = axes.map(w, m_bowl.loss());
    const QPointF to = axes.map(next, LossBowl::lossAt(next));
    // A hop: the control point lifts the arrow above the chord, so a jump past the bottom reads
    // as a jump and not as a slide along the curve.
    const QPointF chord = to - from;
    const double lift = std::max(std::hypot(chord.x(), chord.y()) * 0.35, fontMetrics().height() * 0.8);
    const QPointF mid = (from + to) / 2;
    // The peak of a quadratic curve is halfway between the chord and the control point: keep it
    // a line below the top of the plot.
    const double highest = 2 * (axes.rect().top() + fontMetrics().height()) - mid.y();
    const QPointF control(mid.x(), std::max(std::min(from.y(), to.y()) - lift, highest));
    QPainterPath path(from);
    path.quadTo(control, to);
    const QColor orange = colorscale::kNegative;
    const double r = fontMetrics().height() * 0.42;
    painter.setPen(QPen(orange, 1.6, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(to, r, r);
    painter.setPen(QPen(orange, 2.4, Qt::SolidLine, Qt::RoundCap));
    painter.drawPath(path);
    painter.setBrush(orange);
    painter.setPen(Qt::NoPen);
    plotpaint::drawArrowHead(painter, to, control, fontMetrics().height() * 0.6);
    painter.setBrush(Qt::NoBrush);
    if (!withLabel)
        return;
    const double change = next - w;
    const QString label = tr("next step: −lr × slope = %1").arg(stageformat::signedCompact(change));
    const QFontMetricsF fm(font());
    const double width = fm.horizontalAdvance(label) + 6;
    const QPointF top = path.pointAtPercent(0.5);
    QRectF box(top.x() - width / 2, top.y() - fm.height() * 1.2, width, fm.height());
    if (box.top() < axes.rect().top() + 2) // no room above the arc: under it
        box.moveTop(top.y() + fm.height() * 0.3);
    plotpaint::drawLabel(painter, plotpaint::fitInside(box, axes.rect()), label, stepTextColor(), palette());
}

QColor LossBowlPlot::stepTextColor() const
{
    // The arrow's orange, darkened on a light background so the small text stays readable.
    return palette().color(QPalette::Base).lightness() > 128 ? colorscale::kNegative.darker(135) : colorscale::kNegative;
}

void LossBowlPlot::paintBall(QPainter &painter, const PlotAxes &axes) const
{
    const double r = fontMetrics().height() * 0.42;
    painter.setPen(QPen(palette().color(QPalette::WindowText), 1.5));
    painter.setBrush(colorscale::kNegative);
    painter.drawEllipse(axes.map(m_bowl.w(), m_bowl.loss()), r, r);
    painter.setBrush(Qt::NoBrush);
}

void LossBowlPlot::paintInset(QPainter &painter, const PlotAxes &main) const
{
    const PlotAxes inset = insetAxes(main);
    const QRectF frame = insetRect(main);
    const QColor text = palette().color(QPalette::WindowText);
    // Where the inset looks: a small box on the curve, joined to the inset's lower corners.
    const QRectF source(main.map(inset.x0(), inset.y1()), main.map(inset.x1(), inset.y0()));
    const QRectF marker = source.normalized().adjusted(-3, -3, 3, 3);
    painter.setPen(QPen(withAlpha(text, 0.35), 1));
    painter.drawLine(marker.topLeft(), frame.bottomLeft());
    painter.drawLine(marker.topRight(), frame.bottomRight());
    painter.drawRect(marker);
    painter.fillRect(frame, palette().color(QPalette::Base));
    painter.setPen(QPen(withAlpha(text, 0.6), 1));
    painter.drawRect(frame);
    const double factor = (main.x1() - main.x0()) / (inset.x1() - inset.x0());
    painter.setPen(text);
    painter.drawText(frame.adjusted(fontMetrics().height() * 0.4, 2, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                     tr("Zoomed in ×%1").arg(QLocale().toString(factor, 'f', 0)));
    painter.save();
    painter.setClipRect(inset.rect().adjusted(-2, -2, 2, 2));
    paintCurve(painter, inset);
    paintTrail(painter, inset);
    paintTangent(painter, inset);
    if (m_nextShown)
        paintStep(painter, inset, false);
    paintBall(painter, inset);
    painter.restore();
    if (m_nextShown) {
        // On the title line: over the curve it would cover the arrow it names.
        const QString label = tr("next step: −lr × slope = %1").arg(stageformat::signedCompact(nextW() - m_bowl.w()));
        painter.setPen(stepTextColor());
        painter.drawText(frame.adjusted(0, 2, -fontMetrics().height() * 0.4, 0), Qt::AlignRight | Qt::AlignTop, label);
    }
}

void LossBowlPlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const PlotAxes axes = mainAxes();
    axes.draw(painter, palette(), tr("weight w"), tr("loss L(w) = (w − 0.655)²"), 8, 5);
    painter.save();
    painter.setClipRect(axes.rect());
    paintCurve(painter, axes);
    paintMinimum(painter, axes);
    if (!std::isfinite(m_bowl.w())) {
        painter.restore();
        return;
    }
    paintTrail(painter, axes);
    const auto [tangentA, tangentB] = paintTangent(painter, axes);
    const bool inset = insetShown();
    if (m_nextShown)
        paintStep(painter, axes, !inset);
    paintBall(painter, axes);
    painter.restore();

    const QFontMetricsF fm(font());
    const QString slope = tr("slope = %1").arg(stageformat::compact(m_bowl.slope(), 3));
    const double width = fm.horizontalAdvance(slope) + 6;
    // Under one end of the tangent, on its outer side: a convex curve lies above its tangents, so
    // that space is empty. Of the two ends, the one whose label needs the least moving to fit.
    QRectF box;
    double moved = std::numeric_limits<double>::infinity();
    for (const QPointF &end : {tangentA, tangentB}) {
        const bool outwardLeft = end.x() < axes.mapX(m_bowl.w());
        const QRectF wanted(outwardLeft ? end.x() - width : end.x(), end.y() + fm.height() * 0.2, width, fm.height());
        const QRectF fitted = plotpaint::fitInside(wanted, axes.rect());
        const double shift = std::hypot(fitted.left() - wanted.left(), fitted.top() - wanted.top());
        if (shift < moved) {
            moved = shift;
            box = fitted;
        }
    }
    plotpaint::drawLabel(painter, box, slope, palette().color(QPalette::WindowText), palette());
    if (inset)
        paintInset(painter, axes);
}

QSize LossBowlPlot::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 22, line * 12);
}

QSize LossBowlPlot::sizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 44, line * 20);
}

void LossBowlPlot::retranslateUi()
{
    setAccessibleName(tr("Loss curve"));
    setToolTip(tr("The loss L(w) = (w − 0.655)² of one weight. The ball is the current weight, the "
                  "straight line is the tangent (its slope is the gradient) and the orange arrow shows "
                  "where the next step will land."));
    setAccessibleDescription(tr("The ball is at w = %1, loss %2, slope %3.")
                                 .arg(stageformat::compact(m_bowl.w()), stageformat::compact(m_bowl.loss()),
                                      stageformat::compact(m_bowl.slope(), 3)));
}

void LossBowlPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}
