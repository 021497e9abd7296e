#include "lossbowl.h"

#include <cmath>

LossBowl::LossBowl(double w0, double learningRate) : m_w0(w0), m_w(w0), m_lr(learningRate) {}

bool LossBowl::converged() const
{
    return std::abs(m_w - kMinimum) <= kConvergedFraction * std::abs(m_w0 - kMinimum);
}

void LossBowl::reset(double w0)
{
    m_w0 = w0;
    m_w = w0;
    m_steps.clear();
}

const LossBowl::Step &LossBowl::step()
{
    Step s;
    s.w = m_w;
    s.slope = slopeAt(m_w);
    s.change = -m_lr * s.slope;
    s.newW = m_w + s.change;
    s.newLoss = lossAt(s.newW);
    m_w = s.newW;
    m_steps.push_back(s);
    return m_steps.back();
}

int LossBowl::runToConvergence()
{
    int taken = 0;
    while (!converged() && taken < kMaxSteps && std::isfinite(m_w)) {
        step();
        ++taken;
    }
    return taken;
}
