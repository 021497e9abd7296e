#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString RecentKey = QStringLiteral("files/recent");
}

QStringList RecentFiles::list()
{
    QStringList paths = QSettings().value(RecentKey).toStringList();
    // The settings file is the user's to edit: whatever it holds, the menu stays short.
    paths.removeAll(QString());
    paths.removeDuplicates();
    return paths.mid(0, kMax);
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    store(paths.mid(0, kMax));
}

void RecentFiles::remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(path);
    store(paths);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &paths)
{
    QSettings().setValue(RecentKey, paths);
}
