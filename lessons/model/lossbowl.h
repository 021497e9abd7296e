#pragma once
/**
 * @file lossbowl.h
 * LossBowl: gradient descent on one weight over the example loss L(w) = (w − 0.655)² of L3/L4
 * (P7). The bowl is chosen so that the slope at w = 0.38 is exactly −0.55, seed 003's numbers:
 * one step at lr 0.01 gives 0.38 − 0.01 × (−0.55) = 0.3855. Each step multiplies the distance
 * to the minimum by (1 − 2·lr), so lr 0.9 overshoots, lr 1 bounces and lr > 1 diverges.
 */
#include <vector>

class LossBowl {
public:
    static constexpr double kMinimum = 0.655;
    /// "Within 1 %" as CURRICULUM §5 L3/L4 count it: the distance to the minimum is at most 1 % of
    /// the starting distance (228 steps at lr 0.01, 21 at lr 0.1 from w0 = 0.38).
    static constexpr double kConvergedFraction = 0.01;
    /// A run "to convergence" stops here even if it never converges (lr ≥ 1).
    static constexpr int kMaxSteps = 1000;

    struct Step {
        double w = 0.0;       ///< weight before the step
        double slope = 0.0;   ///< dL/dw at w
        double change = 0.0;  ///< −lr × slope
        double newW = 0.0;
        double newLoss = 0.0;
    };

    explicit LossBowl(double w0 = 0.38, double learningRate = 0.01);

    static double lossAt(double w) { return (w - kMinimum) * (w - kMinimum); }
    static double slopeAt(double w) { return 2.0 * (w - kMinimum); }

    double w() const { return m_w; }
    double w0() const { return m_w0; }
    double loss() const { return lossAt(m_w); }
    double slope() const { return slopeAt(m_w); }
    double learningRate() const { return m_lr; }
    int steps() const { return static_cast<int>(m_steps.size()); }
    const std::vector<Step> &history() const { return m_steps; }
    bool converged() const;

    /// Starts over from w0 with the current learning rate.
    void reset(double w0);
    void reset() { reset(m_w0); }
    void setLearningRate(double lr) { m_lr = lr; }
    /// One update w ← w − lr × slope.
    const Step &step();
    /// Steps until converged() or kMaxSteps; returns the number of steps taken.
    int runToConvergence();

private:
    double m_w0;
    double m_w;
    double m_lr;
    std::vector<Step> m_steps;
};
