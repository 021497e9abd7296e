#include "confusiongrid.h"

#include "colorscale.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace {
// Teal for correct and red for mistakes differ in lightness too, so they stay apart for
// colour-blind students; the labels and the diagonal carry the meaning as well.
const QColor kCorrectColor(0x1B, 0x9E, 0x77);
const QColor kWrongColor(0xD6, 0x27, 0x28);

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor textOn(const QColor &background)
{
    const double luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}
} // namespace

ConfusionGrid::ConfusionGrid(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConfusionGrid::setMatrix(int classCount, const QList<int> &counts)
{
    m_classes = counts.size() == classCount * classCount ? classCount : 0;
    m_counts = counts;
    if (m_classes > 0)
        m_message.clear();
    updateGeometry();
    update();
}

void ConfusionGrid::setMessage(const QString &message)
{
    m_message = message;
    m_classes = 0;
    m_counts.clear();
    update();
}

void ConfusionGrid::setSelectedCell(int actual, int predicted)
{
    m_selectedActual = actual;
    m_selectedPredicted = predicted;
    update();
}

int ConfusionGrid::count(int actual, int predicted) const
{
    if (actual < 0 || predicted < 0 || actual >= m_classes || predicted >= m_classes)
        return 0;
    return m_counts[actual * m_classes + predicted];
}

QString ConfusionGrid::className(int classIndex) const
{
    if (isBinary())
        return classIndex == 1 ? tr("Positive (1)") : tr("Negative (0)");
    return QString::number(classIndex);
}

QString ConfusionGrid::cellTerm(int actual, int predicted, bool letters) const
{
    if (!isBinary())
        return QString();
    // Letters stay Latin in both languages (CURRICULUM §6: always shown with TP/FP/FN/TN).
    if (letters)
        return actual == 1 ? (predicted == 1 ? QStringLiteral("TP") : QStringLiteral("FN"))
                           : (predicted == 1 ? QStringLiteral("FP") : QStringLiteral("TN"));
    return actual == 1 ? (predicted == 1 ? tr("true positive") : tr("false negative"))
                       : (predicted == 1 ? tr("false positive") : tr("true negative"));
}

int ConfusionGrid::headerWidth() const
{
    const QFontMetrics fm = fontMetrics();
    int width = 0;
    for (int c = 0; c < std::max(m_classes, 2); ++c)
        width = std::max(width, fm.horizontalAdvance(className(c)));
    return width + fm.height() * 5 / 4; // + the colour swatch and a gap before the cells
}

QRect ConfusionGrid::cellArea() const
{
    if (m_classes == 0)
        return QRect();
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    // Left: the rotated "Actual" title and the row headers; top: "Predicted" and column headers.
    const int left = qRound(line * 1.5) + headerWidth();
    const int top = qRound(line * 1.4) * 2;
    const int width = std::max(0, this->width() - left - 2);
    const int height = std::max(0, this->height() - top - 2);
    int cellWidth = width / m_classes;
    int cellHeight = height / m_classes;
    if (isBinary()) {
        cellWidth = std::min(cellWidth, line * 9);
        cellHeight = std::min(cellHeight, line * 4);
    } else {
        cellWidth = cellHeight = std::min(cellWidth, cellHeight); // square cells for k classes
    }
    return QRect(left, top, cellWidth * m_classes, cellHeight * m_classes);
}

QRect ConfusionGrid::cellRect(int actual, int predicted) const
{
    const QRect area = cellArea();
    if (area.isEmpty() || actual < 0 || predicted < 0 || actual >= m_classes || predicted >= m_classes)
        return QRect();
    const int w = area.width() / m_classes;
    const int h = area.height() / m_classes;
    return QRect(area.left() + position(predicted) * w, area.top() + position(actual) * h, w, h);
}

bool ConfusionGrid::cellAt(const QPoint &point, int &actual, int &predicted) const
{
    const QRect area = cellArea();
    if (area.isEmpty() || !area.contains(point))
        return false;
    predicted = classAt((point.x() - area.left()) / (area.width() / m_classes));
    actual = classAt((point.y() - area.top()) / (area.height() / m_classes));
    return actual >= 0 && actual < m_classes && predicted >= 0 && predicted < m_classes;
}

QSize ConfusionGrid::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    const int classes = std::max(m_classes, 2);
    const int cell = isBinary() || m_classes == 0 ? line * 5 : qRound(line * 1.15);
    const int cellHeight = isBinary() || m_classes == 0 ? line * 3 : cell;
    return QSize(qRound(line * 1.5) + headerWidth() + classes * cell + 2, line * 3 + classes * cellHeight + 2);
}

QSize ConfusionGrid::sizeHint() const
{
    return minimumSizeHint() * 1.2;
}

void ConfusionGrid::mousePressEvent(QMouseEvent *event)
{
    int actual = -1, predicted = -1;
    if (event->button() == Qt::LeftButton && cellAt(event->position().toPoint(), actual, predicted))
        emit cellClicked(actual, predicted);
    QWidget::mousePressEvent(event);
}

