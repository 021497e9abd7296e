#pragma once
/**
 * @file learningsettings.h
 * LearningSettings: the rows of the hyperparameter panel that decide how the network learns:
 * learning rate, optimizer, loss, output layer and initial weights.
 *
 * The loss and the output layer constrain each other, so they live together: a loss that does
 * not suit the output layer is disabled with a tooltip saying why (engine::checkLossCompatibility
 * with spec.outputActivation()), and switching the output layer to one the current loss cannot
 * use sets the loss back to MSE in the same undo step, with a note.
 */
#include "settingsgroup.h"

#include <functional>

class LearningRateBox;
class QLabel;

class LearningSettings : public SettingsGroup {
    Q_OBJECT
public:
    LearningSettings(Workspace *workspace, QFormLayout *form, QWidget *owner);

    void retranslate() override;
    /// The note under the learning rate (a refused entry, an automatic change); empty when hidden.
    QString message() const;

protected:
    void showSpec(const WorkspaceSpec &spec) override;

private:
    void connectControls();
    void fillOutputItems(const WorkspaceSpec &spec);
    void updateLossItems(const WorkspaceSpec &spec);
    void chooseOutput(engine::Activation output);
    void showMessage(std::function<QString()> text);

    LearningRateBox *m_learningRate = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_optimizer = nullptr;
    QLabel *m_momentumLabel = nullptr;
    QLabel *m_momentum = nullptr;
    QComboBox *m_loss = nullptr;
    QComboBox *m_output = nullptr;
    QComboBox *m_initializer = nullptr;
    /// Builds the note's text, so a language change can rebuild it; empty when there is no note.
    std::function<QString()> m_messageText;
};
