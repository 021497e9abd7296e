#include "calculatorbars.h"

#include "colorscale.h"
#include "outputcalculator.h"
#include "stageformat.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

CalculatorBars::CalculatorBars(const OutputCalculator &calculator, QWidget *parent)
    : QWidget(parent), m_calculator(calculator)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CalculatorBars::setColumns(const QList<QPair<double, double>> &columns)
{
    m_columns = columns;
    update();
}

void CalculatorBars::setErrorsShown(bool shown)
{
    m_errorsShown = shown;
    update();
}

void CalculatorBars::setPredictionShown(bool shown)
{
    m_predictionShown = shown;
    update();
}

void CalculatorBars::refresh()
{
    update();
}

QRectF CalculatorBars::plotRect() const
{
    const double line = fontMetrics().height();
    // Above the bars: the prediction marker, then room for a value label over a full bar.
    return QRectF(0, line * 2.5, width(), std::max(10.0, height() - line * 3.0));
}

QPair<double, double> CalculatorBars::column(int index) const
{
    if (index < m_columns.size())
        return m_columns[index];
    // Until the stage has laid out its grid: the right three quarters, split evenly.
    const double left = width() * 0.25, w = width() * 0.75 / OutputCalculator::kClasses;
    return {left + index * w, left + (index + 1) * w};
}

double CalculatorBars::yOf(double value) const
{
    const QRectF r = plotRect();
    return r.bottom() - std::clamp(value, 0.0, 1.0) * r.height();
}

QRectF CalculatorBars::outputBar(int index) const
{
    const auto [left, right] = column(index);
    const double centre = (left + right) / 2, bar = std::min((right - left) * 0.26, fontMetrics().height() * 3.0);
    const double value = m_calculator.outputs()[static_cast<std::size_t>(index)];
    return QRectF(QPointF(centre - bar * 1.08, yOf(value)), QPointF(centre - bar * 0.08, yOf(0.0)));
}

QStringList CalculatorBars::legendTexts() const
{
    return {tr("output o"), tr("squared error (t − o)²"), tr("label t")};
}

int CalculatorBars::legendWidth() const
{
    int widest = 0;
    for (const QString &text : legendTexts())
        widest = std::max(widest, fontMetrics().horizontalAdvance(text));
    return widest + fontMetrics().height() * 2;
}

void CalculatorBars::paintLegend(QPainter &painter) const
{
    const QFontMetricsF fm(font());
    const double line = fm.height();
    const QColor text = palette().color(QPalette::WindowText);
    const double right = column(0).first - line * 0.5;
    double y = plotRect().top() + line * 0.2;
    auto entry = [&](const QString &label, const QColor &fill, bool dashed) {
        const QRectF swatch(0, y + line * 0.2, line * 0.9, line * 0.6);
        if (dashed) {
            painter.setPen(QPen(text, 1.2, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
        }
        painter.drawRect(swatch);
        painter.setPen(text);
        painter.drawText(QRectF(line * 1.3, y, std::max(0.0, right - line * 1.3), line), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(label, Qt::ElideRight, std::max(0.0, right - line * 1.3)));
        y += line * 1.4;
    };
    const QStringList texts = legendTexts();
    entry(texts[0], colorscale::kPositive, false);
    if (m_errorsShown)
        entry(texts[1], colorscale::kNegative, false);
    entry(texts[2], QColor(), true);
    painter.setBrush(Qt::NoBrush);
}

void CalculatorBars::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(font());
    const QColor text = palette().color(QPalette::WindowText);
    QColor faint = text;
    faint.setAlphaF(0.2f);
    const double left = column(0).first, right = column(OutputCalculator::kClasses - 1).second;

    if (m_predictionShown) {
        const auto [a, b] = column(m_calculator.argmax());
        QColor band = palette().color(QPalette::Highlight);
        band.setAlphaF(0.14f);
        painter.fillRect(QRectF(a + 2, 0, b - a - 4, height()), band);
        painter.setPen(text);
        painter.drawText(QRectF(a, 0, b - a, fm.height()), Qt::AlignCenter, tr("▼ prediction"));
    }
    for (double level : {0.0, 0.5, 1.0}) {
        painter.setPen(QPen(level == 0.0 ? text : faint, level == 0.0 ? 1.5 : 1.0));
        painter.drawLine(QPointF(left, yOf(level)), QPointF(right, yOf(level)));
    }
    painter.setPen(text);
    for (double level : {0.5, 1.0})
        painter.drawText(QRectF(left - fm.height() * 2.2, yOf(level) - fm.height() / 2, fm.height() * 2, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, stageformat::compact(level));

    const auto target = m_calculator.target();
    const auto errors = m_calculator.squaredErrors();
    for (int i = 0; i < OutputCalculator::kClasses; ++i) {
        const auto index = static_cast<std::size_t>(i);
        const QRectF out = outputBar(i);
        painter.fillRect(out, colorscale::kPositive);
        painter.setPen(text);
        painter.drawText(QRectF(out.center().x() - fm.height() * 2, out.top() - fm.height() * 1.1, fm.height() * 4, fm.height()),
                         Qt::AlignCenter, stageformat::fixed(m_calculator.outputs()[index], 3));
        if (target[index] > 0) {
            painter.setPen(QPen(text, 1.4, Qt::DashLine));
            painter.drawRect(QRectF(QPointF(out.left(), yOf(target[index])), QPointF(out.right(), yOf(0.0))));
        }
        if (!m_errorsShown)
            continue;
        const QRectF err(QPointF(out.right() + out.width() * 0.16, yOf(errors[index])),
                         QPointF(out.right() + out.width() * 1.16, yOf(0.0)));
        painter.fillRect(err, colorscale::kNegative);
        painter.setPen(text);
        painter.drawText(QRectF(err.center().x() - fm.height() * 2, err.top() - fm.height() * 1.1, fm.height() * 4, fm.height()),
                         Qt::AlignCenter, stageformat::fixed(errors[index], 4));
    }
    paintLegend(painter);
}

QSize CalculatorBars::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 30, line * 8);
}

QSize CalculatorBars::sizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 48, line * 13);
}

void CalculatorBars::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}
