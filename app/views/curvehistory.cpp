#include "curvehistory.h"

#include <algorithm>
#include <cmath>

CurveHistory::CurveHistory(int cap)
    : m_cap(std::max(cap, 4))
{
}

void CurveHistory::append(double x, double y)
{
    if (!std::isfinite(x) || !std::isfinite(y))
        return;
    if (!m_points.isEmpty() && x <= m_points.first().x()) {
        clear(); // started over
    } else if (!m_points.isEmpty() && x <= m_points.last().x()) {
        // The curve went back (an epoch sent again): drop what lies at or after x.
        while (!m_points.isEmpty() && m_points.last().x() >= x) {
            m_points.removeLast();
            m_arrival.removeLast();
        }
        m_hasTail = false;
    } else if (m_hasTail) {
        m_points.removeLast();
        m_arrival.removeLast();
    }
    m_points.append(QPointF(x, y));
    m_arrival.append(m_count);
    m_hasTail = m_count % m_stride != 0;
    ++m_count;
    if (m_points.size() > m_cap)
        halve();
}

void CurveHistory::clear()
{
    m_points.clear();
    m_arrival.clear();
    m_count = 0;
    m_stride = 1;
    m_hasTail = false;
}

bool CurveHistory::yRange(double &minY, double &maxY) const
{
    if (m_points.isEmpty())
        return false;
    minY = maxY = m_points.first().y();
    for (const QPointF &p : m_points) {
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    return true;
}

void CurveHistory::halve()
{
    m_stride *= 2;
    qsizetype kept = 0;
    const qsizetype last = m_points.size() - 1;
    for (qsizetype i = 0; i <= last; ++i) {
        // The newest point always stays, on the new stride or not.
        if (m_arrival[i] % m_stride == 0 || i == last) {
            m_points[kept] = m_points[i];
            m_arrival[kept] = m_arrival[i];
            ++kept;
        }
    }
    m_points.resize(kept);
    m_arrival.resize(kept);
    m_hasTail = m_arrival.last() % m_stride != 0;
}
