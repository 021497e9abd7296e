#include "outputcalculator.h"

#include <algorithm>
#include <cmath>

void OutputCalculator::setOutputs(const Vector &outputs)
{
    m_outputs = outputs;
    m_useLogits = false;
}

void OutputCalculator::setLogits(const Vector &logits)
{
    m_logits = logits;
    m_outputs = softmax(logits);
    m_useLogits = true;
}

void OutputCalculator::setLogit(int index, double value)
{
    Vector logits = m_logits;
    logits[index] = value;
    setLogits(logits);
}

OutputCalculator::Vector OutputCalculator::target() const
{
    Vector t{0.0, 0.0, 0.0};
    t[m_label] = 1.0;
    return t;
}

OutputCalculator::Vector OutputCalculator::squaredErrors() const
{
    const Vector t = target();
    Vector e{};
    for (int i = 0; i < kClasses; ++i)
        e[i] = (t[i] - m_outputs[i]) * (t[i] - m_outputs[i]);
    return e;
}

double OutputCalculator::sse() const
{
    const Vector e = squaredErrors();
    return e[0] + e[1] + e[2];
}

int OutputCalculator::argmax() const
{
    return static_cast<int>(std::max_element(m_outputs.begin(), m_outputs.end()) - m_outputs.begin());
}

OutputCalculator::Vector OutputCalculator::softmax(const Vector &logits)
{
    // Subtracting the largest logit keeps exp() finite for any slider position.
    const double top = *std::max_element(logits.begin(), logits.end());
    Vector p{};
    double sum = 0.0;
    for (int i = 0; i < kClasses; ++i) {
        p[i] = std::exp(logits[i] - top);
        sum += p[i];
    }
    for (double &v : p)
        v /= sum;
    return p;
}
