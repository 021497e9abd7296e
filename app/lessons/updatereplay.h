#pragma once
/**
 * @file updatereplay.h
 * UpdateReplay: one training update in slow motion (CURRICULUM §5 L11 step 4). The worker does
 * the update and reports the weights before it, the gradient, the batch loss and the weights
 * after it (UpdateTrace); the replay then walks the five lines of the loop, one every
 * phaseInterval() ms on a QTimer: optimizer.zero_grad() → y_pred = model(inputs) → criterion →
 * loss.backward() → optimizer.step(). Each line lights up in the code panel in turn, and P6
 * shows the gradients cleared, then appearing after backward, while the weights change only at
 * step: until then the workspace holds the new report back (WorkspacePage::setReportsHeld).
 */
#include "trainingreport.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

class CodePanel;
class WorkspacePage;

class UpdateReplay : public QObject {
    Q_OBJECT
public:
    enum class Phase { Idle, Waiting, ZeroGrad, Forward, Criterion, Backward, Step };
    static constexpr int kDefaultPhaseMs = 800;

    UpdateReplay(WorkspacePage *page, CodePanel *code, QObject *parent = nullptr);

    /// Asks the worker for one traced update and replays it; the code panel gets `anchors`
    /// back at the end. Does nothing while a replay runs.
    void start(const QStringList &anchors);
    /// Ends a running replay at once: the latest report is shown, finished() is emitted.
    void stop();
    bool isRunning() const { return m_phase != Phase::Idle; }
    Phase phase() const { return m_phase; }
    /// The code-panel anchor of a phase ("zero_grad" … "step"); empty for Idle and Waiting.
    static QString anchor(Phase phase);
    int phaseInterval() const { return m_timer.interval(); }
    void setPhaseInterval(int ms) { m_timer.setInterval(ms); }

signals:
    void phaseChanged(UpdateReplay::Phase phase);
    /// The replay has ended (played out, stopped, or no update could be made).
    void finished();

private:
    void onReport(const TrainingReport &report);
    void advance();
    void showPhase();
    QString caption() const;

    WorkspacePage *m_page;
    CodePanel *m_code;
    QTimer m_timer;
    Phase m_phase = Phase::Idle;
    quint64 m_ticket = 0;
    QStringList m_anchors;
    UpdateTrace m_trace;
    engine::Network m_network;   ///< the reported network, for the shape P6 shows
};
