#include "lessonsweep.h"

#include "sweeprunner.h"

LessonSweep::LessonSweep(QObject *parent) : QObject(parent)
{
}

void LessonSweep::start(const PresetState &state, const StepSweep &sweep)
{
    reset();
    m_runner = new SweepRunner(this);
    connect(m_runner, &SweepRunner::cellFinished, this, &LessonSweep::changed);
    connect(m_runner, &SweepRunner::finished, this, &LessonSweep::onFinished);
    m_runner->start(SweepGrid(state, sweep.axes, sweep.epochs));
    emit changed();
}

void LessonSweep::reset()
{
    if (!m_runner)
        return;
    // The old runner stops within a batch and goes away once its cells have reported: the GUI
    // thread does not wait for it.
    SweepRunner *old = m_runner;
    m_runner = nullptr;
    disconnect(old, nullptr, this, nullptr);
    old->cancel();
    if (old->isRunning())
        connect(old, &SweepRunner::finished, old, &QObject::deleteLater);
    else
        old->deleteLater();
    m_chosen = -1;
    m_tested = false;
    m_evaluatePending = false;
    emit changed();
}

bool LessonSweep::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

bool LessonSweep::hasResults() const
{
    return m_runner && !m_runner->isRunning() && m_runner->finishedCount() == m_runner->cellCount()
           && m_runner->bestCell() >= 0;
}

void LessonSweep::choose(int cell)
{
    if (!hasResults() || m_tested || cell < 0 || cell >= m_runner->cellCount() || cell == m_chosen)
        return;
    m_chosen = cell;
    emit changed();
}

void LessonSweep::onFinished()
{
    if (m_chosen < 0 && m_runner)
        m_chosen = m_runner->bestCell();
    emit changed();
    emit finished();
    if (m_evaluatePending) {
        m_evaluatePending = false;
        evaluateNow();
    }
}

void LessonSweep::evaluateChosen(const PresetState &state, const StepSweep &sweep)
{
    if (hasResults()) {
        evaluateNow();
        return;
    }
    if (!isRunning())
        start(state, sweep);
    m_evaluatePending = true;
}

void LessonSweep::evaluateNow()
{
    if (hasResults() && m_chosen >= 0) {
        m_runner->evaluateTest(m_chosen);
        m_tested = true;
        emit changed();
    }
    emit testDone();
}

void LessonSweep::addRuns(QHash<QString, MetricsSnapshot> &runs) const
{
    runs.remove(QStringLiteral("best"));
    runs.remove(QStringLiteral("chosen"));
    if (!hasResults())
        return;
    runs.insert(QStringLiteral("best"), m_runner->result(m_runner->bestCell())->metrics);
    if (m_chosen >= 0)
        runs.insert(QStringLiteral("chosen"), m_runner->result(m_chosen)->metrics);
}
