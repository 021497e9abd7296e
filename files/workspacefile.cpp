#include "workspacefile.h"

#include "workspacereader.h"
#include "workspacewriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cctype>

namespace {
bool isTokenChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '+' || c == '-';
}

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}
} // namespace

QByteArray WorkspaceFile::toJson(const WorkspaceState &state)
{
    // Compact: a full history is thousands of entries, which indentation would triple.
    return QJsonDocument(WorkspaceWriter::toJson(state)).toJson(QJsonDocument::Compact);
}

std::optional<WorkspaceState> WorkspaceFile::fromJson(const QByteArray &json, QString *error)
{
    if (json.size() > kMaxBytes) {
        *error = tr("The file is %1 MB; a workspace file is at most %2 MB.").arg(megabytes(json.size()), megabytes(kMaxBytes));
        return std::nullopt;
    }
    if (json.trimmed().isEmpty()) {
        *error = tr("The file is empty.");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseErrorText(json, parseError.offset, parseError.error);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        *error = tr("This is not a Neural Lessons workspace file (its “format” is not “%1”).").arg(QLatin1String(kFormat));
        return std::nullopt;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != static_cast<double>(version.toInt()) || version.toInt() < 1) {
        *error = tr("The file's format version is missing or not a whole number from 1 up.");
        return std::nullopt;
    }
    if (version.toInt() > kVersion) {
        *error = tr("The file was saved by a newer Neural Lessons (format version %1); this version reads "
                    "format version %2. Please update Neural Lessons to open it.")
                     .arg(version.toInt())
                     .arg(kVersion);
        return std::nullopt;
    }
    try {
        return WorkspaceReader::read(root);
    } catch (const FileProblem &problem) {
        *error = problem.message;
    }
    return std::nullopt;
}

QString WorkspaceFile::parseErrorText(const QByteArray &json, int offset, int error)
{
    offset = std::clamp(offset, 0, static_cast<int>(json.size()));
    const int line = static_cast<int>(json.left(offset).count('\n')) + 1;
    const int column = offset - static_cast<int>(json.left(offset).lastIndexOf('\n'));
    if (error == QJsonParseError::DeepNesting)
        return tr("The file is nested too deeply to be a workspace (line %1, column %2).").arg(line).arg(column);
    // Where did the parser stop? At the end of the text means the file was cut off.
    if (json.left(offset).trimmed().size() >= json.trimmed().size() && offset > 0)
        return tr("The file is cut off: it ends in the middle of the workspace (line %1, column %2). It was "
                  "perhaps not saved completely.")
            .arg(line)
            .arg(column);
    int start = std::min(offset, static_cast<int>(json.size()) - 1);
    while (start > 0 && isTokenChar(json.at(start - 1)))
        --start;
    int end = start;
    while (end < json.size() && end - start < 24 && isTokenChar(json.at(end)))
        ++end;
    const QString token = QString::fromLatin1(json.mid(start, end - start));
    if (token.contains(QLatin1String("nan"), Qt::CaseInsensitive) || token.contains(QLatin1String("inf"), Qt::CaseInsensitive))
        return tr("The file holds “%1” (line %2, column %3): not a number, or infinite. A workspace holds finite "
                  "numbers only.")
            .arg(token)
            .arg(line)
            .arg(column);
    if (error == QJsonParseError::IllegalNumber)
        return tr("The file holds the number “%1” (line %2, column %3), which is too large or malformed.")
            .arg(token)
            .arg(line)
            .arg(column);
    return tr("The file is damaged: it is not valid JSON (line %1, column %2).").arg(line).arg(column);
}

std::optional<WorkspaceState> WorkspaceFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxBytes) {
        *error = tr("The file is %1 MB; a workspace file is at most %2 MB.").arg(megabytes(file.size()), megabytes(kMaxBytes));
        return std::nullopt;
    }
    return fromJson(file.read(kMaxBytes + 1), error);
}

bool WorkspaceFile::save(const QString &path, const WorkspaceState &state, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(state)) < 0 || !file.commit()) {
        *error = tr("The file cannot be written: %1").arg(file.errorString());
        return false;
    }
    return true;
}
