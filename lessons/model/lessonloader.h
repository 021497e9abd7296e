#pragma once
/**
 * @file lessonloader.h
 * LessonLoader: reads a lesson folder (from the resources, ":/lessons/<id>", or from disk) and
 * validates it against FORMAT.md: the JSON structure, presets the engine accepts at every step,
 * conditions that parse and read known variables, and texts that cover every id in both
 * languages. Errors name the file and the step; a broken lesson is reported, never thrown.
 */
#include "lesson.h"

#include <QString>
#include <QStringList>

struct LessonLoadResult {
    Lesson lesson;
    QStringList errors; ///< "<file>: <step id>: <message>", English (for lesson authors)
    bool ok() const { return errors.isEmpty(); }
};

class LessonLoader {
public:
    /// The languages every lesson must have.
    static const QStringList &languages();
    /// Stage ids ("workspace", "lossBowl"…).
    static const QStringList &stages();

    /// Loads and validates the lesson in `folder`.
    static LessonLoadResult load(const QString &folder);
};
