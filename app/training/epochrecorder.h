#pragma once
/**
 * @file epochrecorder.h
 * EpochRecorder: stores the weights after every finished epoch in the run's WeightTimeline (P12),
 * then passes each call on to the observer it wraps, which may still stop training. It records
 * in onEpochEnd, where the weights are the ones the epoch's metrics were measured at (early
 * stopping's "restore best" changes them only afterwards).
 */
#include "trainer.h"
#include "weighttimeline.h"

class EpochRecorder : public engine::TrainingObserver {
public:
    EpochRecorder(WeightTimeline &timeline, const engine::Network &network, engine::TrainingObserver *next = nullptr)
        : m_timeline(timeline), m_network(network), m_next(next)
    {
    }
    bool onBatchEnd(const engine::BatchReport &report) override { return m_next ? m_next->onBatchEnd(report) : true; }
    bool onEpochEnd(const engine::EpochMetrics &metrics) override
    {
        m_timeline.record(metrics, m_network);
        return m_next ? m_next->onEpochEnd(metrics) : true;
    }

private:
    WeightTimeline &m_timeline;
    const engine::Network &m_network;
    engine::TrainingObserver *m_next;
};
