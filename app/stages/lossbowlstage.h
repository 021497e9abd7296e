#pragma once
/**
 * @file lossbowlstage.h
 * LossBowlStage: panel P7, the main area of lessons L3 and L4 (parts 1-3). Gradient descent on
 * one weight, w ← w − lr × slope, over the bowl L(w) = (w − 0.655)²: the plot (LossBowlPlot), the
 * update written out with live numbers ("new w = 0.38 − 0.01 × (−0.55) = 0.3855"), a message
 * that names what the last step did (went down, overshot, bounced, grew), the learning rate,
 * the start point, the step buttons and the step table.
 *
 * The stage owns its LossBowl. Steps stop once the ball is kRunawayDistance from the minimum
 * (lr > 1 grows the distance by |1 − 2·lr| per step), so every number drawn stays finite.
 * Lessons lock the controls (R2) through the set…Locked() calls, and run steps through step().
 */
#include "controllocks.h"
#include "lossbowl.h"

#include <QWidget>

class BowlStepModel;
class LossBowlPlot;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;

class LossBowlStage : public QWidget {
    Q_OBJECT
public:
    static constexpr double kLeftStart = 0.38;
    static constexpr double kRightStart = 0.93;
    static constexpr double kMinRate = 0.001;
    static constexpr double kMaxRate = 2.0;
    static constexpr double kRunawayDistance = 1e6;

    explicit LossBowlStage(QWidget *parent = nullptr);

    /// The bowl; after changing it directly, call refresh().
    LossBowl &model() { return m_bowl; }
    const LossBowl &model() const { return m_bowl; }
    /// True once the ball is so far off that the stage takes no more steps (Reset starts over).
    bool isRunaway() const;
    LossBowlPlot *plot() const { return m_plot; }

public slots:
    /// Starts over from w0 (the "start left / start right" choice).
    void setStart(double w0);
    /// Clamped to [kMinRate, kMaxRate]; keeps w and the steps taken so far.
    void setLearningRate(double learningRate);
    /// `count` steps; 0 = until within 1 % of the minimum (at most LossBowl::kMaxSteps).
    void step(int count);
    /// Back to w0, no steps.
    void reset();
    void setLearningRateLocked(bool locked);
    /// Step, 10 steps, Run to the bottom and Reset.
    void setButtonsLocked(bool locked);
    void setStartLocked(bool locked);
    /// Hides the next-step arrow while students predict where the ball will land.
    void setNextStepShown(bool shown);
    /// Shows the model's state again after a direct change through model().
    void refresh();

signals:
    /// After every change of w, the steps, the learning rate or the start.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTexts();
    void updateStatus();
    void syncControls();
    void applyChange();

    LossBowl m_bowl;
    /// The learning rate of the last step: the formula shows that step only while lr is unchanged.
    double m_lastStepRate = 0.0;
    LossBowlPlot *m_plot = nullptr;
    BowlStepModel *m_steps = nullptr;
    QLabel *m_formula = nullptr;
    QLabel *m_readout = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_rateLabel = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QLabel *m_startLabel = nullptr;
    QComboBox *m_start = nullptr;
    QPushButton *m_step = nullptr;
    QPushButton *m_step10 = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_reset = nullptr;
    QTableView *m_table = nullptr;
    ControlLocks m_locks;
};
