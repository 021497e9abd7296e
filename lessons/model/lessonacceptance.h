#pragma once
/**
 * @file lessonacceptance.h
 * LessonAcceptance: runs a lesson's `acceptance` block (CURRICULUM §8.2) headless with the
 * shipped seeds and reports which conditions fail. Entries run in order, so a later entry can
 * compare with an earlier one ("val.loss < B.val.loss").
 */
#include "lesson.h"
#include "metricssnapshot.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct AcceptanceResult {
    QString id;
    QStringList failures; ///< "<condition> (left = x)" for each condition that does not hold
    MetricsSnapshot snapshot;
};

class LessonAcceptance {
public:
    /// Runs every entry; `seedOffset` is added to the data and init seeds (for seed searches).
    static QList<AcceptanceResult> run(const Lesson &lesson, int seedOffset = 0);
};
