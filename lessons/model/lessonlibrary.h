#pragma once
/**
 * @file lessonlibrary.h
 * LessonLibrary: the lessons compiled into the app (":/lessons/<NN-slug>") plus any folders a
 * teacher opened from disk, loaded and validated once, sorted by lesson number. Broken lessons
 * stay in the list with their errors so the UI can show them instead of crashing.
 */
#include "lessonloader.h"

#include <QList>
#include <QString>

class LessonLibrary {
public:
    /// The root of the embedded lessons.
    static QString embeddedRoot() { return QStringLiteral(":/lessons"); }

    /// Loads every lesson folder under `root` (folders holding a lesson.json).
    void loadFolder(const QString &root);
    /// Loads one lesson folder (e.g. opened from disk); returns its result.
    const LessonLoadResult &add(const QString &folder);

    const QList<LessonLoadResult> &entries() const { return m_entries; }
    /// The valid lesson with this id, or nullptr.
    const Lesson *find(const QString &id) const;
    /// The valid lesson with this number, or nullptr.
    const Lesson *byNumber(int number) const;

private:
    void sort();
    QList<LessonLoadResult> m_entries;
};
