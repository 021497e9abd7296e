#include "networkpainter.h"

#include "colorscale.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

void NetworkPainter::paint(QPainter &painter, const NetworkHover &hover) const
{
    if (m_layout.isEmpty())
        return;
    int links = 0;
    for (int level = 1; level < m_layout.levelCount(); ++level)
        links += m_layout.levelSize(level - 1) * m_layout.levelSize(level);
    painter.setRenderHint(QPainter::Antialiasing, links <= kSmoothLinkLimit);
    for (int level = 1; level < m_layout.levelCount(); ++level) {
        for (int to = 0; to < m_layout.levelSize(level); ++to) {
            for (int from = 0; from < m_layout.levelSize(level - 1); ++from)
                paintLink(painter, level, to, from, false);
        }
    }
    painter.setRenderHint(QPainter::Antialiasing);
    if (hover.link)
        paintLink(painter, hover.link->layer + 1, hover.link->to, hover.link->from, true);
    painter.setRenderHint(QPainter::Antialiasing, false); // neurons sit on whole pixels
    paintNeurons(painter, hover);
    paintLabels(painter);
}

QColor NetworkPainter::outline() const
{
    QColor colour = m_palette.color(QPalette::WindowText);
    colour.setAlphaF(0.45f);
    return colour;
}

void NetworkPainter::paintLink(QPainter &painter, int level, int to, int from, bool highlighted) const
{
    const int layer = level - 1;
    const double value = m_scene.linkValue(layer, to, from);
    const double magnitude = std::isfinite(value) ? m_scene.linkMagnitude(layer, to, from) : 0.0;
    const double maxWidth = std::max(1.5, m_layout.nodeSize() / 3);
    const double width = 1.0 + std::min(magnitude, 5.0) / 5.0 * (maxWidth - 1.0);
    // A diverged network's NaN weights are drawn as thin grey links, never as a colour.
    QColor colour = !std::isfinite(value) ? outline() : value >= 0 ? colorscale::kPositive : colorscale::kNegative;
    colour.setAlphaF(static_cast<float>(0.35 + 0.65 * std::min(magnitude, 1.0)));
    // Separate flat-capped segments rather than a polyline: the raster engine draws them with
    // its line rasterizer instead of the general stroker (3x faster here).
    const QPolygonF &line = m_layout.link(level, to, from);
    std::array<QLineF, NetworkLayout::kCurveSegments> segments;
    const int count = std::min<int>(static_cast<int>(segments.size()), static_cast<int>(line.size()) - 1);
    for (int i = 0; i < count; ++i)
        segments[i] = QLineF(line[i], line[i + 1]);
    if (highlighted) {
        // A halo half way between text and background: visible around blue and orange links in
        // light and dark palettes; opaque, so the overlapping segment ends do not show.
        const QColor text = m_palette.color(QPalette::WindowText);
        const QColor back = m_palette.color(QPalette::Window);
        const QColor halo((text.red() + back.red()) / 2, (text.green() + back.green()) / 2,
                          (text.blue() + back.blue()) / 2);
        painter.setPen(QPen(halo, width + 5, Qt::SolidLine, Qt::SquareCap));
        painter.drawLines(segments.data(), count);
        colour.setAlphaF(1.0f);
    }
    painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap));
    painter.drawLines(segments.data(), count);
}

void NetworkPainter::paintNeurons(QPainter &painter, const NetworkHover &hover) const
{
    const QPen border(outline(), 1);
    const QPen highlight(m_palette.color(QPalette::Highlight), 3);
    for (int level = 0; level < m_layout.levelCount(); ++level) {
        for (int index = 0; index < m_layout.levelSize(level); ++index) {
            const QRectF rect = m_layout.neuronRect(level, index);
            const QImage &image = m_scene.image(level, index);
            if (level == 0 && m_scene.inputsCollapsed())
                paintPixelBlock(painter, rect);
            else if (!image.isNull())
                painter.drawImage(rect.topLeft(), image); // built at this size: a plain copy
            else
                painter.fillRect(rect, m_palette.color(QPalette::Base));
            painter.setPen(hover.neuron == NeuronHit{level, index} ? highlight : border);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect);
            if (level == 0)
                continue;
            const QRectF bias = m_layout.biasRect(level, index);
            painter.setPen(hover.bias == NeuronHit{level, index} ? highlight : QPen(outline().darker(), 1));
            const double value = m_scene.bias(level - 1, index);
            painter.setBrush(std::isfinite(value) ? colorscale::valueColor(value) : colorscale::kNeutral);
            painter.drawRect(bias);
        }
    }
    painter.setBrush(Qt::NoBrush);
}

