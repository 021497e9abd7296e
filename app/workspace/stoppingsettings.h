#pragma once
/**
 * @file stoppingsettings.h
 * StoppingSettings: the rows of the hyperparameter panel that fight overfitting or end training:
 * regularization and its rate (Playground's list), dropout, reshuffling, the epoch limit and
 * early stopping. Spin boxes clamp to their ranges and commit on Enter, focus loss or an arrow
 * click, so one edit is one undo step.
 */
#include "settingsgroup.h"

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

class StoppingSettings : public SettingsGroup {
    Q_OBJECT
public:
    StoppingSettings(Workspace *workspace, QFormLayout *form, QWidget *owner);

    void retranslate() override;

protected:
    void showSpec(const WorkspaceSpec &spec) override;

private:
    void connectControls();

    QComboBox *m_regularization = nullptr;
    QComboBox *m_regularizationRate = nullptr;
    QDoubleSpinBox *m_dropout = nullptr;
    QCheckBox *m_reshuffle = nullptr;
    QSpinBox *m_epochLimit = nullptr;
    QSpinBox *m_patience = nullptr;
    QCheckBox *m_restoreBest = nullptr;
};
