#pragma once
/**
 * @file batchlogobserver.h
 * BatchLogObserver: records the training worker's batches for its reports. It keeps every
 * batch's report in a log when given one (the L11 console prints the losses as the script
 * would) and always the last one (a traced update's loss), then passes each call on to the
 * observer it wraps, which may still stop training.
 */
#include "trainer.h"

#include <vector>

class BatchLogObserver : public engine::TrainingObserver {
public:
    explicit BatchLogObserver(std::vector<engine::BatchReport> *log, engine::TrainingObserver *next = nullptr)
        : m_log(log), m_next(next)
    {
    }
    bool onBatchEnd(const engine::BatchReport &report) override
    {
        m_last = report;
        if (m_log)
            m_log->push_back(report);
        return m_next ? m_next->onBatchEnd(report) : true;
    }
    bool onEpochEnd(const engine::EpochMetrics &metrics) override
    {
        return m_next ? m_next->onEpochEnd(metrics) : true;
    }
    const engine::BatchReport &last() const { return m_last; }

private:
    std::vector<engine::BatchReport> *m_log;
    engine::TrainingObserver *m_next;
    engine::BatchReport m_last;
};
