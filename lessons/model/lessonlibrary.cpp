#include "lessonlibrary.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

void LessonLibrary::loadFolder(const QString &root)
{
    const QDir dir(root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(dir.filePath(name + QStringLiteral("/lesson.json"))))
            m_entries.append(LessonLoader::load(dir.filePath(name)));
    }
    sort();
}

const LessonLoadResult &LessonLibrary::add(const QString &folder)
{
    LessonLoadResult result = LessonLoader::load(folder);
    // A lesson opened again (or a disk copy of an embedded one) replaces the older entry.
    const QString id = result.lesson.id;
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                   [&](const LessonLoadResult &e) { return !id.isEmpty() && e.lesson.id == id; }),
                    m_entries.end());
    m_entries.append(result);
    sort();
    return *std::find_if(m_entries.begin(), m_entries.end(),
                         [&](const LessonLoadResult &e) { return e.lesson.sourcePath == folder; });
}

const Lesson *LessonLibrary::find(const QString &id) const
{
    for (const LessonLoadResult &entry : m_entries)
        if (entry.ok() && entry.lesson.id == id)
            return &entry.lesson;
    return nullptr;
}

const Lesson *LessonLibrary::byNumber(int number) const
{
    for (const LessonLoadResult &entry : m_entries)
        if (entry.ok() && entry.lesson.number == number)
            return &entry.lesson;
    return nullptr;
}

void LessonLibrary::sort()
{
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const LessonLoadResult &a, const LessonLoadResult &b) {
        return a.lesson.number < b.lesson.number;
    });
}
