#pragma once
/**
 * @file livemetrics.h
 * LiveMetrics: keeps a MetricsSnapshot of the workspace's run up to date from the training
 * session's reports, so lesson goals and live answers read the same numbers the student sees
 * (CURRICULUM R10). The history restarts when the run does (a new report generation).
 */
#include "metricssnapshot.h"
#include "trainingreport.h"

class LiveMetrics {
public:
    void onData(const DataReport &data);
    void onReport(const TrainingReport &report);
    const MetricsSnapshot &snapshot() const { return m_snapshot; }
    MetricsSnapshot &snapshot() { return m_snapshot; }

private:
    void countConfusion(const TrainingReport &report);

    MetricsSnapshot m_snapshot;
    DataReport m_data;
    quint64 m_generation = 0;
};
