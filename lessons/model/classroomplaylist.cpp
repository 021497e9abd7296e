#include "classroomplaylist.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

ClassroomPlaylist ClassroomPlaylist::load(QStringList *errors)
{
    ClassroomPlaylist playlist;
    const QJsonObject root = QJsonDocument::fromJson(read(QStringLiteral(":/lessons/playlist/playlist.json"))).object();
    for (const QJsonValue &value : root.value(QStringLiteral("blocks")).toArray()) {
        const QJsonObject o = value.toObject();
        PlaylistBlock block;
        block.id = o.value(QStringLiteral("id")).toString();
        block.minutes = o.value(QStringLiteral("minutes")).toInt();
        for (const QJsonValue &lesson : o.value(QStringLiteral("lessons")).toArray())
            block.lessons.append(lesson.toInt());
        playlist.m_blocks.append(block);
    }
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const LessonText text =
            LessonText::parse(QString::fromUtf8(read(QStringLiteral(":/lessons/playlist/%1.md").arg(language))), errors);
        for (const PlaylistBlock &block : playlist.m_blocks)
            if (errors && text.part(block.id, QStringLiteral("title")).isEmpty())
                errors->append(QStringLiteral("%1.md: no title for block '%2'").arg(language, block.id));
        playlist.m_texts.insert(language, text);
    }
    if (errors && playlist.m_blocks.isEmpty())
        errors->append(QStringLiteral("playlist.json: no blocks"));
    return playlist;
}

const LessonText &ClassroomPlaylist::text(const QString &language) const
{
    static const LessonText empty;
    auto found = m_texts.find(language);
    if (found == m_texts.end())
        found = m_texts.find(QStringLiteral("en"));
    return found != m_texts.end() ? *found : empty;
}

QString ClassroomPlaylist::title(const QString &blockId, const QString &language) const
{
    return text(language).part(blockId, QStringLiteral("title"));
}

QString ClassroomPlaylist::note(const QString &blockId, const QString &language) const
{
    return text(language).part(blockId, QStringLiteral("note"));
}

int ClassroomPlaylist::totalMinutes() const
{
    int total = 0;
    for (const PlaylistBlock &block : m_blocks)
        total += block.minutes;
    return total;
}

QList<int> ClassroomPlaylist::classroomSteps(const Lesson &lesson)
{
    QList<int> steps;
    for (int i = 0; i < lesson.steps.size(); ++i)
        if (lesson.steps[i].classroom)
            steps.append(i);
    return steps;
}
