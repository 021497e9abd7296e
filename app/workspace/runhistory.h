#pragma once
/**
 * @file runhistory.h
 * RunHistory: every finished run of the workspace (issue #5), in the GUI thread. A run starts
 * when the workspace starts training from fresh weights (a preset or a file loaded, Reset, new
 * weights, a change that rebuilds the network) and ends when the next one starts; a run without
 * a finished epoch is not recorded. At the end, the session asks the worker for the whole state
 * before it hands it the command that starts over (TrainingSession::runEnding), so the record has
 * the exact final weights, trainer state and spec, and reopening it continues the run bit for bit.
 *
 * The newest runs are overlaid on the loss and accuracy charts: a run is shown when it ends, and
 * of the runs shown that way only the newest kAutoShown stay (the chart stays readable, and a
 * lesson's "earlier runs stay in the chart" holds across its steps); a run the student ticks
 * stays until unticked. Bounds: RunRecord::kMaxRuns runs and kMaxParameters weights; the oldest
 * runs go first.
 *
 * A lesson preset does not clear the history: the steps of L4 (learning rates), L6 (cures for
 * overfitting) and L10 (shallow vs deep) each load a preset and then compare the new run with
 * the ones before on the chart, and the history is the student's record, saved with the
 * workspace and exported as CSV. Only opening a file replaces it (with the file's).
 */
#include "runrecord.h"
#include "workspacestate.h"

#include <QColor>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <vector>

class TrainingSession;
struct TrainingReport;

class RunHistory : public QObject {
    Q_OBJECT
public:
    static constexpr int kAutoShown = 3;
    /// Capture tickets of the history, apart from those the document and others count from 1.
    static constexpr quint64 kTicketBase = quint64(1) << 62;

    explicit RunHistory(TrainingSession *session, QObject *parent = nullptr);

    /// The recorded runs, oldest first.
    const std::vector<RunRecord> &runs() const { return m_runs; }
    const RunRecord *run(int number) const;
    /// The number the run in progress gets when it is recorded.
    int currentNumber() const { return m_next; }
    /// The recorded run the one in progress was reopened from, or 0.
    int reopenedFrom() const { return m_reopened.number; }
    /// The runs shown on the charts, oldest first.
    QList<int> shownRuns() const;

    void setShown(int number, bool shown);
    void hideAll();
    void remove(int number);
    /// Replaces the history with a saved one (an opened file); a run ending meanwhile is not
    /// added to it.
    void restore(const std::vector<RunRecord> &runs, int next);
    /// Adds the history to a state about to be saved.
    void store(WorkspaceState &state) const;
    /// The run just loaded continues recorded run `run`: it is recorded again (as a new run)
    /// only if it trains on.
    void markReopened(const RunRecord &run);

    /// The colour of a run's curves (by number, so a run keeps its colour).
    static QColor color(int number);

signals:
    /// Runs were added, removed or replaced, or the number of the run in progress changed.
    void changed();
    /// A run was shown on or taken off the charts.
    void shownChanged();
    /// The student deleted a run (the workspace changed).
    void edited();

private:
    struct Origin {
        int number = 0;
        long long updates = -1;
    };
    struct Ending {
        QDateTime started;
        double seconds = 0.0;
        Origin origin;
    };
    void onRunEnding();
    void onStateCaptured(quint64 ticket, const WorkspaceState &state);
    void onReport(const TrainingReport &report);
    double elapsedSeconds() const;
    void add(RunRecord record);
    void trim();

    TrainingSession *m_session;
    std::vector<RunRecord> m_runs;
    int m_next = 1;
    QList<int> m_autoShown; ///< runs shown because they ended, oldest first
    quint64 m_lastTicket = kTicketBase;
    QHash<quint64, Ending> m_pending; ///< runs whose final state is on its way
    QDateTime m_started;              ///< start of the run in progress
    double m_seconds = 0.0;           ///< its training time before the clock's
    QElapsedTimer m_clock;            ///< runs while the run in progress trains
    Origin m_reopened;
};
