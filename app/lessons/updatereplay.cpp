#include "updatereplay.h"

#include "codepanel.h"
#include "parameterinspector.h"
#include "workspacepage.h"

UpdateReplay::UpdateReplay(WorkspacePage *page, CodePanel *code, QObject *parent)
    : QObject(parent), m_page(page), m_code(code)
{
    m_timer.setInterval(kDefaultPhaseMs);
    connect(&m_timer, &QTimer::timeout, this, &UpdateReplay::advance);
    connect(&page->workspace().session(), &TrainingSession::reportReceived, this, &UpdateReplay::onReport);
}

QString UpdateReplay::anchor(Phase phase)
{
    switch (phase) {
    case Phase::ZeroGrad:
        return QStringLiteral("zero_grad");
    case Phase::Forward:
        return QStringLiteral("forward");
    case Phase::Criterion:
        return QStringLiteral("criterion");
    case Phase::Backward:
        return QStringLiteral("backward");
    case Phase::Step:
        return QStringLiteral("step");
    case Phase::Idle:
    case Phase::Waiting:
        break;
    }
    return {};
}

void UpdateReplay::start(const QStringList &anchors)
{
    if (isRunning())
        return;
    m_anchors = anchors;
    m_phase = Phase::Waiting;
    // The views keep the weights before the update until the replay reaches optimizer.step().
    m_page->setReportsHeld(true);
    m_ticket = m_page->workspace().session().stepBatchTraced();
    emit phaseChanged(m_phase);
}

void UpdateReplay::onReport(const TrainingReport &report)
{
    if (m_phase != Phase::Waiting)
        return;
    if (report.update.ticket == m_ticket) {
        m_trace = report.update;
        m_network = report.network;
        m_phase = Phase::ZeroGrad;
        showPhase();
        m_timer.start();
    } else if (m_page->workspace().session().isCaughtUp()) {
        stop(); // the worker handled the step without updating (no training data, diverged)
    }
}

void UpdateReplay::advance()
{
    if (m_phase == Phase::Step) {
        stop();
        return;
    }
    m_phase = static_cast<Phase>(static_cast<int>(m_phase) + 1);
    showPhase();
}

void UpdateReplay::showPhase()
{
    ParameterInspector *inspector = m_page->parameterInspector();
    const bool stepped = m_phase == Phase::Step;
    const bool backwardDone = m_phase >= Phase::Backward;
    engine::Network shown = m_network;
    shown.parameters() = stepped ? m_trace.after : m_trace.before;
    // zero_grad() clears the gradients: zeros until loss.backward() fills them in.
    const engine::Vector<float> gradient =
        backwardDone ? m_trace.gradient : engine::Vector<float>::Zero(m_trace.gradient.size());
    inspector->showParameters(shown, gradient);
    inspector->setCaption(caption());
    m_code->highlight({anchor(m_phase)});
    if (stepped)
        m_page->setReportsHeld(false); // every view now shows the new weights
    emit phaseChanged(m_phase);
}

void UpdateReplay::stop()
{
    if (!isRunning())
        return;
    m_timer.stop();
    m_phase = Phase::Idle;
    m_page->setReportsHeld(false);
    m_page->parameterInspector()->setCaption(QString());
    m_code->highlight(m_anchors);
    emit phaseChanged(m_phase);
    emit finished();
}

QString UpdateReplay::caption() const
{
    switch (m_phase) {
    case Phase::ZeroGrad:
        return tr("optimizer.zero_grad(): the gradients of the previous step are cleared.");
    case Phase::Forward:
        return tr("y_pred = model(inputs): the current weights make a prediction for one sample.");
    case Phase::Criterion:
        return tr("loss = criterion(…): the loss of this sample is %1.").arg(m_trace.batchLoss, 0, 'f', 4);
    case Phase::Backward:
        return tr("loss.backward(): every parameter now has a gradient. The weights have not changed.");
    case Phase::Step:
        return tr("optimizer.step(): every parameter moves: new w = old w − LR × gradient.");
    case Phase::Idle:
    case Phase::Waiting:
        break;
    }
    return {};
}
