#pragma once
/**
 * @file presetstate.h
 * PresetState: everything a lesson preset can set (FORMAT.md, "Preset keys"): the workspace
 * spec plus view flags and the settings of the stage widgets. Lessons name settings by stable
 * dotted keys ("network.hidden", "training.lr"), like Playground's State.PROPS in its URL.
 */
#include "outputcalculator.h"
#include "workspacespec.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

struct PresetState {
    WorkspaceSpec spec;
    bool showTest = false;
    bool discretize = false;
    QString note;                 ///< view.note, e.g. "playgroundHalfLoss"
    double bowlW0 = 0.38;
    double bowlLearningRate = 0.01;
    int calcLabel = 0;
    OutputCalculator::Vector calcOutputs{0.37, 0.50, 0.13};
    OutputCalculator::Vector calcLogits{1.05, 1.35, 0.0};
    bool calcUsesLogits = false;

    /// The app's defaults (FORMAT.md): circle 500, noise 0, 60/20/20, x1 x2, [4, 2] tanh, SGD
    /// lr 0.03, MSE, batch 10, seeds 1.
    static PresetState defaults();
    /// Every key FORMAT.md defines.
    static const QStringList &keys();
    /// True when `patch` changes the workspace (anything but the bowl, calculator and view keys),
    /// so applying it means loading the workspace again.
    static bool touchesWorkspace(const QJsonObject &patch);

    /// Sets one key; returns an English error for lesson authors ("training.lr must be > 0").
    QString apply(const QString &key, const QJsonValue &value);
    /// Applies every key of `patch`; returns the errors (empty on success).
    QStringList apply(const QJsonObject &patch);
    /// Checks the whole state is one the engine accepts (split sums to 100, the data set and
    /// network can be built, the hyperparameters are valid); empty when fine.
    QString check() const;
};
