#pragma once
/**
 * @file progressstore.h
 * ProgressStore: each student's lesson progress on this PC (QSettings, per OS user): the step
 * they were last on, the furthest step reached, the checkpoints answered right, and whether the
 * lesson was finished, so a
 * lesson resumes where it was left and the list shows progress. "Reset my progress" clears it.
 */
#include <QString>

class ProgressStore {
public:
    struct Entry {
        int lastStep = 0;
        int furthestStep = -1; ///< -1: never opened
        bool done = false;
        int checkpointsRight = 0; ///< checkpoint questions answered right at least once
    };

    Entry entry(const QString &lessonId) const;
    void visitStep(const QString &lessonId, int step);
    void markDone(const QString &lessonId);
    /// Remembers that checkpoint `questionKey` ("<step>/<question>") was answered right.
    void recordCheckpoint(const QString &lessonId, const QString &questionKey);
    void resetAll();
};
