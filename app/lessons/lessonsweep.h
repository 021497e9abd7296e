#pragma once
/**
 * @file lessonsweep.h
 * LessonSweep: a lesson's hyperparameter sweep (FORMAT.md `sweep`, `evaluateTest`; L5). It
 * trains a step's sweep in the background, keeps the student's chosen cell (the best until
 * they pick another) and, as a separate action, measures the chosen cell on the test set
 * once. Conditions read the results as the runs "best" and "chosen".
 */
#include "lesson.h"
#include "metricssnapshot.h"

#include <QHash>
#include <QObject>

class SweepRunner;

class LessonSweep : public QObject {
    Q_OBJECT
public:
    explicit LessonSweep(QObject *parent = nullptr);

    /// Trains `sweep` from `state`; a sweep still running is cancelled and its results dropped.
    void start(const PresetState &state, const StepSweep &sweep);
    /// Drops every result (a new lesson).
    void reset();
    /// The runner of the latest sweep, or nullptr before the first.
    const SweepRunner *runner() const { return m_runner; }
    bool isRunning() const;
    /// The latest sweep finished every cell.
    bool hasResults() const;
    int chosenCell() const { return m_chosen; }
    /// The student picks a cell; refused once the test set was evaluated (the choice is final).
    void choose(int cell);
    bool testEvaluated() const { return m_tested; }
    /// Measures the chosen cell on the test set. Without results yet (a classroom that skipped
    /// the sweep step), first runs `sweep` from `state` and measures its best cell.
    void evaluateChosen(const PresetState &state, const StepSweep &sweep);
    /// "best" and "chosen" for conditions; removes them when there are no results.
    void addRuns(QHash<QString, MetricsSnapshot> &runs) const;

signals:
    /// New results, a new choice or the test numbers.
    void changed();
    /// The sweep finished (also when cancelled by a newer one: check hasResults()).
    void finished();
    /// The chosen cell was measured on the test set.
    void testDone();

private:
    void onFinished();
    void evaluateNow();

    SweepRunner *m_runner = nullptr;
    int m_chosen = -1;
    bool m_tested = false;
    bool m_evaluatePending = false;
};
