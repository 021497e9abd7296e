#include "lessoncomparerunner.h"

#include "headlessrun.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <optional>

LessonCompareRunner::LessonCompareRunner(QObject *parent) : QObject(parent) {}

void LessonCompareRunner::start(const PresetState &base, const LessonCompare &compare, bool stageOnly)
{
    const quint64 ticket = ++m_ticket;
    QPointer<LessonCompareRunner> self(this);
    // Each result is posted to the application object and applied there only if this runner
    // still exists and the comparison was not cancelled meanwhile.
    QThreadPool::globalInstance()->start([self, ticket, compare, base, stageOnly]() {
        for (int i = 0; i < compare.runs.size(); ++i) {
            PresetState variant = base;
            variant.apply(compare.runs[i].set);
            std::optional<MetricsSnapshot> result;
            try {
                result = stageOnly ? HeadlessRun::calculator(variant) : HeadlessRun::train(variant, compare.epochs);
            } catch (const std::exception &) {
                // The validator refuses presets the engine would; an empty row is all that is lost.
            }
            const bool last = i + 1 == compare.runs.size();
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, ticket, id = compare.runs[i].id, result, last]() {
                if (!self || ticket != self->m_ticket)
                    return;
                if (result)
                    emit self->resultReady(id, *result);
                if (last)
                    emit self->finished();
            }, Qt::QueuedConnection);
        }
    });
}
