#include "digitsgallery.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace {
const QColor kWrong{0xE0, 0x10, 0x30}; ///< same red as PointsLayer's misclassified ring
}

DigitsGallery::DigitsGallery(const DataReport &data, const std::vector<int> &predictions, bool showTest)
    : m_data(data), m_predictions(predictions)
{
    const engine::DataSplit &split = data.split;
    const std::vector<int> *from = &split.train;
    if (showTest && !split.test.empty()) {
        m_source = Source::Test;
        from = &split.test;
    } else if (!split.validation.empty()) {
        m_source = Source::Validation;
        from = &split.validation;
    }
    for (int s : *from) {
        if (static_cast<int>(m_samples.size()) == kMaxSamples)
            break;
        if (s >= 0 && s < data.dataset.size())
            m_samples.push_back(s);
    }
}

int DigitsGallery::prediction(int sample) const
{
    if (m_predictions.size() != static_cast<std::size_t>(m_data.dataset.size()))
        return -1;
    return m_predictions[static_cast<std::size_t>(sample)];
}

int DigitsGallery::wrongCount() const
{
    return static_cast<int>(std::count_if(m_samples.begin(), m_samples.end(), [this](int s) {
        const int p = prediction(s);
        return p >= 0 && p != m_data.dataset.classes[static_cast<std::size_t>(s)];
    }));
}

QString DigitsGallery::caption() const
{
    switch (m_source) {
    case Source::Test:
        return tr("Test set: the network's guess under each digit");
    case Source::Validation:
        return tr("Validation set: the network's guess under each digit");
    case Source::Train:
        break;
    }
    return tr("Training set: the network's guess under each digit");
}

QString DigitsGallery::summary() const
{
    return tr("%1 of %2 guessed wrong (red frame)").arg(wrongCount()).arg(m_samples.size());
}

QImage DigitsGallery::thumbnail(const engine::Dataset &dataset, int sample)
{
    const int side = static_cast<int>(std::lround(std::sqrt(dataset.inputDim())));
    if (side < 1 || side * side != dataset.inputDim())
        return {};
    QImage image(side, side, QImage::Format_Grayscale8);
    for (int y = 0; y < side; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < side; ++x) {
            const double ink = std::clamp(dataset.inputs(y * side + x, sample), 0.0, 1.0);
            line[x] = static_cast<uchar>(std::lround(255.0 * (1.0 - ink)));
        }
    }
    return image;
}

void DigitsGallery::paint(QPainter &painter, const QRectF &area, const QPalette &palette) const
{
    const int count = static_cast<int>(m_samples.size());
    if (count == 0 || area.isEmpty())
        return;
    const QFontMetricsF metrics(painter.font());
    const qreal label = metrics.height();
    const qreal gap = metrics.height() * 0.3;
    // The column count that gives the largest thumbnails in this area.
    int columns = 1;
    qreal best = -1;
    for (int c = 1; c <= count; ++c) {
        const int rows = (count + c - 1) / c;
        const qreal side = std::min(area.width() / c - gap, area.height() / rows - gap - label);
        if (side > best) {
            best = side;
            columns = c;
        }
    }
    const qreal side = std::max<qreal>(best, 1.0);
    const int rows = (count + columns - 1) / columns;
    const qreal cellWidth = side + gap;
    const qreal cellHeight = side + gap + label;
    const QPointF origin(area.left() + (area.width() - columns * cellWidth + gap) / 2,
                         area.top() + (area.height() - rows * cellHeight + gap) / 2);
    painter.save();
    for (int i = 0; i < count; ++i) {
        const int s = m_samples[static_cast<std::size_t>(i)];
        const QRectF cell(origin.x() + (i % columns) * cellWidth, origin.y() + (i / columns) * cellHeight, side, side);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false); // crisp pixels: it *is* 8x8
        painter.drawImage(cell, thumbnail(m_data.dataset, s));
        const int predicted = prediction(s);
        const bool wrong = predicted >= 0 && predicted != m_data.dataset.classes[static_cast<std::size_t>(s)];
        const qreal frame = wrong ? std::max<qreal>(2.0, side / 14) : 1.0;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(wrong ? kWrong : palette.color(QPalette::Mid), frame));
        painter.drawRect(cell.adjusted(-frame / 2, -frame / 2, frame / 2, frame / 2));
        QFont font = painter.font();
        font.setBold(wrong);
        painter.setFont(font);
        painter.setPen(wrong ? kWrong : palette.color(QPalette::WindowText));
        const QRectF caption(cell.left(), cell.bottom() + frame, side, label);
        painter.drawText(caption, Qt::AlignCenter, predicted >= 0 ? QString::number(predicted) : QStringLiteral("?"));
    }
    painter.restore();
}
