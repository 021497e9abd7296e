#pragma once
/**
 * @file enginetext.h
 * EngineText: the user-visible names and explanations of the engine's enums, in the user's
 * language. The engine is Qt-free and returns enums (STYLE.md: "our engine returns enums or ids,
 * and app/enginetext.cpp maps them to tr()"), so this is the one place that turns them into text.
 * Every function translates when called: call it again in retranslateUi(), never cache the text.
 */
#include "activation.h"
#include "dataset.h"
#include "initializer.h"
#include "loss.h"
#include "optimizer.h"
#include "regularization.h"
#include "trainer.h"
#include "trainingworker.h"

#include <QCoreApplication>
#include <QString>

class EngineText {
    Q_DECLARE_TR_FUNCTIONS(EngineText)
public:
    /// "ReLU", "Tanh", ... (Latin letters in both languages, CURRICULUM §6).
    static QString activationName(engine::Activation activation);
    /// "Mean squared error (MSE)", ...
    static QString lossName(engine::LossKind loss);
    /// The formula in words, for a tooltip.
    static QString lossDescription(engine::LossKind loss);
    static QString optimizerName(engine::OptimizerKind kind);
    static QString optimizerDescription(engine::OptimizerKind kind);
    static QString regularizationName(engine::Regularization kind);
    static QString initializerName(engine::Initializer init);
    static QString initializerDescription(engine::Initializer init);
    static QString datasetKindName(engine::DatasetKind kind);
    static QString taskName(engine::Task task);
    /// Why training stopped, as a sentence; empty for StopReason::None.
    static QString stopReasonText(engine::StopReason reason);
    /// What happened and what to do, as a paragraph; empty for Divergence::None.
    static QString divergenceExplanation(engine::Divergence divergence);
    /// Why a loss cannot be used with the output layer; empty when compatible.
    static QString lossCompatibilityText(engine::LossCompatibility compatibility);
    /// What a refused worker command means for the user; empty for WorkerError::None.
    static QString workerErrorText(WorkerError error);
};
