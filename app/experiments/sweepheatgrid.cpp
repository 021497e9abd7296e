#include "sweepheatgrid.h"

#include "colorscale.h"
#include "sweeprunner.h"
#include "sweepvalues.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
constexpr int kMargin = 4;
} // namespace

SweepHeatGrid::SweepHeatGrid(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sweepHeatGrid"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SweepHeatGrid::setRunner(const SweepRunner *runner)
{
    m_runner = runner && runner->grid().axes().size() == 2 ? runner : nullptr;
    m_selected = -1;
    updateGeometry();
    update();
}

void SweepHeatGrid::setSelectedCell(int cell)
{
    m_selected = cell;
    update();
}

int SweepHeatGrid::rows() const
{
    return m_runner ? static_cast<int>(m_runner->grid().axes()[0].values.size()) : 0;
}

int SweepHeatGrid::columns() const
{
    return m_runner ? static_cast<int>(m_runner->grid().axes()[1].values.size()) : 0;
}

QRect SweepHeatGrid::gridRect() const
{
    if (!m_runner)
        return {};
    // Left: the first axis' name (turned) and its values; top: the second axis' name and values.
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    for (const QJsonValue &value : m_runner->grid().axes()[0].values)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(SweepValues::valueLabel(m_runner->grid().axes()[0].key, value)));
    const int left = kMargin + fm.height() + kMargin + labelWidth + kMargin;
    const int top = kMargin + 2 * fm.height() + kMargin;
    return QRect(left, top, width() - left - kMargin, height() - top - kMargin);
}

QRect SweepHeatGrid::squareRect(int row, int column) const
{
    const QRect g = gridRect();
    const int w = g.width() / std::max(1, columns());
    const int h = g.height() / std::max(1, rows());
    return QRect(g.left() + column * w, g.top() + row * h, w, h);
}

int SweepHeatGrid::cellAt(const QPoint &point) const
{
    for (int r = 0; r < rows(); ++r)
        for (int c = 0; c < columns(); ++c)
            if (squareRect(r, c).contains(point))
                return m_runner->grid().cellAt({r, c});
    return -1;
}

QSize SweepHeatGrid::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return QSize(fm.horizontalAdvance(QStringLiteral("0.000")) * (columns() + 2), fm.height() * (3 * rows() + 3));
}

QSize SweepHeatGrid::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return QSize(fm.horizontalAdvance(QStringLiteral("0.000 ")) * 2 * (columns() + 1), fm.height() * (4 * rows() + 3));
}

void SweepHeatGrid::mousePressEvent(QMouseEvent *event)
{
    const int cell = cellAt(event->position().toPoint());
    if (cell >= 0) {
        setSelectedCell(cell);
        emit cellClicked(cell);
    }
}

void SweepHeatGrid::paintEvent(QPaintEvent *)
{
    if (!m_runner)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const SweepGrid &grid = m_runner->grid();
    const QFontMetrics fm = fontMetrics();
    const QRect g = gridRect();
    const QColor text = palette().color(QPalette::WindowText);
    p.setPen(text);

    // Axis names and values.
    p.drawText(QRect(g.left(), kMargin, g.width(), fm.height()), Qt::AlignCenter, SweepValues::axisName(grid.axes()[1].key));
    for (int c = 0; c < columns(); ++c) {
        const QRect square = squareRect(0, c);
        p.drawText(QRect(square.left(), kMargin + fm.height(), square.width(), fm.height()), Qt::AlignCenter,
                   SweepValues::valueLabel(grid.axes()[1].key, grid.axes()[1].values[c]));
    }
    for (int r = 0; r < rows(); ++r) {
        const QRect square = squareRect(r, 0);
        p.drawText(QRect(0, square.top(), g.left() - kMargin, square.height()), Qt::AlignRight | Qt::AlignVCenter,
                   SweepValues::valueLabel(grid.axes()[0].key, grid.axes()[0].values[r]));
    }
    p.save();
    p.translate(kMargin, g.center().y());
    p.rotate(-90);
    p.drawText(QRect(-g.height() / 2, 0, g.height(), fm.height()), Qt::AlignCenter, SweepValues::axisName(grid.axes()[0].key));
    p.restore();

    // The loss range of the finished cells sets the colours.
    double low = 0.0, high = 0.0;
    bool any = false;
    for (int cell = 0; cell < grid.cellCount(); ++cell) {
        const std::optional<SweepCellResult> &r = m_runner->result(cell);
        if (!r || r->failed || !std::isfinite(r->metrics.validation.metrics.loss) || r->metrics.validation.metrics.count == 0)
            continue;
        const double loss = r->metrics.validation.metrics.loss;
        low = any ? std::min(low, loss) : loss;
        high = any ? std::max(high, loss) : loss;
        any = true;
    }
    const int best = m_runner->bestCell();
    for (int r = 0; r < rows(); ++r) {
        for (int c = 0; c < columns(); ++c) {
            const int cell = grid.cellAt({r, c});
            const QRect square = squareRect(r, c).adjusted(2, 2, -2, -2);
            const std::optional<SweepCellResult> &result = m_runner->result(cell);
            const bool measured = result && !result->failed && result->metrics.validation.metrics.count > 0
                                  && std::isfinite(result->metrics.validation.metrics.loss);
            QColor fill = palette().color(QPalette::Button);
            QString label = QStringLiteral("…");
            bool dark = false;
            if (measured) {
                const double loss = result->metrics.validation.metrics.loss;
                const double share = high > low ? (loss - low) / (high - low) : 0.0;
                const double value = 1.0 - 2.0 * share; // +1 blue (lowest) … -1 orange (highest)
                fill = colorscale::valueColor(value);
                dark = value > 0.5;
                label = QString::number(loss, 'f', 3);
                if (result->metrics.validation.metrics.hasAccuracy)
                    label += QLatin1Char('\n') + tr("acc %1").arg(QString::number(result->metrics.validation.metrics.accuracy, 'f', 2));
            } else if (result) {
                label = result->failed ? tr("failed") : tr("cancelled");
            }
            p.fillRect(square, fill);
            p.setPen(measured ? (dark ? Qt::white : Qt::black) : text);
            p.drawText(square, Qt::AlignCenter, label);
            if (cell == best) {
                p.setPen(QPen(text, 4));
                p.setBrush(Qt::NoBrush);
                p.drawRect(square.adjusted(1, 1, -1, -1));
                p.setPen(measured ? (dark ? Qt::white : Qt::black) : text);
                p.drawText(square.adjusted(4, 2, -4, -2), Qt::AlignTop | Qt::AlignRight, QStringLiteral("★"));
            }
            if (cell == m_selected) {
                p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRect(square.adjusted(-1, -1, 1, 1));
            }
        }
    }
}
