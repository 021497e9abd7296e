#pragma once
/**
 * @file pointdrawingtool.h
 * PointDrawingTool turns mouse input on P1 into data edits: a left click adds a point of the
 * drawing class, a right click adds one of the other class (binary and regression sets, one class
 * per mouse button as the issue asks) or erases under the cursor (multi-class), and a right-drag
 * erases every point it passes over. It only reports; the owner of the data applies the edit.
 *
 * A drag emits once, at release, with every sample it touched: erasing point by point would have
 * the owner rebuild the data (and restart training) on every mouse move, and indices would shift
 * under the drag. Until then erased() lets the view hide those points, so the drag feels live.
 */
#include "planemapping.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QSet>

#include <utility>
#include <vector>

class QMouseEvent;

class PointDrawingTool : public QObject
{
    Q_OBJECT

public:
    /// What the tool needs from the view at the moment of an event.
    struct Scene {
        PlaneMapping mapping;
        std::vector<std::pair<int, QPointF>> points; ///< erasable samples and their widget positions
        bool twoClasses = true;                      ///< binary or regression: right click adds
        qreal eraserRadius = 10.0;                   ///< pixels
    };

    explicit PointDrawingTool(QObject *parent = nullptr) : QObject(parent) {}

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    int drawingClass() const { return m_class; }
    void setDrawingClass(int classIndex) { m_class = classIndex; }

    bool isErasing() const { return m_erasing; }
    QPointF eraserPosition() const { return m_eraserPos; }
    /// Samples a drag in progress has passed over.
    const QSet<int> &erased() const { return m_erased; }
    /// Drops a gesture in progress (the data changed under it).
    void cancel();

    /// Each returns whether it used the event.
    bool press(const QMouseEvent &event, const Scene &scene);
    bool move(const QMouseEvent &event, const Scene &scene);
    bool release(const QMouseEvent &event, const Scene &scene);

signals:
    void pointAdded(double x, double y, int classIndex);
    void pointsErased(const QList<int> &sampleIndices);
    /// erased() or the eraser position changed: the view repaints.
    void changed();

private:
    void eraseAround(const QPointF &at, const Scene &scene);

    bool m_enabled = false;
    int m_class = 1;
    bool m_rightPressed = false;
    bool m_erasing = false;
    QPointF m_pressPos;
    QPointF m_eraserPos;
    QSet<int> m_erased;
};
