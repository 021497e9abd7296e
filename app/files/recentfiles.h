#pragma once
/**
 * @file recentfiles.h
 * The workspaces opened or saved last (File ▸ Open Recent), newest first, kept in QSettings so
 * they survive a restart. At most kMax: a classroom PC's list should stay one short menu.
 */
#include <QStringList>

class RecentFiles {
public:
    static constexpr int kMax = 8;

    static QStringList list();
    /// Puts `path` first (once), dropping the oldest beyond kMax.
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();

private:
    static void store(const QStringList &paths);
};
