#pragma once

#include "trainingreport.h"

#include <QWidget>

#include <array>

class QLabel;

/**
 * P3 (指标表): a compact table of the three sets - samples, loss and accuracy - for the current
 * weights, the epoch the numbers belong to, and the generalisation gap (validation loss minus
 * training loss), the number the overfitting lessons watch grow.
 *
 * The test row shows only its sample count and a padlock until setShowTest(true): the lessons keep
 * the test set for the very end (looking at it while tuning would leak it into the choices).
 * Regression sets have no accuracy, shown as an em dash.
 */
class MetricsView : public QWidget
{
    Q_OBJECT

public:
    enum Row { Training, Validation, Test, RowCount };

    explicit MetricsView(QWidget *parent = nullptr);

public slots:
    void setData(const DataReport &data);
    void setReport(const TrainingReport &report);
    void setShowTest(bool show);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void updateLockIcon();

    std::array<QLabel *, RowCount> m_names{}, m_counts{}, m_losses{}, m_accuracies{};
    QLabel *m_samplesHeader = nullptr;
    QLabel *m_lossHeader = nullptr;
    QLabel *m_accuracyHeader = nullptr;
    QLabel *m_epochLabel = nullptr;
    QLabel *m_gapLabel = nullptr;
    QWidget *m_hiddenBox = nullptr; ///< padlock and "hidden", over the test row's loss and accuracy
    QLabel *m_lockIcon = nullptr;
    QLabel *m_hiddenText = nullptr;

    engine::EpochMetrics m_metrics;
    std::array<int, RowCount> m_splitSizes{};
    bool m_hasMetrics = false;
    bool m_regression = false;
    bool m_showTest = false;
    quint64 m_generation = 0;
    int m_epoch = 0;
    int m_batchInEpoch = 0;
    int m_batchesPerEpoch = 0;
};
