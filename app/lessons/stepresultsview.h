#pragma once
/**
 * @file stepresultsview.h
 * StepResultsView: the results area of a lesson step that trains several runs — the compare
 * table of a `compare` step, or the sweep table of a `sweep` / `evaluateTest` step, whose
 * clicked cell chooses the model the lesson goes on with. Kept apart from StepPanel so the
 * panel only lays out the step's anatomy; the panel refreshes it on every metrics change.
 */
#include <QWidget>

class CompareTable;
class LessonSession;
class LessonText;
class SweepTable;
struct LessonStep;

class StepResultsView : public QWidget {
    Q_OBJECT
public:
    StepResultsView(LessonSession *session, const LessonStep &step, const LessonText &text, QWidget *parent = nullptr);

    /// True when `step` has results to show here.
    static bool isNeeded(const LessonStep &step);
    /// Shows the session's latest compare results or sweep cells.
    void refresh();
    /// True while the step's sweep is training.
    bool isSweeping() const;

private:
    LessonSession *m_session;
    CompareTable *m_compare = nullptr;
    SweepTable *m_sweepTable = nullptr; ///< steps with `sweep` or `evaluateTest`
};
