#pragma once
/**
 * @file optimizer.h
 * Gradient-descent update rules on the flat parameter vector (tiny-dnn's optimizer.h:
 * update(dW, W) and reset()). Conventions follow torch.optim so exported PyTorch code
 * reproduces the app's numbers:
 *  - SGD:      w <- w - lr g
 *  - Momentum: v <- mu v + g;  w <- w - lr v   (torch.optim.SGD(momentum=mu), dampening 0)
 *  - Adam:     Kingma & Ba, "Adam: A Method for Stochastic Optimization", arXiv 1412.6980:
 *              m <- b1 m + (1 - b1) g;  v <- b2 v + (1 - b2) g^2;
 *              w <- w - lr * (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)
 */
#include "eigentypes.h"

#include <string>

namespace engine {

enum class OptimizerKind { SGD, Momentum, Adam };

const char *optimizerId(OptimizerKind kind);
bool optimizerFromId(const std::string &id, OptimizerKind &kind);

struct OptimizerSettings {
    OptimizerKind kind = OptimizerKind::SGD;
    double learningRate = 0.03;
    double momentum = 0.9;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;
};

/// What an optimizer carries from one step to the next; restoring it continues a run exactly.
template <typename T>
struct OptimizerState {
    long long steps = 0;
    Vector<T> first;  ///< velocity (momentum) or first moment (Adam); empty before the first step
    Vector<T> second; ///< second moment (Adam only)
};

template <typename T>
class Optimizer {
public:
    explicit Optimizer(const OptimizerSettings &settings = {}) : m_settings(settings) {}

    const OptimizerSettings &settings() const { return m_settings; }
    /// Takes effect at the next update; the state (velocity, moments) is kept, as in torch when
    /// a param group's lr is changed. A different kind resets the state.
    void setSettings(const OptimizerSettings &settings);
    /// One step. A gradient of a different size (the network was edited) resets the state first.
    void update(Vector<T> &parameters, const Vector<T> &gradient);
    /// Forgets velocity and moments.
    void reset();
    long long steps() const { return m_steps; }

    OptimizerState<T> state() const { return {m_steps, m_first, m_second}; }
    /// Restores a state() taken from an optimizer of the same kind over `parameterCount`
    /// parameters. Throws std::invalid_argument, and changes nothing, for a state this kind can
    /// never be in (moments of another size, a second moment without Adam, non-finite values).
    void restore(const OptimizerState<T> &state, int parameterCount);

private:
    OptimizerSettings m_settings;
    Vector<T> m_first;  ///< velocity (momentum) or first moment (Adam)
    Vector<T> m_second; ///< second moment (Adam)
    long long m_steps = 0;
};

extern template class Optimizer<float>;
extern template class Optimizer<double>;

} // namespace engine
