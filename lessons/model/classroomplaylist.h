#pragma once
/**
 * @file classroomplaylist.h
 * ClassroomPlaylist: the 40-minute Module 6 lesson plan of CURRICULUM §4.2 as data
 * (lessons/playlist/): blocks with their planned minutes and lessons, titles and notes in both
 * languages. The steps of each lesson are the ones marked `classroom` (★) in its lesson.json.
 */
#include "lessonlibrary.h"
#include "lessontext.h"

#include <QList>
#include <QMap>
#include <QString>

struct PlaylistBlock {
    QString id;
    int minutes = 0;        ///< planned time; 0 for homework
    QList<int> lessons;     ///< lesson numbers in order
};

class ClassroomPlaylist {
public:
    /// Loads the embedded playlist; `errors` lists what is wrong (English, for authors).
    static ClassroomPlaylist load(QStringList *errors = nullptr);

    const QList<PlaylistBlock> &blocks() const { return m_blocks; }
    QString title(const QString &blockId, const QString &language) const;
    QString note(const QString &blockId, const QString &language) const;
    /// Planned minutes of all blocks.
    int totalMinutes() const;
    /// The ★ steps (0-based) of a lesson.
    static QList<int> classroomSteps(const Lesson &lesson);

private:
    const LessonText &text(const QString &language) const;

    QList<PlaylistBlock> m_blocks;
    QMap<QString, LessonText> m_texts;
};