void NetworkPainter::paintPixelBlock(QPainter &painter, const QRectF &rect) const
{
    // A blank image grid: the inputs are the pixels of whatever picture comes in.
    painter.fillRect(rect, m_palette.color(QPalette::Base));
    const int inputs = m_scene.network().inputCount();
    const int side = std::clamp(static_cast<int>(std::lround(std::sqrt(double(inputs)))), 2, 16);
    QColor grid = outline();
    grid.setAlphaF(0.25f);
    painter.setPen(QPen(grid, 1));
    for (int i = 1; i < side; ++i) {
        const double x = rect.left() + rect.width() * i / side;
        const double y = rect.top() + rect.height() * i / side;
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    }
}

void NetworkPainter::paintLabels(QPainter &painter) const
{
    const QFontMetricsF metrics(painter.font());
    const double pad = metrics.averageCharWidth() / 2;
    painter.setPen(m_palette.color(QPalette::WindowText));
    if (m_scene.inputsCollapsed()) {
        const QRectF block = m_layout.neuronRect(0, 0);
        const QString label = m_scene.inputLabel(0);
        const double width = metrics.horizontalAdvance(label) + 2 * pad;
        painter.drawText(QRectF(block.center().x() - width / 2, block.bottom() + pad, width, metrics.height()),
                         Qt::AlignCenter, label);
    } else {
        for (int i = 0; i < m_layout.levelSize(0); ++i) {
            const QRectF neuron = m_layout.neuronRect(0, i);
            painter.drawText(QRectF(0, neuron.top(), neuron.left() - pad, neuron.height()),
                             Qt::AlignRight | Qt::AlignVCenter, m_scene.inputLabel(i));
        }
    }
    const int last = m_layout.levelCount() - 1;
    if (m_layout.levelSize(last) < 2)
        return;
    // Several outputs score one class each; the class index is the digit for the digits set.
    for (int i = 0; i < m_layout.levelSize(last); ++i) {
        const QRectF neuron = m_layout.neuronRect(last, i);
        painter.drawText(QRectF(neuron.right() + pad, neuron.top(), 4 * metrics.averageCharWidth(), neuron.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, QString::number(i));
    }
}

void NetworkPainter::paintTitles(QPainter &painter, double bottom, double width, const QString &input,
                                 const QString &output) const
{
    if (m_layout.isEmpty() || width <= 0)
        return;
    const QFontMetricsF metrics(painter.font());
    QColor colour = m_palette.color(QPalette::WindowText);
    colour.setAlphaF(0.7f);
    painter.setPen(colour);
    const int levels[] = {0, m_layout.levelCount() - 1};
    const QString titles[] = {input, output};
    for (int i = 0; i < 2; ++i) {
        // A cut title ("Input la…") says less than none: the labels beside the neurons remain.
        const QString &text = titles[i];
        const double textWidth = metrics.horizontalAdvance(text);
        if (textWidth > width)
            continue;
        // Centred over the column, but never cut by the widget's edges.
        const double centred = m_layout.columnCenter(levels[i]) - textWidth / 2;
        const double left = std::max(0.0, std::min(centred, painter.viewport().width() - textWidth - 1));
        painter.drawText(QRectF(left, bottom - metrics.height(), textWidth + 1, metrics.height()),
                         Qt::AlignCenter, text);
    }
}
