#include "splitbar.h"

#include <QPainter>

namespace {
QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

SplitBar::SplitBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SplitBar::setSplit(const engine::SplitPercent &shares, const std::array<int, 3> &counts)
{
    m_shares = {shares.train, shares.validation, shares.test};
    m_counts = counts;
    update();
}

QSize SplitBar::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return {fm.horizontalAdvance(QStringLiteral("0000 0000 0000")), fm.height() + fm.height() / 2};
}

QSize SplitBar::minimumSizeHint() const
{
    return {fontMetrics().height() * 4, sizeHint().height()};
}

QRectF SplitBar::segment(int part) const
{
    const QRectF bar = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    double left = bar.left();
    for (int i = 0; i < part; ++i)
        left += bar.width() * m_shares[static_cast<std::size_t>(i)] / 100.0;
    const double width = bar.width() * m_shares[static_cast<std::size_t>(part)] / 100.0;
    return width > 0 ? QRectF(left, bar.top(), width, bar.height()) : QRectF();
}

void SplitBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor paper = palette().color(QPalette::Base);
    // Training is the strongest share, validation lighter, test lightest: the same order of
    // emphasis as the points (filled dots, rings, hidden squares).
    const std::array<double, 3> strength{0.6, 0.32, 0.12};
    for (int part = 0; part < 3; ++part) {
        const QRectF r = segment(part);
        if (r.isEmpty())
            continue;
        const double s = strength[static_cast<std::size_t>(part)];
        painter.setPen(QPen(ink, 1));
        painter.setBrush(blend(paper, ink, s));
        painter.drawRect(r);
        const int count = m_counts[static_cast<std::size_t>(part)];
        if (count < 0)
            continue;
        const QString text = QString::number(count);
        if (fontMetrics().horizontalAdvance(text) + 4 > r.width())
            continue;
        painter.setPen(s > 0.5 ? paper : ink);
        painter.drawText(r, Qt::AlignCenter, text);
    }
}
