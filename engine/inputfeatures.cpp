#include "inputfeatures.h"

#include <cmath>
#include <stdexcept>

namespace engine {

namespace {

constexpr FeatureSet kAllFeatures = (1u << kFeatureKinds) - 1u;

// Value of one feature at the point (x1, x2), computed in double as Playground does.
double featureValue(Feature feature, double x1, double x2)
{
    switch (feature) {
    case FeatureX1: return x1;
    case FeatureX2: return x2;
    case FeatureX1Squared: return x1 * x1;
    case FeatureX2Squared: return x2 * x2;
    case FeatureX1TimesX2: return x1 * x2;
    case FeatureSinX1: return std::sin(x1);
    case FeatureSinX2: return std::sin(x2);
    }
    throw std::invalid_argument("unknown input feature");
}

} // namespace

int featureCount(FeatureSet features)
{
    int count = 0;
    for (int bit = 0; bit < kFeatureKinds; ++bit)
        count += (features >> bit) & 1u;
    return count;
}

const char *featureId(Feature feature)
{
    switch (feature) {
    case FeatureX1: return "x1";
    case FeatureX2: return "x2";
    case FeatureX1Squared: return "x1^2";
    case FeatureX2Squared: return "x2^2";
    case FeatureX1TimesX2: return "x1*x2";
    case FeatureSinX1: return "sin_x1";
    case FeatureSinX2: return "sin_x2";
    }
    throw std::invalid_argument("unknown input feature");
}

Eigen::MatrixXf computeFeatures(const Eigen::MatrixXd &inputs, FeatureSet features)
{
    if (inputs.rows() != 2)
        return inputs.cast<float>();
    if ((features & ~kAllFeatures) != 0)
        throw std::invalid_argument("feature set has bits that name no input feature");

    Eigen::MatrixXf out(featureCount(features), inputs.cols());
    Eigen::Index row = 0;
    for (int bit = 0; bit < kFeatureKinds; ++bit) {
        const auto feature = static_cast<Feature>(1u << bit);
        if ((features & feature) == 0)
            continue;
        for (Eigen::Index j = 0; j < inputs.cols(); ++j)
            out(row, j) = static_cast<float>(featureValue(feature, inputs(0, j), inputs(1, j)));
        ++row;
    }
    return out;
}

} // namespace engine
