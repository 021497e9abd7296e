#pragma once
/**
 * @file outputcalculatorstage.h
 * OutputCalculatorStage: panel P8, the main area of lesson L2. One picture, three classes
 * 猫 / 狗 / 其他 as columns: the true label (click the class; the one-hot vector is shown as
 * [1, 0, 0]), the scores z (logits, only when the outputs come from softmax), the outputs o with
 * their sum, the squared errors (t − o)² with their sum SSE, and the predicted class (the largest
 * output) marked right or wrong. CalculatorBars draws the same numbers as bars above the grid.
 *
 * The stage owns its OutputCalculator. Lessons set fixed outputs (the seed's 0.37 / 0.50 / 0.13)
 * or logits, lock controls (R2), and may hide the errors or the prediction while students predict
 * them.
 */
#include "outputcalculator.h"

#include <QWidget>

#include <array>

class CalculatorBars;
class QButtonGroup;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QRadioButton;
class QSlider;

class OutputCalculatorStage : public QWidget {
    Q_OBJECT
public:
    using Vector = OutputCalculator::Vector;
    static constexpr double kLogitLimit = 5.0;

    explicit OutputCalculatorStage(QWidget *parent = nullptr);

    /// The calculator; after changing it directly, call refresh().
    OutputCalculator &model() { return m_calculator; }
    const OutputCalculator &model() const { return m_calculator; }
    /// Translated class name: 猫, 狗, 其他.
    static QString className(int index);

public slots:
    void setOutputs(const OutputCalculator::Vector &outputs);
    /// Logits are clamped to ±kLogitLimit, the range of the sliders.
    void setLogits(const OutputCalculator::Vector &logits);
    void setLabel(int label);
    void setLogitLocked(int index, bool locked);
    void setLabelLocked(bool locked);
    void setErrorsShown(bool shown);
    void setPredictionShown(bool shown);
    void refresh();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateValues();
    void updateColumns();
    void setLogitFromControl(int index, double value);
    /// Enabled state, tooltips and accessible names, with the lesson's locks.
    void applyLocks();

    OutputCalculator m_calculator;
    bool m_errorsShown = true;
    bool m_predictionShown = true;
    QGridLayout *m_grid = nullptr;
    QLabel *m_caption = nullptr;
    CalculatorBars *m_bars = nullptr;
    std::array<QLabel *, OutputCalculator::kClasses> m_headers{};
    std::array<QRadioButton *, OutputCalculator::kClasses> m_labelButtons{};
    QButtonGroup *m_labelGroup = nullptr;
    std::array<QSlider *, OutputCalculator::kClasses> m_logitSliders{};
    std::array<QDoubleSpinBox *, OutputCalculator::kClasses> m_logitBoxes{};
    std::array<QLabel *, OutputCalculator::kClasses> m_outputs{};
    std::array<QLabel *, OutputCalculator::kClasses> m_errors{};
    QLabel *m_labelTitle = nullptr;
    QLabel *m_logitTitle = nullptr;
    QLabel *m_outputTitle = nullptr;
    QLabel *m_errorTitle = nullptr;
    QLabel *m_targetVector = nullptr;
    QLabel *m_sum = nullptr;
    QLabel *m_sse = nullptr;
    QLabel *m_prediction = nullptr;
    QList<QWidget *> m_logitRow;
    bool m_labelLocked = false;
    std::array<bool, OutputCalculator::kClasses> m_logitLocked{};
};
