#pragma once
/**
 * @file thresholdcontrol.h
 * ThresholdControl: the decision threshold of binary classification, a slider under the
 * confusion matrix (L8's free-mode challenge: "move the threshold so that FN ≤ 3").
 *
 * Why a setting of the run and not only of the view: accuracy, the confusion matrix, the
 * misclassified points and the challenge's checks are all measured by the worker, so the
 * threshold travels with the training settings (an undoable change, saved in workspace files).
 * It is shown only where it means something: one output and two classes.
 */
#include "controllocks.h"

#include "targets.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSlider;
class Workspace;
struct WorkspaceSpec;

class ThresholdControl : public QWidget {
    Q_OBJECT
public:
    explicit ThresholdControl(Workspace *workspace, QWidget *parent = nullptr);

    /// Lessons lock the slider except where a step (or free mode) unlocks `training.threshold`.
    void setControlEnabled(bool enabled);
    QSlider *slider() const { return m_slider; }

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Slider positions are hundredths of the threshold.
    static constexpr int kSteps = 100;
    static constexpr int kLimit = 95;

    void showSpec(const WorkspaceSpec &spec);
    void setEncoding(engine::TargetEncoding encoding);
    /// The slider's position as a threshold, and the text "output ≥ …" in the output's units.
    void showValue(int position);
    void commit(int position);
    void retranslateUi();

    Workspace *m_workspace;
    engine::TargetEncoding m_encoding = engine::TargetEncoding::PlusMinusOne;
    QLabel *m_caption = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_value = nullptr;
    QPushButton *m_reset = nullptr;
    ControlLocks m_locks;
};
