#include "lessonsession.h"

#include "lessoncomparerunner.h"
#include "lessonlocks.h"
#include "lessonstagehost.h"
#include "lessonsweep.h"
#include "placeholdertext.h"
#include "playgroundlink.h"
#include "workspacepage.h"


LessonSession::LessonSession(WorkspacePage *page, LessonStageHost *stages, QObject *parent)
    : QObject(parent), m_page(page), m_stages(stages), m_sweep(new LessonSweep(this)),
      m_compareRunner(new LessonCompareRunner(this))
{
    connect(m_compareRunner, &LessonCompareRunner::resultReady, this,
            [this](const QString &id, const MetricsSnapshot &result) {
                m_compare.insert(id, result);
                emit metricsChanged();
            });
    connect(m_compareRunner, &LessonCompareRunner::finished, this, &LessonSession::finishAction);
    connect(m_sweep, &LessonSweep::changed, this, [this] {
        m_sweep->addRuns(m_compare);
        emit metricsChanged();
    });
    // The sweep (or test evaluation) ends the action of the step that started it, even when
    // the student has moved on meanwhile.
    auto finishSweepStep = [this] {
        if (m_sweepStep < 0 || m_sweepStep >= stepCount() || m_progress[m_sweepStep].actionDone)
            return;
        m_progress[m_sweepStep].actionDone = true;
        emit progressChanged();
    };
    connect(m_sweep, &LessonSweep::finished, this, [this, finishSweepStep] {
        if (m_sweepStep >= 0 && m_sweepStep < stepCount() && !m_lesson.steps[m_sweepStep].sweep.isEmpty())
            finishSweepStep();
    });
    connect(m_sweep, &LessonSweep::testDone, this, finishSweepStep);
    TrainingSession &session = page->workspace().session();
    connect(&session, &TrainingSession::dataChanged, this, [this](const DataReport &data) { m_live.onData(data); });
    connect(&session, &TrainingSession::reportReceived, this, [this](const TrainingReport &) { onReport(); });
}

void LessonSession::start(const Lesson &lesson, int step)
{
    m_lesson = lesson;
    m_active = true;
    m_free = false;
    m_bestScore.reset();
    m_progress = QVector<StepProgress>(stepCount());
    m_compare.clear();
    m_index = qBound(0, step, stepCount() - 1);
    m_sweep->reset();
    m_sweepStep = -1;
    m_state = stateAt(m_index);
    m_freshStage = true;
    m_page->workspace().loadPreset(m_state.spec);
    applyStep();
}

PresetState LessonSession::stateAt(int index) const
{
    return m_lesson.stateAt(index);
}

void LessonSession::goToStep(int index)
{
    if (!m_active || index < 0 || index >= stepCount())
        return;
    m_free = false;
    m_index = index;
    const LessonStep &s = step();
    // The student's own changes carry over; a step's `set` (or `reset`) is applied on top.
    if (s.reset) {
        m_state = stateAt(index);
    } else {
        m_state.spec = m_page->workspace().spec();
        m_state.apply(s.set);
    }
    if (s.reset || PresetState::touchesWorkspace(s.set))
        m_page->workspace().loadPreset(m_state.spec);
    m_freshStage = s.reset || !s.set.isEmpty();
    applyStep();
}

void LessonSession::applyStep()
{
    m_runPending = false;
    m_compareRunner->cancel(); // results of a compare started in another step are dropped
    const LessonStep &s = step();
    m_page->setShowTestData(m_state.showTest);
    m_page->setDiscretize(m_state.discretize);
    m_stages->showStage(s.stage, m_state, m_freshStage);
    m_freshStage = false;
    m_stages->setStageUnlocked(s.unlock);
    LessonLocks::apply(*m_page, s.unlock);
    m_live.onReport(m_page->workspace().session().latest());
    emit stepChanged();
    emit metricsChanged();
}

void LessonSession::enterFreeMode()
{
    if (!m_active)
        return;
    m_free = true;
    m_bestScore.reset();
    m_compareRunner->cancel();
    const QStringList unlock = m_lesson.freeUnlock.isEmpty() ? QStringList{QStringLiteral("*")} : m_lesson.freeUnlock;
    m_stages->showStage(m_lesson.stage, m_state, false);
    m_stages->setStageUnlocked(unlock);
    LessonLocks::apply(*m_page, unlock);
    emit stepChanged();
}

void LessonSession::restorePreset()
{
    PresetState state = PresetState::defaults();
    state.apply(m_lesson.preset);
    m_state = state;
    m_page->workspace().loadPreset(m_state.spec);
    m_page->setShowTestData(m_state.showTest);
    m_stages->showStage(m_free ? m_lesson.stage : step().stage, m_state, true);
    emit metricsChanged();
}

