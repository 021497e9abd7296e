#pragma once
/**
 * @file lossbowlplot.h
 * LossBowlPlot: the picture of P7. The bowl L(w) = (w − 0.655)² over w ∈ [−1.2, 2.5], the ball
 * at the current w, the tangent there with its slope, a curved arrow to where the next step
 * (−lr × slope) will land, and a faint trail of earlier positions.
 *
 * At lr 0.01 the seed's step 0.38 → 0.3855 is about one pixel wide, and at lr 0.9 the zig-zag
 * happens in the flat bottom where the whole-bowl view squashes it. So whenever the ball's recent
 * path (its last positions and the next landing point) is small in the whole view, a zoom inset
 * above the bowl shows a close-up of it. A diverging ball widens the view to stay visible.
 */
#include "plotaxes.h"

#include <QWidget>

#include <utility>

class LossBowl;

class LossBowlPlot : public QWidget {
    Q_OBJECT
public:
    static constexpr double kViewLeft = -1.2;
    static constexpr double kViewRight = 2.5;

    explicit LossBowlPlot(const LossBowl &bowl, QWidget *parent = nullptr);

    /// Lessons hide the arrow (and the landing point) while students predict where it goes.
    void setNextStepShown(bool shown);
    bool nextStepShown() const { return m_nextShown; }
    /// The axes of the whole bowl at the current size (tests and the inset read them).
    PlotAxes mainAxes() const;
    /// True when the ball's recent path is small in the whole bowl and the zoom inset is drawn.
    bool insetShown() const;
    /// Call after the bowl changed.
    void refresh();

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslateUi();
    double nextW() const;
    /// The w range of the close-up: the ball, the next landing point and the last positions.
    std::pair<double, double> closeUpRange() const;
    QRectF insetRect(const PlotAxes &main) const;
    PlotAxes insetAxes(const PlotAxes &main) const;
    void paintCurve(QPainter &painter, const PlotAxes &axes) const;
    void paintTrail(QPainter &painter, const PlotAxes &axes) const;
    /// Tangent through the ball; returns its two ends (the slope label goes under one).
    std::pair<QPointF, QPointF> paintTangent(QPainter &painter, const PlotAxes &axes) const;
    void paintStep(QPainter &painter, const PlotAxes &axes, bool withLabel) const;
    void paintBall(QPainter &painter, const PlotAxes &axes) const;
    QColor stepTextColor() const;
    void paintInset(QPainter &painter, const PlotAxes &main) const;
    void paintMinimum(QPainter &painter, const PlotAxes &axes) const;

    const LossBowl &m_bowl;
    bool m_nextShown = true;
};
