#pragma once

#include <QList>
#include <QPointF>

/**
 * The points of one chart curve, kept below a fixed size however long training runs.
 *
 * Qt Charts slows down with many points (QT64-NOTES: 20,000 appended points took 75 s), and a
 * panel a few hundred pixels wide cannot show more than about 2,000 anyway. So the history keeps
 * every stride-th point it was given, with the stride doubling (and every second kept point
 * dropped) whenever the cap is exceeded: the curve stays evenly sampled along the x axis, which is
 * linear, instead of detailed at the end and coarse at the start. The newest point is always kept,
 * even off the stride, so the curve ends exactly at the latest epoch.
 *
 * Non-finite values are skipped: a NaN never reaches a chart.
 */
class CurveHistory
{
public:
    static constexpr int kDefaultCap = 2000;

    explicit CurveHistory(int cap = kDefaultCap);

    /// Adds a point. An x not greater than the last one means the curve went back (an epoch sent
    /// again, or a restart), so the points at or after x are dropped first.
    void append(double x, double y);
    void clear();

    const QList<QPointF> &points() const { return m_points; }
    bool isEmpty() const { return m_points.isEmpty(); }
    int cap() const { return m_cap; }
    /// Smallest and largest y of the kept points (false when empty).
    bool yRange(double &minY, double &maxY) const;

private:
    void halve();

    QList<QPointF> m_points;
    QList<qint64> m_arrival; ///< arrival number of each kept point; on the stride unless it is the tail
    qint64 m_count = 0;      ///< points accepted since the last clear
    qint64 m_stride = 1;
    bool m_hasTail = false;  ///< the last kept point is off the stride and goes when the next arrives
    int m_cap;
};
