#pragma once

#include "trainingreport.h"

#include <QRectF>
#include <QStringList>
#include <QWidget>

#include <vector>

/**
 * P9 (梯度条): the mean |dL/dw| of each layer's weights over the last epoch, one horizontal bar
 * per layer on a logarithmic axis from 1e-8 to 1e1. The vanishing-gradient lesson (L9) compares
 * a deep sigmoid network, whose first layers' bars shrink by decades, with a ReLU one; a linear
 * axis would show nothing but the last layer.
 *
 * Painted with QPainter from numbers cached at setReport(); the bar rectangles are laid out
 * there and on resize, so paintEvent only draws.
 */
class GradientBarsView : public QWidget
{
    Q_OBJECT

public:
    static constexpr double kMinMagnitude = 1e-8;
    static constexpr double kMaxMagnitude = 1e1;

    explicit GradientBarsView(QWidget *parent = nullptr);

    int layerCount() const { return static_cast<int>(m_magnitudes.size()); }
    /// The drawn bar of a layer (empty for 0 or a non-finite value).
    QRectF barRect(int layer) const;
    QString layerName(int layer) const;
    QString valueText(int layer) const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

public slots:
    void setReport(const TrainingReport &report);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void layoutBars();
    /// x of a magnitude on the log axis, clamped to the axis.
    double xOf(double magnitude) const;

    std::vector<double> m_magnitudes;
    std::vector<QRectF> m_bars;
    QRectF m_axisRect;   ///< the plot area between the first and last decade
    double m_nameWidth = 0.0;
    double m_rowHeight = 0.0;
};
