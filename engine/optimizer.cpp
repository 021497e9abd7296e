#include "optimizer.h"

#include <cmath>
#include <stdexcept>

namespace engine {

namespace {
struct OptimizerName {
    OptimizerKind kind;
    const char *id;
};
constexpr OptimizerName kNames[] = {
    {OptimizerKind::SGD, "sgd"}, {OptimizerKind::Momentum, "momentum"}, {OptimizerKind::Adam, "adam"}};
} // namespace

const char *optimizerId(OptimizerKind kind)
{
    for (const auto &name : kNames)
        if (name.kind == kind)
            return name.id;
    return "sgd";
}

bool optimizerFromId(const std::string &id, OptimizerKind &kind)
{
    for (const auto &name : kNames) {
        if (id == name.id) {
            kind = name.kind;
            return true;
        }
    }
    return false;
}

template <typename T>
void Optimizer<T>::setSettings(const OptimizerSettings &settings)
{
    const bool kindChanged = settings.kind != m_settings.kind;
    m_settings = settings;
    if (kindChanged)
        reset();
}

template <typename T>
void Optimizer<T>::reset()
{
    m_first.resize(0);
    m_second.resize(0);
    m_steps = 0;
}

template <typename T>
void Optimizer<T>::update(Vector<T> &parameters, const Vector<T> &gradient)
{
    const T lr = static_cast<T>(m_settings.learningRate);
    if (m_settings.kind != OptimizerKind::SGD && m_first.size() != gradient.size()) {
        reset();
        m_first = Vector<T>::Zero(gradient.size());
        if (m_settings.kind == OptimizerKind::Adam)
            m_second = Vector<T>::Zero(gradient.size());
    }
    ++m_steps;
    switch (m_settings.kind) {
    case OptimizerKind::SGD:
        parameters.noalias() -= lr * gradient;
        break;
    case OptimizerKind::Momentum:
        m_first = static_cast<T>(m_settings.momentum) * m_first + gradient;
        parameters.noalias() -= lr * m_first;
        break;
    case OptimizerKind::Adam: {
        const double b1 = m_settings.beta1, b2 = m_settings.beta2;
        m_first = static_cast<T>(b1) * m_first + static_cast<T>(1.0 - b1) * gradient;
        m_second = static_cast<T>(b2) * m_second + static_cast<T>(1.0 - b2) * gradient.cwiseProduct(gradient);
        const double t = static_cast<double>(m_steps);
        const T stepSize = static_cast<T>(m_settings.learningRate / (1.0 - std::pow(b1, t)));
        const T root = static_cast<T>(1.0 / std::sqrt(1.0 - std::pow(b2, t)));
        const T eps = static_cast<T>(m_settings.epsilon);
        parameters.array() -= stepSize * m_first.array() / (m_second.array().sqrt() * root + eps);
        break;
    }
    }
}

template <typename T>
void Optimizer<T>::restore(const OptimizerState<T> &state, int parameterCount)
{
    const auto size = [parameterCount](const Vector<T> &v) { return v.size() == 0 || v.size() == parameterCount; };
    const bool adam = m_settings.kind == OptimizerKind::Adam;
    if (state.steps < 0)
        throw std::invalid_argument("the optimizer's step count is negative");
    if (!size(state.first) || !size(state.second))
        throw std::invalid_argument("the optimizer's moments do not match the network's parameters");
    // Plain SGD keeps nothing; momentum keeps a velocity; Adam keeps both moments together.
    if ((m_settings.kind == OptimizerKind::SGD && state.first.size() != 0)
        || (!adam && state.second.size() != 0) || (adam && state.first.size() != state.second.size()))
        throw std::invalid_argument("the optimizer's moments do not fit its kind");
    if (!state.first.allFinite() || !state.second.allFinite() || (state.second.array() < T(0)).any())
        throw std::invalid_argument("the optimizer's moments are not finite");
    m_steps = state.steps;
    m_first = state.first;
    m_second = state.second;
}

template class Optimizer<float>;
template class Optimizer<double>;

} // namespace engine
