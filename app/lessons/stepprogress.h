#pragma once
/**
 * @file stepprogress.h
 * StepProgress: what the student has done in one lesson step — the prediction they locked in
 * (R1), whether the step's action ran, whether the answer was revealed, and their checkpoint
 * answers — so the step can be shown again exactly as they left it (Back, a language switch,
 * a restart with saved progress).
 */
#include "studentanswer.h"

#include <QMap>
#include <QString>

#include <optional>

struct StepProgress {
    bool predicted = false;
    StudentAnswer prediction;
    /// A first prediction that was wrong, kept when the step has a hint: the hint is shown and
    /// the student answers once more (CURRICULUM §3.5, "hints after one wrong prediction").
    std::optional<StudentAnswer> firstGuess;
    bool actionStarted = false;
    bool actionDone = false;
    bool revealed = false;
    /// The run's result at the moment of the reveal, for "your prediction / the result".
    std::optional<double> liveResult;
    QMap<QString, StudentAnswer> checkpoints;  ///< by question id, once checked
};
