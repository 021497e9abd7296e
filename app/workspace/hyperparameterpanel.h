#pragma once
/**
 * @file hyperparameterpanel.h
 * HyperparameterPanel: the training knobs of the workspace in one form. The upper rows
 * (LearningSettings) decide how the network learns: learning rate, optimizer, loss, output layer,
 * initial weights; the lower rows (StoppingSettings) fight overfitting or end training:
 * regularization, dropout, reshuffling, epoch limit, early stopping.
 *
 * Like every control it never talks to the trainer: each edit becomes one undoable
 * Workspace::change(), and the rows show Workspace::specChanged, so undo, lessons and other
 * panels keep them in sync. Values that cannot work are not passed on: spin boxes clamp, a
 * typed learning rate is checked, and an unsuitable loss is disabled with a reason.
 */
#include <QStringList>
#include <QWidget>

class LearningSettings;
class QLabel;
class StoppingSettings;
class Workspace;

class HyperparameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit HyperparameterPanel(Workspace *workspace, QWidget *parent = nullptr);

    /// The objectNames of the controls, for lesson locks: "learningRate", "optimizer", "loss",
    /// "outputActivation", "initializer", "regularization", "regularizationRate", "dropout",
    /// "reshuffle", "epochLimit", "patience", "restoreBest".
    static QStringList controlIds();
    /// Locks (or unlocks) one control; a locked control is disabled and its tooltip says so.
    void setControlEnabled(const QString &id, bool enabled);
    /// The note under the learning rate (a refused entry, an automatic change); empty when hidden.
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    LearningSettings *m_learning = nullptr;
    QLabel *m_stoppingHeading = nullptr;
    StoppingSettings *m_stopping = nullptr;
};
