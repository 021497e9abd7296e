#pragma once
/**
 * @file activationplot.h
 * ActivationPlot: the function plotter of L9 step 1. Sigmoid, Tanh, ReLU and Linear over
 * x ∈ [−6, 6] (each curve can be hidden), a vertical marker at the current x with a dot on each
 * visible curve, and faint lines at y = ±1, the limits of Sigmoid and Tanh. Dragging on the plot
 * asks for a new x (snapped to 0.1, so 0, 2 or −6 are easy to hit).
 *
 * The y range is fixed at [−1.5, 3.5]: wide enough for ReLU(3) = 3, narrow enough that the S-curves
 * are not squashed flat. A point beyond it is shown as an arrow on the edge.
 */
#include "plotaxes.h"

#include <QColor>
#include <QWidget>

#include <array>

class ActivationPlot : public QWidget {
    Q_OBJECT
public:
    enum Function { Sigmoid, Tanh, ReLU, Linear, FunctionCount };
    static constexpr double kMinX = -6.0;
    static constexpr double kMaxX = 6.0;
    static constexpr double kMinY = -1.5;
    static constexpr double kMaxY = 3.5;

    explicit ActivationPlot(QWidget *parent = nullptr);

    static double value(Function function, double x);
    static QColor color(Function function);
    static Qt::PenStyle penStyle(Function function);
    /// Sigmoid, Tanh, ReLU, Linear (translated where the app translates it).
    static QString name(Function function);

    void setX(double x);
    double x() const { return m_x; }
    void setCurveShown(Function function, bool shown);
    bool curveShown(Function function) const { return m_shown[function]; }
    /// Lessons lock x: dragging then does nothing.
    void setInteractive(bool interactive);
    PlotAxes axes() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

signals:
    /// The user pressed or dragged on the plot at data x (snapped, in range).
    void xRequested(double x);

protected:
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void requestAt(double px);
    void paintMarker(QPainter &painter, const PlotAxes &axes) const;

    double m_x = 0.0;
    std::array<bool, FunctionCount> m_shown{true, true, true, true};
    bool m_interactive = true;
};
