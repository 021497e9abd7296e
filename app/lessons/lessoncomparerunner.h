#pragma once
/**
 * @file lessoncomparerunner.h
 * LessonCompareRunner: trains a step's `compare` variants headless on a pool thread (the GUI
 * thread never trains) and hands the results back one by one in the GUI thread (L1 "compare
 * three settings", L9 activations, L12 batch sizes). Results of a comparison that was cancelled,
 * because the student moved to another step, are dropped.
 */
#include "lesson.h"
#include "metricssnapshot.h"
#include "presetstate.h"

#include <QObject>

class LessonCompareRunner : public QObject {
    Q_OBJECT
public:
    explicit LessonCompareRunner(QObject *parent = nullptr);

    /// Trains every run of `compare` from `base`, in order; `stageOnly` measures the output
    /// calculator instead of training (L2). Cancels a comparison still on its way.
    void start(const PresetState &base, const LessonCompare &compare, bool stageOnly);
    /// Drops the results of the comparison on its way.
    void cancel() { ++m_ticket; }

signals:
    void resultReady(const QString &runId, const MetricsSnapshot &result);
    /// Every run is done (a run the engine refused has no result, and that is all it loses).
    void finished();

private:
    quint64 m_ticket = 0;
};
