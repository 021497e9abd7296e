#pragma once
/**
 * @file headlessrun.h
 * HeadlessRun: trains a preset on the engine directly, in the calling thread, and measures it as
 * a MetricsSnapshot. Used for lesson acceptance checks (tests and nl-lesson-check) and, on a
 * worker thread, for the compare tables of lesson steps. Stage presets (bowl, calculator) are
 * "run" by their small models.
 */
#include "lossbowl.h"
#include "metricssnapshot.h"
#include "outputcalculator.h"
#include "presetstate.h"

#include "trainer.h"

class HeadlessRun {
public:
    /// Trains `epochs` epochs of the preset's workspace (0 = just measure the initial network).
    /// Throws std::exception when the engine refuses the preset.
    static MetricsSnapshot train(const PresetState &state, int epochs);
    /// Runs the loss bowl `steps` steps (0 = until converged or LossBowl::kMaxSteps).
    static MetricsSnapshot bowl(const PresetState &state, int steps);
    /// The calculator's values for the preset's label and outputs/logits.
    static MetricsSnapshot calculator(const PresetState &state);

    /// Everything a condition reads, from a trainer's current state.
    static MetricsSnapshot snapshot(engine::Trainer &trainer);
    /// The bowl.* variables of `bowl`.
    static void addBowl(const LossBowl &bowl, MetricsSnapshot &snapshot);
    /// The calc.* variables of `calculator`.
    static void addCalculator(const OutputCalculator &calculator, MetricsSnapshot &snapshot);
};
