#pragma once
/**
 * @file exportwriter.h
 * ExportWriter: writes an exported file (image, drawing, CSV) in one piece, and says in the
 * user's language why it could not. QSaveFile writes beside the target and renames at the end,
 * so a failed export leaves an existing file as it was; the views keep everything they show, so
 * the user can simply export again elsewhere.
 */
#include <QCoreApplication>
#include <QString>

class QByteArray;

class ExportWriter {
    Q_DECLARE_TR_FUNCTIONS(ExportWriter)
public:
    /// Writes `bytes` to `path`; false with a translated `error` (a read-only or missing folder
    /// is named as such, anything else carries the system's reason).
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    /// Why `path` cannot be written, checked before the work of an export; empty when it can.
    static QString problemWith(const QString &path);
};
