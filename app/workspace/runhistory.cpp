#include "runhistory.h"

#include "trainingsession.h"

#include <algorithm>
#include <array>

RunHistory::RunHistory(TrainingSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_started(QDateTime::currentDateTimeUtc())
{
    connect(session, &TrainingSession::runEnding, this, &RunHistory::onRunEnding);
    connect(session, &TrainingSession::stateCaptured, this, &RunHistory::onStateCaptured);
    connect(session, &TrainingSession::reportReceived, this, &RunHistory::onReport);
}

const RunRecord *RunHistory::run(int number) const
{
    const auto found = std::find_if(m_runs.begin(), m_runs.end(), [number](const RunRecord &r) { return r.number == number; });
    return found != m_runs.end() ? &*found : nullptr;
}

QList<int> RunHistory::shownRuns() const
{
    QList<int> shown;
    for (const RunRecord &r : m_runs)
        if (r.shown)
            shown.append(r.number);
    return shown;
}

QColor RunHistory::color(int number)
{
    // Away from the current run's blue, orange and purple and the marks' green and red, and
    // distinct from each other on a light and a dark background.
    static const std::array<QColor, 6> palette{QColor(0x17, 0xA2, 0xB8), QColor(0x8C, 0x56, 0x4B),
                                               QColor(0xE3, 0x77, 0xC2), QColor(0xA0, 0xA0, 0x1E),
                                               QColor(0x7F, 0x7F, 0x7F), QColor(0xB8, 0x86, 0x0B)};
    return palette[static_cast<std::size_t>(std::max(number - 1, 0)) % palette.size()];
}

void RunHistory::setShown(int number, bool shown)
{
    auto found = std::find_if(m_runs.begin(), m_runs.end(), [number](const RunRecord &r) { return r.number == number; });
    if (found == m_runs.end())
        return;
    // A tick or an untick by hand is the student's choice: new runs no longer push it out.
    m_autoShown.removeAll(number);
    if (found->shown == shown)
        return;
    found->shown = shown;
    emit shownChanged();
}

void RunHistory::hideAll()
{
    m_autoShown.clear();
    bool any = false;
    for (RunRecord &r : m_runs) {
        any = any || r.shown;
        r.shown = false;
    }
    if (any)
        emit shownChanged();
}

void RunHistory::remove(int number)
{
    const auto found = std::find_if(m_runs.begin(), m_runs.end(), [number](const RunRecord &r) { return r.number == number; });
    if (found == m_runs.end())
        return;
    const bool wasShown = found->shown;
    m_runs.erase(found);
    m_autoShown.removeAll(number);
    emit changed();
    if (wasShown)
        emit shownChanged();
    emit edited();
}

void RunHistory::restore(const std::vector<RunRecord> &runs, int next)
{
    m_pending.clear(); // the run that ended belongs to the workspace that was replaced
    m_runs = runs;
    m_next = std::max(next, 1);
    m_autoShown = shownRuns();
    m_reopened = Origin();
    emit changed();
    emit shownChanged();
}

void RunHistory::store(WorkspaceState &state) const
{
    state.runs = m_runs;
    state.nextRun = m_next;
}

void RunHistory::markReopened(const RunRecord &run)
{
    m_reopened = {run.number, run.trainer.updates};
    m_seconds = run.seconds;
    m_started = run.started;
    emit changed();
}

double RunHistory::elapsedSeconds() const
{
    return m_seconds + (m_clock.isValid() ? m_clock.nsecsElapsed() * 1e-9 : 0.0);
}

void RunHistory::onRunEnding()
{
    // The capture goes out before the command that starts over, so it finds the run that ends.
    const quint64 ticket = ++m_lastTicket;
    m_pending.insert(ticket, {m_started, elapsedSeconds(), m_reopened});
    m_session->captureState(ticket);
    m_clock.invalidate();
    m_seconds = 0.0;
    m_started = QDateTime::currentDateTimeUtc();
    m_reopened = Origin();
}

void RunHistory::onStateCaptured(quint64 ticket, const WorkspaceState &state)
{
    const auto found = m_pending.constFind(ticket);
    if (found == m_pending.constEnd())
        return;
    const Ending ending = *found;
    m_pending.erase(found);
    const bool untouchedReopen = ending.origin.number > 0 && state.trainer.updates == ending.origin.updates;
    if (state.trainer.epoch < 1 || state.trainer.history.empty() || untouchedReopen)
        return;
    add(RunRecord::fromState(state, m_next++, ending.started, ending.seconds));
}

void RunHistory::onReport(const TrainingReport &report)
{
    // Wall time while playing; single steps take milliseconds and are left out.
    if (report.running && !m_clock.isValid()) {
        m_clock.start();
    } else if (!report.running && m_clock.isValid()) {
        m_seconds = elapsedSeconds();
        m_clock.invalidate();
    }
}

void RunHistory::add(RunRecord record)
{
    record.shown = true;
    m_autoShown.append(record.number);
    m_runs.push_back(std::move(record));
    while (m_autoShown.size() > kAutoShown) {
        const int oldest = m_autoShown.takeFirst();
        for (RunRecord &r : m_runs)
            if (r.number == oldest)
                r.shown = false;
    }
    trim();
    emit changed();
    emit shownChanged();
}

void RunHistory::trim()
{
    long long parameters = 0;
    for (const RunRecord &r : m_runs)
        parameters += r.network.parameterCount();
    while (m_runs.size() > 1
           && (static_cast<int>(m_runs.size()) > RunRecord::kMaxRuns || parameters > RunRecord::kMaxParameters)) {
        parameters -= m_runs.front().network.parameterCount();
        m_autoShown.removeAll(m_runs.front().number);
        m_runs.erase(m_runs.begin());
    }
}
