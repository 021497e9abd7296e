/**
 * @file nl-lesson-check.cpp
 * Command-line check for lesson authors: validates lesson folders (FORMAT.md) and, with
 * --accept, runs their acceptance blocks headless. --seeds N tries seed offsets 0..N-1 and
 * lists the ones for which every acceptance check passes (re-picking seeds, CURRICULUM §8.2).
 * Exit code 0 when everything asked for passed.
 */
#include "lessonacceptance.h"
#include "lessonloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Validates Neural Lessons lesson folders."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("accept"), QStringLiteral("Also run the acceptance checks.")});
    parser.addOption({QStringLiteral("seeds"), QStringLiteral("Try seed offsets 0..N-1."), QStringLiteral("N")});
    parser.addPositionalArgument(QStringLiteral("folders"), QStringLiteral("Lesson folders."), QStringLiteral("<folder>..."));
    parser.process(app);

    QTextStream out(stdout);
    bool allOk = true;
    for (const QString &folder : parser.positionalArguments()) {
        const LessonLoadResult loaded = LessonLoader::load(folder);
        out << folder << ": " << (loaded.ok() ? "valid" : "INVALID") << "\n";
        for (const QString &error : loaded.errors)
            out << "  " << error << "\n";
        allOk = allOk && loaded.ok();
        if (!loaded.ok() || (!parser.isSet(QStringLiteral("accept")) && !parser.isSet(QStringLiteral("seeds"))))
            continue;
        const int tries = parser.isSet(QStringLiteral("seeds")) ? parser.value(QStringLiteral("seeds")).toInt() : 1;
        QStringList passing;
        for (int offset = 0; offset < tries; ++offset) {
            int failures = 0;
            for (const AcceptanceResult &result : LessonAcceptance::run(loaded.lesson, offset)) {
                failures += static_cast<int>(result.failures.size());
                if (tries == 1)
                    for (const QString &failure : result.failures)
                        out << "  acceptance " << result.id << " FAILS: " << failure << "\n";
            }
            if (failures == 0)
                passing.append(QString::number(offset));
            else if (tries > 1)
                out << "  offset " << offset << ": " << failures << " failing condition(s)\n";
            out.flush();
        }
        if (tries == 1)
            out << "  acceptance: " << (passing.isEmpty() ? "FAIL" : "pass") << "\n";
        else
            out << "  seed offsets passing every check: " << passing.join(QLatin1Char(' ')) << "\n";
        allOk = allOk && !passing.isEmpty();
    }
    return allOk ? 0 : 1;
}
