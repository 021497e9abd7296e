#pragma once
/**
 * @file activationplotstage.h
 * ActivationPlotStage: the main area of L9 step 1. The ActivationPlot with a checkable colour
 * legend (one box per curve), the x slider (objectName "plot.x") with a spin box for exact
 * values, and a readout table: for each function its formula (the formula card of seed 002:
 * sigmoid(x) = eˣ/(eˣ+1) = 1/(1+e⁻ˣ), ReLU(x) = max(0, x)), its range and its value at x to
 * 3 decimals, so students can check sigmoid(0) = 0.500 or tanh(2) = 0.964.
 */
#include "activationplot.h"
#include "controllocks.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QTableWidget;

class ActivationPlotStage : public QWidget {
    Q_OBJECT
public:
    /// Slider units per unit of x: x moves in steps of 0.01.
    static constexpr int kSliderScale = 100;

    explicit ActivationPlotStage(QWidget *parent = nullptr);

    double x() const { return m_x; }
    ActivationPlot *plot() const { return m_plot; }

public slots:
    /// Clamped to [−6, 6] and rounded to 0.01.
    void setX(double x);
    void setXLocked(bool locked);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateReadout();
    void fitTableHeight();

    double m_x = 0.0;
    ActivationPlot *m_plot = nullptr;
    std::array<QCheckBox *, ActivationPlot::FunctionCount> m_toggles{};
    QLabel *m_xLabel = nullptr;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_spin = nullptr;
    QTableWidget *m_table = nullptr;
    ControlLocks m_locks;
};
