#include "lessonsession.h"

#include "headlessrun.h"
#include "lessonlocks.h"
#include "lessonstagehost.h"
#include "playgroundlink.h"
#include "workspacepage.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>
#include <QThreadPool>

#include <cmath>

namespace {

bool touchesWorkspace(const QJsonObject &set)
{
    for (auto it = set.begin(); it != set.end(); ++it)
        if (!it.key().startsWith(QLatin1String("bowl.")) && !it.key().startsWith(QLatin1String("calc."))
            && !it.key().startsWith(QLatin1String("view.")))
            return true;
    return false;
}

bool isWorkspaceStage(const QString &stage)
{
    return stage == QLatin1String("workspace") || stage == QLatin1String("code");
}

QString formatValue(double value)
{
    if (std::abs(value - std::round(value)) < 1e-9 && std::abs(value) < 1e9)
        return QString::number(static_cast<long long>(std::llround(value)));
    return QString::number(value, 'g', 3);
}

} // namespace

LessonSession::LessonSession(WorkspacePage *page, LessonStageHost *stages, QObject *parent)
    : QObject(parent), m_page(page), m_stages(stages)
{
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
    m_state = stateAt(m_index);
    m_freshStage = true;
    m_page->workspace().loadPreset(m_state.spec);
    applyStep();
}

PresetState LessonSession::stateAt(int index) const
{
    PresetState state = PresetState::defaults();
    state.apply(m_lesson.preset);
    for (int i = 0; i <= index && i < stepCount(); ++i) {
        if (m_lesson.steps[i].reset) {
            state = PresetState::defaults();
            state.apply(m_lesson.preset);
        }
        state.apply(m_lesson.steps[i].set);
        // Earlier steps count as done: the changes they asked for are made (opening a lesson
        // at a later step, --step).
        if (i < index)
            state.apply(m_lesson.steps[i].solution);
    }
    return state;
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
    if (s.reset || touchesWorkspace(s.set))
        m_page->workspace().loadPreset(m_state.spec);
    m_freshStage = s.reset || !s.set.isEmpty();
    applyStep();
}

void LessonSession::applyStep()
{
    m_runPending = false;
    ++m_compareTicket; // results of a compare started in another step are dropped
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
    ++m_compareTicket;
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
    if (touchesWorkspace(step().solution))
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
    return step().run.kind != LessonRun::Kind::None || !step().compare.isEmpty();
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
    if (!step().compare.isEmpty()) {
        startCompare();
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

void LessonSession::startCompare()
{
    const quint64 ticket = m_compareTicket;
    const LessonCompare compare = step().compare;
    const PresetState base = m_state;
    const bool stageOnly = step().stage == QLatin1String("outputCalculator");
    QPointer<LessonSession> self(this);
    // Headless training runs on a pool thread (the GUI thread never trains). Each result is
    // posted to the application object and applied there only if this session still exists
    // and is still on the same step.
    QThreadPool::globalInstance()->start([self, ticket, compare, base, stageOnly]() {
        for (int i = 0; i < compare.runs.size(); ++i) {
            PresetState variant = base;
            variant.apply(compare.runs[i].set);
            std::optional<MetricsSnapshot> result;
            try {
                result = stageOnly ? HeadlessRun::calculator(variant) : HeadlessRun::train(variant, compare.epochs);
            } catch (const std::exception &) {
                // The validator refuses presets the engine would; an empty row is all that is lost.
            }
            const bool last = i + 1 == compare.runs.size();
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, ticket, id = compare.runs[i].id, result, last]() {
                if (!self || ticket != self->m_compareTicket)
                    return;
                if (result)
                    self->m_compare.insert(id, *result);
                emit self->metricsChanged();
                if (last)
                    self->finishAction();
            }, Qt::QueuedConnection);
        }
    });
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

void LessonSession::finishRunIfDone()
{
    const TrainingSession &session = m_page->workspace().session();
    const TrainingReport &latest = session.latest();
    if (m_active && !m_free && isActionRunning() && !m_runPending && session.isCaughtUp() && step().compare.isEmpty()) {
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
    finishRunIfDone(); // a replayed update ends its step's run
    emit metricsChanged();
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
    const VariableLookup variables = lookup();
    for (const Expression &condition : step().expect) {
        const std::optional<bool> holds = condition.holds(variables);
        if (!holds || !*holds)
            return false;
    }
    return true;
}

bool LessonSession::canAdvance() const
{
    const StepProgress &p = progress();
    return (!step().hasPrediction || p.predicted) && (!hasAction() || p.actionDone) && goalsMet();
}

bool LessonSession::challengeMet() const
{
    if (m_lesson.challenge.isEmpty())
        return false;
    const VariableLookup variables = lookup();
    for (const Expression &condition : m_lesson.challenge) {
        const std::optional<bool> holds = condition.holds(variables);
        if (!holds || !*holds)
            return false;
    }
    return true;
}

QString LessonSession::expand(const QString &text) const
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z][A-Za-z0-9_.@]*)\\}"));
    const VariableLookup variables = lookup();
    QString result;
    int last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        const std::optional<double> value = variables(match.captured(1));
        result += value ? formatValue(*value) : QStringLiteral("—");
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}
