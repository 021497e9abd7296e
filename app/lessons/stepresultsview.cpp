// StepResultsView: a step's compare or sweep results; see stepresultsview.h.
#include "stepresultsview.h"

#include "comparetable.h"
#include "lessonsession.h"
#include "lessonsweep.h"
#include "sweeprunner.h"
#include "sweeptable.h"

#include <QVBoxLayout>

StepResultsView::StepResultsView(LessonSession *session, const LessonStep &step, const LessonText &text,
                                 QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!step.compare.isEmpty()) {
        m_compare = new CompareTable(step.compare, text.labels(step.id, QStringLiteral("runs")));
        layout->addWidget(m_compare);
    }
    if (!step.sweep.isEmpty() || step.evaluateTest) {
        m_sweepTable = new SweepTable(SweepTable::Layout::CellColumns);
        m_sweepTable->setMinimumHeight(m_sweepTable->fontMetrics().height() * 8);
        connect(m_sweepTable, &SweepTable::cellSelected, m_session->sweep(), &LessonSweep::choose);
        layout->addWidget(m_sweepTable);
    }
}

bool StepResultsView::isNeeded(const LessonStep &step)
{
    return !step.compare.isEmpty() || !step.sweep.isEmpty() || step.evaluateTest;
}

void StepResultsView::refresh()
{
    if (m_compare)
        m_compare->setResults(m_session->compareResults());
    const SweepRunner *sweep = m_session->sweep()->runner();
    if (m_sweepTable && sweep) {
        if (m_sweepTable->runner() != sweep)
            m_sweepTable->setRunner(sweep);
        m_sweepTable->refresh();
        const QSignalBlocker blocker(m_sweepTable);
        m_sweepTable->selectCell(m_session->sweep()->chosenCell());
    }
}

bool StepResultsView::isSweeping() const
{
    const SweepRunner *sweep = m_session->sweep()->runner();
    return m_sweepTable && sweep && sweep->isRunning();
}
