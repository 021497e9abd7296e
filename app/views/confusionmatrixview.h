#pragma once

#include "trainingreport.h"

#include <QList>
#include <QWidget>

class ConfusionGrid;
class QComboBox;
class QLabel;

/**
 * P4 (混淆矩阵): the confusion matrix of a chosen set (training, validation, or test once it is
 * shown), built from the data set's classes and the report's prediction for every sample; 2x2 with
 * TP/FN/FP/TN for binary sets, k x k for multi-class ones (digits: 10 x 10). Below it:
 * accuracy = correct / total.
 *
 * Clicking a cell selects it and emits cellClicked() with the sample indices in that cell (so P1
 * can highlight exactly those points: "which ones are the false positives?"); clicking it again
 * clears the selection and emits an empty list. While training runs the cell's samples change:
 * selectedSamplesChanged() follows them, at most once per report and only on a change.
 */
class ConfusionMatrixView : public QWidget
{
    Q_OBJECT

public:
    enum SplitChoice { Training, Validation, Test };

    explicit ConfusionMatrixView(QWidget *parent = nullptr);

    SplitChoice currentSplit() const;
    void setCurrentSplit(SplitChoice split);
    /// Dataset indices of the samples in a cell of the current matrix.
    QList<int> cellSamples(int actual, int predicted) const;
    QList<int> selectedSamples() const { return m_selectedSamples; }
    ConfusionGrid *grid() const { return m_grid; }

public slots:
    void setData(const DataReport &data);
    void setReport(const TrainingReport &report);
    void setShowTest(bool show);
    void clearSelection();

signals:
    void cellClicked(const QList<int> &sampleIndices);
    void selectedSamplesChanged(const QList<int> &sampleIndices);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillSplitBox();
    void recompute();
    void onCellClicked(int actual, int predicted);
    void setSelection(int actual, int predicted);

    QComboBox *m_splitBox = nullptr;
    ConfusionGrid *m_grid = nullptr;
    QLabel *m_accuracyLabel = nullptr;

    DataReport m_data;
    bool m_hasData = false;
    std::vector<int> m_predictions;
    quint64 m_predictionGeneration = 0;
    bool m_showTest = false;
    QList<QList<int>> m_cells; ///< sample indices per cell, [actual * k + predicted]
    int m_selectedActual = -1;
    int m_selectedPredicted = -1;
    QList<int> m_selectedSamples;
};
