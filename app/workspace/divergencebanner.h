#pragma once
/**
 * @file divergencebanner.h
 * DivergenceBanner: a coloured strip, hidden until something went wrong with training.
 *
 * When a report says training diverged (NaN, exploding loss or weights), it explains in the
 * user's language what happened and why (the learning rate is probably too high), and offers the
 * one-click ways back: "Reset to the start" and "Lower the learning rate and reset" (÷10, an
 * undoable change). It hides itself when a report without divergence arrives (after the reset).
 * It also shows a dismissible note when the worker refuses a command
 * (TrainingSession::commandFailed), with the engine's English detail in small print; the note
 * that there is nothing to train on goes away by itself once the data has training points.
 */
#include "trainingworker.h"
#include "trainer.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;
class Workspace;
struct TrainingReport;

class DivergenceBanner : public QFrame {
    Q_OBJECT
public:
    explicit DivergenceBanner(Workspace *workspace, QWidget *parent = nullptr);

    /// The explanation shown (empty while hidden); for tests and screen readers.
    QString text() const;

public slots:
    void showReport(const TrainingReport &report);
    void showCommandFailed(WorkerError error, const QString &detail);
    /// Hides the banner until something new goes wrong.
    void dismiss();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    enum class Mode { Hidden, Divergence, Error };
    void retranslateUi();
    void setMode(Mode mode);
    void lowerLearningRateAndReset();

    Workspace *m_workspace;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_lower = nullptr;
    QToolButton *m_close = nullptr;
    Mode m_mode = Mode::Hidden;
    engine::Divergence m_divergence = engine::Divergence::None;
    WorkerError m_error = WorkerError::None;
    QString m_detail;
    quint64 m_dismissedGeneration = 0; ///< a dismissed divergence stays hidden for this run
    bool m_dismissed = false;
    quint64 m_generation = 0;
};
