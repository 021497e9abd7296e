#pragma once
/**
 * @file sweepdialog.h
 * SweepDialog: the hyperparameter sweep of free play (issue #5, 超参数搜索). The student picks
 * up to three hyperparameters and their values; every combination trains in the background,
 * from the workspace's current setup and seeds, with a progress bar and Cancel. The results
 * come as a table and, for two hyperparameters, a heat grid, with the lowest validation loss
 * starred. The test set stays locked: "Evaluate on test set" is a separate, confirmed action
 * for one chosen setting, recorded and allowed once per sweep. "Open in workspace" loads a
 * setting into the workspace, where training the same epochs gives the same numbers.
 */
#include "sweepgrid.h"

#include <QDialog>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class SweepHeatGrid;
class SweepRunner;
class SweepTable;
class Workspace;

class SweepDialog : public QDialog {
    Q_OBJECT
public:
    explicit SweepDialog(Workspace *workspace, QWidget *parent = nullptr);

    /// Sets axis `index` (0-2) to `key` (empty: unused) with values typed as `values`.
    void setAxis(int index, const QString &key, const QString &values);
    void setEpochs(int epochs);
    /// The grid the controls describe, or nothing with the reason shown in the message line.
    std::optional<SweepGrid> grid();
    /// Starts the sweep the controls describe; false when they are invalid (the message says why).
    bool startSweep();
    void cancelSweep();
    /// The chosen cell (the best until the student picks another), or -1.
    int chosenCell() const { return m_chosen; }
    void chooseCell(int cell);
    /// Asks to confirm, then measures the chosen cell on the test set (once per sweep).
    void requestTestEvaluation();
    /// Measures the chosen cell on the test set without asking; refuses a second time.
    void evaluateChosenOnTest();
    /// Loads the chosen cell's setup into the workspace (a new run with the same seeds).
    void openChosenInWorkspace();

    SweepRunner *runner() const { return m_runner; }
    SweepTable *table() const { return m_table; }
    SweepHeatGrid *heatGrid() const { return m_heat; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *evaluateButton() const { return m_evaluate; }
    QPushButton *openButton() const { return m_open; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *testLabel() const { return m_testResult; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void onCellFinished();
    void onFinished(bool cancelled);
    void showTestResult();
    QString cellName(int cell) const;

    Workspace *m_workspace;
    SweepRunner *m_runner;
    std::array<QComboBox *, SweepGrid::kMaxAxes> m_keys{};
    std::array<QLineEdit *, SweepGrid::kMaxAxes> m_values{};
    std::array<QLabel *, SweepGrid::kMaxAxes> m_axisLabels{};
    QLabel *m_intro = nullptr;
    QLabel *m_epochsLabel = nullptr;
    QSpinBox *m_epochs = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    SweepTable *m_table = nullptr;
    SweepHeatGrid *m_heat = nullptr;
    QPushButton *m_evaluate = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_testResult = nullptr;
    int m_chosen = -1;
    int m_testedCell = -1;      ///< the cell whose test numbers were measured in this sweep
    bool m_cancelled = false;
};
