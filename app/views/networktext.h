#pragma once
/**
 * @file networktext.h
 * Names and value descriptions for the parts of the network editor (P5): "x₁", "neuron 2 of
 * layer 1", "Weight 0.4213 from x₁ to neuron 2 of layer 1". The canvas's tooltips and the value
 * editor's caption say the same thing in the same words, so the wording lives in one place.
 *
 * Layers are counted from 1 for people (hidden layer 1 is engine layer 0); output neurons are
 * named by the class they score, counted from 0 like the digits themselves.
 */
#include "inputfeatures.h"

#include <QCoreApplication>
#include <QString>

class NetworkText {
    Q_DECLARE_TR_FUNCTIONS(NetworkText)
public:
    /// Mathematical name of a feature: x₁, x₂, x₁², x₂², x₁x₂, sin(x₁), sin(x₂).
    static QString featureName(engine::Feature feature);
    /// Name of network input `index`: its feature when `features` describes the inputs, else "input 3".
    static QString inputName(int index, int inputCount, engine::FeatureSet features);
    /// "neuron 2 of layer 1", "the output neuron", "the output neuron of class 3".
    static QString neuronName(int layer, int neuron, int layerCount, int outputCount);
    /// A parameter value as the editor shows it: 4 decimals, '.' in every language.
    static QString value(double value);

    static QString weightTip(double value, const QString &from, const QString &to);
    static QString biasTip(double value, const QString &neuron);
    /// The collapsed input block's link to one neuron: `count` weights summarised by mean |w|.
    static QString pixelWeightsTip(int count, double meanAbs, const QString &to);
    static QString neuronTip(const QString &neuron, double bias);
    static QString inputTip(const QString &input);
    static QString pixelBlockTip(int count);
    /// "64 pixels", under the collapsed input block.
    static QString pixelBlockLabel(int count);
    /// Appended to the tooltip of an editable weight or bias.
    static QString clickToEdit();
};
