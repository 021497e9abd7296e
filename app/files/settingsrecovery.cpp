#include "settingsrecovery.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

namespace {
// Lessons have a few dozen steps at most; anything far beyond is not a step the app wrote.
constexpr int MaxStep = 9999;

bool isBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return true;
    const QString text = value.toString();
    return value.typeId() == QMetaType::QString && (text == QLatin1String("true") || text == QLatin1String("false"));
}

bool isIntIn(const QVariant &value, int low, int high)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok && number >= low && number <= high;
}

// The INI format reads a one-element list back as a string, so both are lists of strings here.
bool isStringList(const QVariant &value)
{
    return value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QStringList;
}

// Whether one key the app reads holds a value it can use. Keys the app does not know (another
// version's, a user's note) are left alone: they cannot make it misbehave.
bool isValid(const QString &key, const QVariant &value)
{
    if (key == QLatin1String("view/darkPalette"))
        return isBool(value);
    if (key == QLatin1String("files/recent"))
        return isStringList(value);
    if (!key.startsWith(QLatin1String("progress/")))
        return true;
    if (key.endsWith(QLatin1String("/lastStep")))
        return isIntIn(value, 0, MaxStep);
    if (key.endsWith(QLatin1String("/furthestStep")))
        return isIntIn(value, -1, MaxStep);
    if (key.endsWith(QLatin1String("/done")))
        return isBool(value);
    if (key.endsWith(QLatin1String("/checkpoints")))
        return isStringList(value);
    return true;
}
} // namespace

bool SettingsRecovery::isCorrupt(const QSettings &settings)
{
    // Keys first: QSettings reads the file on first access, and only then does status() know.
    const QStringList keys = settings.allKeys();
    if (settings.status() == QSettings::FormatError)
        return true;
    for (const QString &key : keys)
        if (key.isEmpty() || !isValid(key, settings.value(key))) // the app never writes an empty key
            return true;
    return false;
}

bool SettingsRecovery::fileIsCorrupt(const QString &path)
{
    // QSettings caches a parsed file per path and reports a parse error only to the instance that
    // parsed it; a file rewritten within the same second at the same size even counts as unchanged.
    // A copy under a path never opened before is parsed afresh, so status() tells the truth.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("settings.conf"));
    if (!scratch.isValid() || !QFile::copy(path, copy))
        return false; // unreadable is not corrupt: nothing to set aside
    const QSettings settings(copy, QSettings::IniFormat);
    return isCorrupt(settings);
}

QString SettingsRecovery::setAsideIfCorrupt(const QDateTime &now)
{
    const QString path = QSettings().fileName();
    if (!QFileInfo::exists(path) || !fileIsCorrupt(path))
        return {};
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".corrupt-") + stamp;
    // Two corrupt files within the same second (a test, a restart loop) must not overwrite each other.
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, target))
        return {};
    return target;
}
