#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent)
{
    setSpacing(spacing);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return static_cast<int>(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    const QMargins m = contentsMargins();
    return cellSize() + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Four columns: what a side panel of about 300 px shows at the normal font.
    const QSize cell = cellSize();
    const int columns = std::min(4, count());
    const int rows = columns > 0 ? (count() + columns - 1) / columns : 0;
    const QMargins m = contentsMargins();
    return {columns * cell.width() + std::max(0, columns - 1) * gap() + m.left() + m.right(),
            rows * cell.height() + std::max(0, rows - 1) * gap() + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

QSize FlowLayout::cellSize() const
{
    QSize cell;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            cell = cell.expandedTo(item->sizeHint());
    return cell;
}

int FlowLayout::gap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent) : 4;
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const QSize cell = cellSize();
    if (cell.isEmpty())
        return 0;
    const int g = gap();
    const int columns = std::max(1, (area.width() + g) / (cell.width() + g));
    // Spread the spare width between the columns so the grid fills the panel evenly.
    const int spare = std::max(0, area.width() - columns * cell.width() - (columns - 1) * g);
    const int columnGap = columns > 1 ? g + spare / (columns - 1) : g;
    int shown = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int row = shown / columns, column = shown % columns;
        if (apply)
            item->setGeometry(QRect(QPoint(area.x() + column * (cell.width() + columnGap),
                                           area.y() + row * (cell.height() + g)),
                                    cell));
        ++shown;
    }
    const int rows = (shown + columns - 1) / columns;
    const QMargins m = contentsMargins();
    return rows * cell.height() + std::max(0, rows - 1) * g + m.top() + m.bottom();
}
