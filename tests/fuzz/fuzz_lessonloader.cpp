/**
 * @file fuzz_lessonloader.cpp
 * libFuzzer target for the lesson loader and validator (LessonLoader::load, lessons/FORMAT.md).
 * The loader reads a folder, so each input is written as lesson.json into one temporary folder
 * beside a fixed, valid en.md and zh_CN.md (those of lesson 01): the JSON parsing, the presets,
 * the conditions and the text-id checks all see the fuzzed file. A broken lesson must come back
 * as errors, never as a crash, a hang or undefined behaviour.
 */
#include "lessonloader.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {

/// The folder holding the fixed texts; made once, on the first input.
const QString &lessonFolder()
{
    static QTemporaryDir dir;
    static const bool ready = [] {
        const QString source = QStringLiteral(NL_SOURCE_DIR "/lessons/content/01-parameters/");
        for (const char *name : {"en.md", "zh_CN.md"}) {
            if (!QFile::copy(source + QLatin1String(name), dir.filePath(QLatin1String(name))))
                return false;
        }
        return dir.isValid();
    }();
    if (!ready)
        std::abort(); // no valid texts: every run would test nothing
    static const QString path = dir.path();
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString &folder = lessonFolder();
    QFile json(folder + QStringLiteral("/lesson.json"));
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    json.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    json.close();
    LessonLoader::load(folder);
    return 0;
}
