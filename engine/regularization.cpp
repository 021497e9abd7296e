#include "regularization.h"

namespace engine {

namespace {
struct RegularizationName {
    Regularization kind;
    const char *id;
};
constexpr RegularizationName kNames[] = {
    {Regularization::None, "none"}, {Regularization::L1, "l1"}, {Regularization::L2, "l2"}};
} // namespace

const char *regularizationId(Regularization kind)
{
    for (const auto &name : kNames)
        if (name.kind == kind)
            return name.id;
    return "none";
}

bool regularizationFromId(const std::string &id, Regularization &kind)
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
double regularizationPenalty(const BasicNetwork<T> &network, Regularization kind, double rate)
{
    if (kind == Regularization::None || rate == 0.0)
        return 0.0;
    double sum = 0.0;
    for (int l = 0; l < network.layerCount(); ++l) {
        const auto w = network.weights(l);
        sum += kind == Regularization::L1 ? static_cast<double>(w.cwiseAbs().sum())
                                          : 0.5 * static_cast<double>(w.squaredNorm());
    }
    return rate * sum;
}

template <typename T>
void addRegularizationGradient(const BasicNetwork<T> &network, Regularization kind, double rate, Vector<T> &gradient)
{
    if (kind == Regularization::None || rate == 0.0)
        return;
    const T r = static_cast<T>(rate);
    for (int l = 0; l < network.layerCount(); ++l) {
        const auto w = network.weights(l);
        Eigen::Map<Matrix<T>> g(gradient.data() + network.weightOffset(l), w.rows(), w.cols());
        if (kind == Regularization::L1)
            g.array() += r * w.array().sign();
        else
            g.array() += r * w.array();
    }
}

template double regularizationPenalty<float>(const BasicNetwork<float> &, Regularization, double);
template double regularizationPenalty<double>(const BasicNetwork<double> &, Regularization, double);
template void addRegularizationGradient<float>(const BasicNetwork<float> &, Regularization, double, Vector<float> &);
template void addRegularizationGradient<double>(const BasicNetwork<double> &, Regularization, double, Vector<double> &);

} // namespace engine