void LessonSession::applySolution()
{
    if (!m_active || m_free || step().solution.isEmpty())
        return;
    m_state.spec = m_page->workspace().spec();
    m_state.apply(step().solution);
    if (PresetState::touchesWorkspace(step().solution))
        m_page->workspace().loadPreset(m_state.spec);
    m_stages->showStage(step().stage, m_state, true);
    emit metricsChanged();
}

void LessonSession::submitPrediction(const StudentAnswer &answer)
{
    if (!m_active || progress().predicted)
        return;
    StepProgress &p = m_progress[m_index];
    if (!p.firstGuess && stepHasHint() && !answer.matches(step().prediction, lookup())) {
        p.firstGuess = answer;
        emit progressChanged();
        return;
    }
    p.predicted = true;
    p.prediction = answer;
    emit progressChanged();
}

bool LessonSession::stepHasHint() const
{
    return !m_lesson.text(QStringLiteral("en")).part(step().id, QStringLiteral("hint")).isEmpty();
}

bool LessonSession::hasAction() const
{
    return step().run.kind != LessonRun::Kind::None || !step().compare.isEmpty() || !step().sideBySide.isEmpty()
           || !step().sweep.isEmpty() || step().evaluateTest;
}

bool LessonSession::actionAvailable() const
{
    const StepProgress &p = progress();
    // A finished action may run again: a student who changed the knob after running needs a
    // new run to reach the step's goal.
    return hasAction() && (!step().hasPrediction || p.predicted) && !isActionRunning();
}

void LessonSession::runAction()
{
    if (!actionAvailable())
        return;
    StepProgress &p = m_progress[m_index];
    p.actionStarted = true;
    p.actionDone = false;
    const LessonRun &run = step().run;
    if (!step().sideBySide.isEmpty()) {
        m_stages->runSideBySide(step().sideBySide.epochs);
    } else if (!step().compare.isEmpty()) {
        m_compareRunner->start(m_state, step().compare, step().stage == QLatin1String("outputCalculator"));
    } else if (!step().sweep.isEmpty() || step().evaluateTest) {
        startSweepAction();
    } else if (run.kind == LessonRun::Kind::BowlSteps) {
        m_stages->runBowl(run.count);
        finishAction();
    } else {
        // The counts the run starts from must be the worker's current ones: a change the
        // student just made (a new network) may still be on its way.
        m_runPending = true;
        startPendingRun();
    }
    emit progressChanged();
}

void LessonSession::startPendingRun()
{
    TrainingSession &session = m_page->workspace().session();
    if (!m_runPending || !session.isCaughtUp())
        return;
    m_runPending = false;
    const LessonRun &run = step().run;
    const TrainingReport &latest = session.latest();
    if (run.kind == LessonRun::Kind::Batches) {
        m_runTarget = static_cast<int>(latest.updates) + run.count;
        // A slow-motion update is made and replayed by the stage; the action ends with the replay.
        if (run.slowMotion && m_stages->startUpdateReplay())
            return;
        for (int i = 0; i < run.count; ++i)
            session.stepBatch();
        return;
    }
    m_runTarget = run.kind == LessonRun::Kind::Epochs ? latest.epoch + run.count : run.count;
    if (latest.epoch >= m_runTarget) {
        finishAction();
        return;
    }
    session.setTraining(m_page->workspace().spec().training, m_runTarget);
    session.play();
}

void LessonSession::startSweepAction()
{
    m_sweepStep = m_index;
    if (!step().sweep.isEmpty()) {
        m_sweep->start(m_state, step().sweep);
        return;
    }
    // The sweep this evaluation belongs to: the latest sweep step up to here, from its state.
    for (int i = m_index; i >= 0; --i)
        if (!m_lesson.steps[i].sweep.isEmpty()) {
            m_sweep->evaluateChosen(stateAt(i), m_lesson.steps[i].sweep);
            return;
        }
}

void LessonSession::finishAction()
{
    StepProgress &p = m_progress[m_index];
    if (!p.actionStarted || p.actionDone)
        return;
    p.actionDone = true;
    emit progressChanged();
}

void LessonSession::onReport()
{
    const TrainingSession &session = m_page->workspace().session();
    const TrainingReport &latest = session.latest();
    m_live.onReport(latest);
    startPendingRun();
    finishRunIfDone();
    updateBestScore();
    emit metricsChanged();
}

