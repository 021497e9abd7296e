#include "progressstore.h"

#include <QSettings>

namespace {
QString key(const QString &lessonId, const char *field)
{
    return QStringLiteral("progress/%1/%2").arg(lessonId, QLatin1String(field));
}
} // namespace

ProgressStore::Entry ProgressStore::entry(const QString &lessonId) const
{
    QSettings settings;
    Entry e;
    e.lastStep = settings.value(key(lessonId, "lastStep"), 0).toInt();
    e.furthestStep = settings.value(key(lessonId, "furthestStep"), -1).toInt();
    e.done = settings.value(key(lessonId, "done"), false).toBool();
    e.checkpointsRight = static_cast<int>(settings.value(key(lessonId, "checkpoints")).toStringList().size());
    return e;
}

void ProgressStore::visitStep(const QString &lessonId, int step)
{
    QSettings settings;
    settings.setValue(key(lessonId, "lastStep"), step);
    if (step > settings.value(key(lessonId, "furthestStep"), -1).toInt())
        settings.setValue(key(lessonId, "furthestStep"), step);
}

void ProgressStore::markDone(const QString &lessonId)
{
    QSettings settings;
    settings.setValue(key(lessonId, "done"), true);
}

void ProgressStore::recordCheckpoint(const QString &lessonId, const QString &questionKey)
{
    QSettings settings;
    QStringList right = settings.value(key(lessonId, "checkpoints")).toStringList();
    if (right.contains(questionKey))
        return;
    right.append(questionKey);
    settings.setValue(key(lessonId, "checkpoints"), right);
}

void ProgressStore::resetAll()
{
    QSettings settings;
    settings.remove(QStringLiteral("progress"));
}
