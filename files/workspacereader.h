#pragma once
/**
 * @file workspacereader.h
 * Reads the parsed JSON of a .nlw file back into a WorkspaceState, trusting nothing: every field
 * is checked for its type and range, every size against what the data and the network need,
 * before anything is allocated by it, and the parts are then put together once (data, network,
 * trainer state) to prove they fit. The first problem throws a FileProblem naming it in the
 * user's language; the caller's workspace is untouched because nothing is applied here.
 */
#include "jsonfield.h"
#include "workspacestate.h"

#include <QCoreApplication>
#include <QJsonObject>

class WorkspaceReader {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceReader)
public:
    /// Largest values a file may hold, well above anything the app makes and far below what
    /// would exhaust memory or time (a hostile file asking for 10^9 neurons is refused here).
    static constexpr int kMaxHiddenLayers = 10;
    static constexpr int kMaxUnits = 64;
    static constexpr int kMaxPoints = 10000;
    static constexpr int kMaxSamples = 10000;
    static constexpr int kMaxRunNumber = 1000000000;

    /// Throws FileProblem.
    static WorkspaceState read(const QJsonObject &root);

private:
    static WorkspaceSpec readSpec(const JsonField &spec);
    static void readData(const JsonField &data, WorkspaceSpec &spec);
    static void readNetworkSpec(const JsonField &network, WorkspaceSpec &spec);
    static void readTraining(const JsonField &training, WorkspaceSpec &spec);
    static engine::Network readNetwork(const JsonField &network, const WorkspaceSpec &spec,
                                       const engine::TrainingData &data);
    static engine::TrainerState readTrainer(const JsonField &trainer, const engine::Network &network,
                                            const engine::TrainingData &data,
                                            const engine::OptimizerSettings &optimizerSettings);
    /// The finished runs ("runs", docs/FILEFORMAT.md), each checked like the workspace itself.
    static void readRuns(const JsonField &runs, WorkspaceState &state);
    static RunRecord readRun(const JsonField &entry);
    /// Puts the parts together once in a scratch trainer, the last check of a workspace or run.
    static void checkFits(const WorkspaceSpec &spec, const engine::Network &network,
                          const engine::TrainerState &trainerState, const engine::TrainingData &data);
    static engine::EpochMetrics readEpoch(const JsonField &entry, int layers);
    static engine::RandomState readRandom(const JsonField &random);
    /// The data the spec makes; throws FileProblem when the engine refuses the spec.
    static engine::TrainingData makeData(const WorkspaceSpec &spec);
    static QString problemText(engine::TrainerStateProblem problem);
};
