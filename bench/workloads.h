#pragma once
// The benchmark workloads, built exactly as the foundation issue defines them.
#include "trainer.h"

#include <memory>
#include <string>
#include <vector>

namespace bench {

struct Workload {
    std::string name;
    /// Builds a fresh trainer (same seeds every time).
    std::unique_ptr<engine::Trainer> (*make)();
    /// Epochs per timed repetition.
    int epochs;
    /// True when an epoch includes the loss over every sample (P, Deep), false for a pure
    /// training pass (D, M) as the reference loop measured them.
    bool epochIncludesEvaluation;
};

const std::vector<Workload> &workloads();

} // namespace bench
