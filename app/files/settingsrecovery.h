#pragma once
/**
 * @file settingsrecovery.h
 * SettingsRecovery: checks the app's settings file before anything reads it. One QSettings file
 * holds the user's choices, the recent workspaces and every lesson's progress. When QSettings
 * cannot parse it (a disk filled up mid-write, a hand edit gone wrong) or a value the app reads
 * has the wrong type or is out of range, the file is renamed aside with a timestamp
 * (neural-lessons.conf.corrupt-20261123-184500) and the app starts with defaults. Without this,
 * Qt drops what it cannot parse at the next write, so the old file would be lost instead of kept
 * for a teacher to look at. main() runs the check once and the main window says so once.
 */
#include <QDateTime>
#include <QString>

class QSettings;

class SettingsRecovery {
public:
    /// Checks the default QSettings file; a corrupt one is renamed aside. Returns the path it was
    /// moved to, or an empty string when the file was fine, missing or could not be moved.
    static QString setAsideIfCorrupt(const QDateTime &now = QDateTime::currentDateTime());
    /// Whether `settings` failed to parse or holds a value the app cannot use.
    static bool isCorrupt(const QSettings &settings);
    /// Whether the settings file at `path` is corrupt, parsed afresh from a copy.
    static bool fileIsCorrupt(const QString &path);
};