void LessonSession::updateBestScore()
{
    if (!m_free || m_lesson.minimize.isEmpty() || !challengeMet())
        return;
    const std::optional<double> value = lookup()(m_lesson.minimize);
    if (value && std::isfinite(*value) && (!m_bestScore || *value < *m_bestScore))
        m_bestScore = value;
}

QString LessonSession::playgroundUrl(QString *reason) const
{
    return PlaygroundLink::url(m_page->workspace().spec(), m_page->showTestData(), m_page->discretize(), reason);
}

int LessonSession::sideBySideEpoch() const
{
    return m_stages->sideBySideEpoch();
}

void LessonSession::finishRunIfDone()
{
    if (m_active && !m_free && !step().sideBySide.isEmpty()) {
        // The models train on their own sessions: the workspace's reports say nothing here.
        if (isActionRunning() && !m_stages->isSideBySideRunning()
            && m_stages->sideBySideEpoch() >= step().sideBySide.epochs)
            finishAction();
        return;
    }
    const TrainingSession &session = m_page->workspace().session();
    const TrainingReport &latest = session.latest();
    if (m_active && !m_free && isActionRunning() && !m_runPending && session.isCaughtUp() && step().compare.isEmpty()
        && step().sweep.isEmpty() && !step().evaluateTest) {
        const LessonRun &run = step().run;
        const bool batches = run.kind == LessonRun::Kind::Batches;
        const bool reached = batches ? latest.updates >= m_runTarget && !m_stages->isReplaying()
                                     : latest.epoch >= m_runTarget;
        // A run that stops early (divergence) also ends the action: its result is the lesson.
        const bool stopped = !batches && !latest.running && latest.stopReason != engine::StopReason::None;
        if ((reached && !latest.running) || stopped)
            finishAction();
    }
}

void LessonSession::stageChanged()
{
    if (m_active && !m_free && !step().sideBySide.isEmpty())
        m_stages->addSideBySideRuns(m_compare);
    finishRunIfDone(); // a replayed update ends its step's run
    restartUndoneReplay();
    emit metricsChanged();
}

void LessonSession::restartUndoneReplay()
{
    // Reset pressed while an update was replayed in slow motion: the update is gone from the run,
    // so the step's action has not happened and the student can start it again.
    const TrainingSession &session = m_page->workspace().session();
    if (m_active && !m_free && step().run.slowMotion && isActionRunning() && !m_runPending
        && !m_stages->isReplaying() && session.isCaughtUp() && session.latest().updates < m_runTarget) {
        m_progress[m_index].actionStarted = false;
        emit progressChanged();
    }
}

bool LessonSession::canReveal() const
{
    const StepProgress &p = progress();
    return !p.revealed && (!step().hasPrediction || p.predicted) && (!hasAction() || p.actionDone);
}

void LessonSession::reveal()
{
    if (!canReveal())
        return;
    StepProgress &p = m_progress[m_index];
    p.revealed = true;
    if (step().hasPrediction && step().prediction.hasLiveAnswer())
        p.liveResult = step().prediction.live.evaluate(lookup());
    emit progressChanged();
}

bool LessonSession::submitCheckpoint(const QString &questionId, const StudentAnswer &answer)
{
    for (const LessonQuestion &q : step().checkpoints) {
        if (q.id != questionId)
            continue;
        m_progress[m_index].checkpoints.insert(questionId, answer);
        const bool right = answer.matches(q, lookup());
        emit progressChanged();
        emit checkpointAnswered(step().id + QLatin1Char('/') + questionId, right);
        return right;
    }
    return false;
}

VariableLookup LessonSession::lookup() const
{
    // Called on every report: only the stage's few values are copied. The live snapshot (with
    // its whole history) and the compare results are read in place, so the lookup is meant for
    // immediate use, not to be kept.
    MetricsSnapshot stage;
    m_stages->addStageVariables(stage);
    const MetricsSnapshot *live = &m_live.snapshot();
    const QHash<QString, MetricsSnapshot> *runs = &m_compare;
    return [values = stage.stage, live, runs](const QString &name) -> std::optional<double> {
        const auto found = values.find(name);
        if (found != values.end())
            return *found;
        return live->lookup(runs)(name);
    };
}

bool LessonSession::goalsMet() const
{
    return PlaceholderText::allHold(step().expect, lookup());
}

bool LessonSession::canAdvance() const
{
    const StepProgress &p = progress();
    return (!step().hasPrediction || p.predicted) && (!hasAction() || p.actionDone) && goalsMet();
}

bool LessonSession::challengeMet() const
{
    return !m_lesson.challenge.isEmpty() && PlaceholderText::allHold(m_lesson.challenge, lookup());
}

QString LessonSession::expand(const QString &text) const
{
    return PlaceholderText::expand(text, lookup());
}
