#pragma once
/**
 * @file lessonlocks.h
 * LessonLocks: applies a lesson step's "unlock" list (FORMAT.md control ids) to the workspace's
 * panels — every control is locked except those the step names (CURRICULUM R2, one knob per
 * step), and "*" unlocks everything (free mode). Lesson ids are preset keys; this class knows
 * which widget ids of which panel each one stands for.
 */
#include <QStringList>

class WorkspacePage;

class LessonLocks {
public:
    /// Locks every control of `page` except those in `unlocked`.
    static void apply(WorkspacePage &page, const QStringList &unlocked);
    /// Unlocks everything (free play).
    static void unlockAll(WorkspacePage &page) { apply(page, {QStringLiteral("*")}); }
};
