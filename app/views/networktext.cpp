#include "networktext.h"

using namespace engine;

QString NetworkText::featureName(Feature feature)
{
    // Mathematical notation reads the same in English and Chinese, so it is not translated
    // (as in the Playground and in the lessons' formulas).
    switch (feature) {
    case FeatureX1: return QStringLiteral("x₁");
    case FeatureX2: return QStringLiteral("x₂");
    case FeatureX1Squared: return QStringLiteral("x₁²");
    case FeatureX2Squared: return QStringLiteral("x₂²");
    case FeatureX1TimesX2: return QStringLiteral("x₁x₂");
    case FeatureSinX1: return QStringLiteral("sin(x₁)");
    case FeatureSinX2: return QStringLiteral("sin(x₂)");
    }
    return QString();
}

QString NetworkText::inputName(int index, int inputCount, FeatureSet features)
{
    if (featureCount(features) == inputCount) {
        int seen = 0;
        for (int bit = 0; bit < kFeatureKinds; ++bit) {
            const auto feature = static_cast<Feature>(1u << bit);
            if ((features & feature) != 0 && seen++ == index)
                return featureName(feature);
        }
    }
    return tr("input %1").arg(index + 1);
}

QString NetworkText::neuronName(int layer, int neuron, int layerCount, int outputCount)
{
    if (layer < layerCount - 1)
        return tr("neuron %1 of layer %2").arg(neuron + 1).arg(layer + 1);
    if (outputCount == 1)
        return tr("the output neuron");
    return tr("the output neuron of class %1").arg(neuron);
}

QString NetworkText::value(double value)
{
    return QString::number(value, 'f', 4);
}

QString NetworkText::weightTip(double value, const QString &from, const QString &to)
{
    return tr("Weight %1 from %2 to %3").arg(NetworkText::value(value), from, to);
}

QString NetworkText::biasTip(double value, const QString &neuron)
{
    return tr("Bias %1 of %2").arg(NetworkText::value(value), neuron);
}

QString NetworkText::pixelWeightsTip(int count, double meanAbs, const QString &to)
{
    return tr("%1 weights from the pixels to %2, mean |w| = %3").arg(count).arg(to, NetworkText::value(meanAbs));
}

QString NetworkText::neuronTip(const QString &neuron, double bias)
{
    return tr("This is %1; its bias is %2. The small map shows its output over the plane; hover to see it in the big view.")
        .arg(neuron, NetworkText::value(bias));
}

QString NetworkText::inputTip(const QString &input)
{
    return tr("Input %1. The small map shows its value over the plane.").arg(input);
}

QString NetworkText::pixelBlockTip(int count)
{
    return tr("The %1 pixels of the image, one input each. Every neuron of the next layer has one weight per pixel.")
        .arg(count);
}

QString NetworkText::pixelBlockLabel(int count)
{
    return tr("%1 pixels").arg(count);
}

QString NetworkText::clickToEdit()
{
    return tr("Click or press Enter to change it.");
}