bool ConfusionGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        int actual = -1, predicted = -1;
        if (cellAt(help->pos(), actual, predicted)) {
            QString text = tr("Actual: %1, predicted: %2").arg(className(actual), className(predicted)) + QLatin1Char('\n')
                           + tr("Samples: %1").arg(count(actual, predicted)) + QLatin1Char('\n')
                           + tr("Click to highlight them in the plot");
            if (isBinary())
                text.prepend(QStringLiteral("%1 (%2)\n").arg(cellTerm(actual, predicted, false), cellTerm(actual, predicted, true)));
            QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
    }
    return QWidget::event(event);
}

void ConfusionGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette().color(QPalette::WindowText));
    if (m_classes == 0) {
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const QRect area = cellArea();
    paintHeaders(painter, area);
    const int maxCount = std::max(1, *std::max_element(m_counts.begin(), m_counts.end()));
    for (int a = 0; a < m_classes; ++a)
        for (int p = 0; p < m_classes; ++p)
            paintCell(painter, a, p, maxCount);
    if (m_selectedActual >= 0) {
        const double width = std::max(2.0, fontMetrics().height() / 6.0);
        painter.setPen(QPen(palette().color(QPalette::Highlight), width));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(cellRect(m_selectedActual, m_selectedPredicted)).adjusted(width / 2, width / 2, -width / 2, -width / 2));
    }
}

void ConfusionGrid::paintHeaders(QPainter &painter, const QRect &area)
{
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int band = qRound(line * 1.4);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRect(area.left(), 0, area.width(), band), Qt::AlignCenter, tr("Predicted"));
    painter.save();
    painter.translate(0, area.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-area.height() / 2, 0, area.height(), qRound(line * 1.4)), Qt::AlignCenter, tr("Actual"));
    painter.restore();
    painter.setFont(font());
    const int swatch = line * 6 / 10;
    for (int c = 0; c < m_classes; ++c) {
        const QRect column = cellRect(0, c);
        const QRect row = cellRect(c, 0);
        const QRect top(column.left(), band, column.width(), band);
        const QRect left(qRound(line * 1.5), row.top(), headerWidth(), row.height());
        const QColor color = colorscale::classColor(c, m_classes);
        // Small class swatches: the same colours as the points in P1.
        painter.fillRect(QRect(left.left(), left.center().y() - swatch / 2, swatch, swatch), color);
        painter.drawText(left.adjusted(line, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, className(c));
        const int textWidth = fm.horizontalAdvance(className(c));
        const int start = top.center().x() - (textWidth + line) / 2;
        if (textWidth + line <= top.width())
            painter.fillRect(QRect(start, top.center().y() - swatch / 2, swatch, swatch), color);
        painter.drawText(top.adjusted(textWidth + line <= top.width() ? line : 0, 0, 0, 0), Qt::AlignCenter, className(c));
    }
}

void ConfusionGrid::paintCell(QPainter &painter, int actual, int predicted, int maxCount)
{
    const QRect cell = cellRect(actual, predicted);
    const int n = count(actual, predicted);
    const QColor base = palette().color(QPalette::Base);
    const QColor fill = n == 0 ? base : mix(base, actual == predicted ? kCorrectColor : kWrongColor, 0.12 + 0.75 * n / maxCount);
    painter.fillRect(cell, fill);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(cell).adjusted(0.5, 0.5, -0.5, -0.5));
    painter.setPen(textOn(fill));
    const QFontMetrics fm = fontMetrics();
    const QString number = QString::number(n);
    if (!isBinary()) {
        // Zeros faded, so the few non-empty cells of a 10 x 10 matrix stand out.
        QColor ink = textOn(fill);
        if (n == 0)
            ink.setAlphaF(0.35f);
        painter.setPen(ink);
        if (fm.horizontalAdvance(number) <= cell.width() - 2 && fm.height() <= cell.height())
            painter.drawText(cell, Qt::AlignCenter, number);
        return;
    }
    if (cell.height() >= fm.height() * 3) {
        const int h = cell.height() / 3;
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QRect(cell.left(), cell.top() + h / 3, cell.width(), h), Qt::AlignCenter, cellTerm(actual, predicted, true));
        painter.drawText(QRect(cell.left(), cell.top() + h, cell.width(), h), Qt::AlignCenter, number);
        painter.setFont(font());
        painter.drawText(QRect(cell.left(), cell.top() + 2 * h - h / 3, cell.width(), h), Qt::AlignCenter,
                         cellTerm(actual, predicted, false));
    } else {
        // Too short for three lines (a projector font): letters and count, then the name if it fits.
        const bool twoLines = cell.height() >= fm.height() * 2;
        const QRect first = twoLines ? QRect(cell.left(), cell.center().y() - fm.height(), cell.width(), fm.height()) : cell;
        painter.drawText(first, Qt::AlignCenter, QStringLiteral("%1 %2").arg(cellTerm(actual, predicted, true), number));
        if (twoLines)
            painter.drawText(QRect(cell.left(), cell.center().y(), cell.width(), fm.height()), Qt::AlignCenter,
                             cellTerm(actual, predicted, false));
    }
}
