#pragma once
/**
 * @file trainingreport.h
 * What the training worker sends to the GUI: value types, copied across threads by queued
 * signals (Qt's queuedcustomtype example), at most ~30 times a second.
 */
#include "dataset.h"
#include "metrics.h"
#include "network.h"
#include "split.h"
#include "trainer.h"

#include <QMetaType>

#include <vector>

/// A square grid of network values over the plane [-6, 6]^2 (row 0 at y = +6, top of the plot).
struct FieldGrid {
    int resolution = 0;
    std::vector<float> values; ///< resolution x resolution, row-major
    float at(int row, int column) const { return values[static_cast<std::size_t>(row) * resolution + column]; }
    bool isEmpty() const { return values.empty(); }
};

/// The data set and its split, sent when they change (not with every report).
struct DataReport {
    quint64 generation = 0;      ///< matches TrainingReport::generation
    engine::Dataset dataset;
    engine::DataSplit split;
    engine::TargetEncoding encoding = engine::TargetEncoding::PlusMinusOne;
};

/// One update, recorded for the lesson that replays it phase by phase (L11 step 4: zero_grad,
/// forward, loss, backward, step). The GUI never trains: it only shows these numbers in turn.
struct UpdateTrace {
    quint64 ticket = 0;                ///< TrainingSession::stepBatchTraced()'s ticket; 0 = no trace
    engine::Vector<float> before;      ///< parameters before the update
    engine::Vector<float> gradient;    ///< the gradient the update used (after loss.backward())
    engine::Vector<float> after;       ///< parameters after optimizer.step()
    double batchLoss = 0.0;            ///< loss of the batch at the weights before the update
};

/// A snapshot of the run.
struct TrainingReport {
    quint64 generation = 0;                  ///< changes when the run starts over (reset, new data)
    quint64 commandsHandled = 0;             ///< commands the worker had handled when it sent this
    std::vector<engine::EpochMetrics> newEpochs; ///< epochs finished since the previous report
    engine::EpochMetrics current;            ///< metrics at the current weights (epoch 0 before training)
    int epoch = 0;
    int batchInEpoch = 0;
    int batchesPerEpoch = 0;
    long long updates = 0;
    long long samplesSeen = 0;
    double msPerEpoch = 0.0;                 ///< wall time of the latest epochs, for P11
    engine::Network network;                 ///< current weights
    int bestValidationEpoch = -1;
    engine::Divergence divergence = engine::Divergence::None;
    engine::StopReason stopReason = engine::StopReason::None;
    bool running = false;
    /// True in a timeline (P12) report of a past epoch: its network, fields, predictions, metrics
    /// (current), gradients and epoch are that stored epoch's; it carries no new epochs.
    bool past = false;
    /// Output over the plane (2-D sets only): the output for binary/regression, the predicted
    /// class for multi-class.
    FieldGrid output;
    /// Every neuron's activation over the plane, layer by layer (for P5's thumbnails).
    std::vector<std::vector<FieldGrid>> neurons;
    /// Predicted class of every sample, indexed like the Dataset (empty for regression).
    std::vector<int> predictions;
    /// Mean |dL/dw| per layer over the last epoch (P9).
    std::vector<double> gradientMagnitudes;
    /// The gradient of the last update, laid out like network.parameters() (P6); empty when
    /// unknown (no update since the run started or the network was edited).
    engine::Vector<float> lastGradient;
    /// Set only in the report right after a traced update.
    UpdateTrace update;
    /// Every batch trained since the previous report, while the batch log is on (the L11
    /// console prints from it); empty otherwise.
    std::vector<engine::BatchReport> batchLosses;
};

Q_DECLARE_METATYPE(DataReport)
Q_DECLARE_METATYPE(TrainingReport)
