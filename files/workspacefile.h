#pragma once
/**
 * @file workspacefile.h
 * WorkspaceFile: a workspace (.nlw) on disk, for the app and the command-line tool alike.
 * The file is JSON with a format name and version (docs/FILEFORMAT.md). Saving is atomic
 * (QSaveFile: a crash mid-write leaves the old file). Opening refuses anything it cannot use
 * (too large, not JSON, cut off, another format, a newer version, a field of the wrong type or
 * range, sizes that do not fit) with one message in the user's language, and returns nothing
 * else, so the caller changes nothing.
 */
#include "workspacestate.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class WorkspaceFile {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFile)
public:
    static constexpr const char *kFormat = "neural-lessons-workspace";
    /// 2 added the run history ("runs"); version 1 files (no history) still open.
    static constexpr int kVersion = 2;
    /// The largest file read: a workspace with 10,000 drawn points, the largest network and a
    /// full history is below 10 MB; anything far larger is not one.
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
    static constexpr const char *kSuffix = "nlw";

    static QByteArray toJson(const WorkspaceState &state);
    /// The state in `json`, or nothing and `*error` saying what is wrong.
    static std::optional<WorkspaceState> fromJson(const QByteArray &json, QString *error);

    static std::optional<WorkspaceState> load(const QString &path, QString *error);
    /// Writes atomically; false and `*error` when the file cannot be written.
    static bool save(const QString &path, const WorkspaceState &state, QString *error);

private:
    static QString parseErrorText(const QByteArray &json, int offset, int error);
};
