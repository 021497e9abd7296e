#include "pointdrawingtool.h"

#include <QApplication>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>

void PointDrawingTool::setEnabled(bool enabled)
{
    m_enabled = enabled;
    cancel();
}

void PointDrawingTool::cancel()
{
    const bool had = m_erasing || !m_erased.isEmpty();
    m_rightPressed = m_erasing = false;
    m_erased.clear();
    if (had)
        emit changed();
}

bool PointDrawingTool::press(const QMouseEvent &event, const Scene &scene)
{
    const QPointF pos = event.position();
    if (!m_enabled || !scene.mapping.isValid() || !scene.mapping.plot().contains(pos))
        return false;
    if (event.button() == Qt::LeftButton) {
        const QPointF p = scene.mapping.toPlane(pos);
        emit pointAdded(p.x(), p.y(), m_class);
        return true;
    }
    if (event.button() != Qt::RightButton)
        return false;
    // Click or drag is decided by how far the mouse moves before release.
    cancel();
    m_rightPressed = true;
    m_pressPos = pos;
    return true;
}

bool PointDrawingTool::move(const QMouseEvent &event, const Scene &scene)
{
    if (!m_rightPressed || !(event.buttons() & Qt::RightButton))
        return false;
    const QPointF pos = event.position();
    if (!m_erasing && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_erasing = true;
        eraseAround(m_pressPos, scene);
    }
    if (m_erasing) {
        m_eraserPos = pos;
        eraseAround(pos, scene);
        emit changed(); // the eraser circle moved
    }
    return true;
}

bool PointDrawingTool::release(const QMouseEvent &event, const Scene &scene)
{
    if (event.button() != Qt::RightButton || !m_rightPressed)
        return false;
    if (!m_erasing && scene.twoClasses) {
        m_rightPressed = false;
        const QPointF p = scene.mapping.toPlane(m_pressPos);
        emit pointAdded(p.x(), p.y(), m_class == 1 ? 0 : 1);
        return true;
    }
    if (!m_erasing)
        eraseAround(m_pressPos, scene); // multi-class has no "other class": a right click erases
    QList<int> erased(m_erased.begin(), m_erased.end());
    std::sort(erased.begin(), erased.end());
    cancel();
    if (!erased.isEmpty())
        emit pointsErased(erased);
    return true;
}

void PointDrawingTool::eraseAround(const QPointF &at, const Scene &scene)
{
    const auto before = m_erased.size();
    for (const auto &[sample, pos] : scene.points)
        if (std::hypot(pos.x() - at.x(), pos.y() - at.y()) <= scene.eraserRadius)
            m_erased.insert(sample);
    if (m_erased.size() != before)
        emit changed();
}
