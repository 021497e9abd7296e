#include "exportwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

QString ExportWriter::problemWith(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    // QSaveFile writes a temporary file into the folder, so the folder itself must be writable.
    if (!folder.isWritable())
        return tr("The folder “%1” is read-only, or you may not write there. Choose another folder.")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    if (file.exists() && !file.isWritable())
        return tr("The file “%1” is read-only.").arg(file.fileName());
    return QString();
}

bool ExportWriter::write(const QString &path, const QByteArray &bytes, QString *error)
{
    if (const QString problem = problemWith(path); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("The file cannot be written: %1").arg(file.errorString());
        return false;
    }
    return true;
}
