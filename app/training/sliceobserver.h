#pragma once
/**
 * @file sliceobserver.h
 * SliceObserver: ends one of the training worker's slices when its batch count or time budget
 * is used up, or when the thread is asked to quit, so a command never waits long for training.
 */
#include "trainer.h"

#include <QElapsedTimer>
#include <QThread>

class SliceObserver : public engine::TrainingObserver {
public:
    SliceObserver(int budgetMs, int maxBatches) : m_budgetMs(budgetMs), m_maxBatches(maxBatches) { m_clock.start(); }
    bool onBatchEnd(const engine::BatchReport &) override
    {
        ++m_batches;
        if (QThread::currentThread()->isInterruptionRequested())
            return false;
        return m_batches < m_maxBatches && m_clock.elapsed() < m_budgetMs;
    }
    int batches() const { return m_batches; }

private:
    QElapsedTimer m_clock;
    int m_budgetMs;
    int m_maxBatches;
    int m_batches = 0;
};
