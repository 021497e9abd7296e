#include "lessonacceptance.h"

#include "headlessrun.h"
#include "presetstate.h"

QList<AcceptanceResult> LessonAcceptance::run(const Lesson &lesson, int seedOffset)
{
    QList<AcceptanceResult> results;
    QHash<QString, MetricsSnapshot> done;
    for (const AcceptanceCheck &check : lesson.acceptance) {
        PresetState state = PresetState::defaults();
        state.apply(lesson.preset);
        state.apply(check.set);
        state.spec.data.seed += seedOffset;
        state.spec.initSeed += seedOffset;
        AcceptanceResult result;
        result.id = check.id;
        try {
            if (check.bowlSteps >= 0)
                result.snapshot = HeadlessRun::bowl(state, check.bowlSteps);
            else if (lesson.stage == QLatin1String("outputCalculator"))
                result.snapshot = HeadlessRun::calculator(state);
            else
                result.snapshot = HeadlessRun::train(state, check.epochs);
        } catch (const std::exception &e) {
            result.failures.append(QStringLiteral("the engine refused the preset: %1").arg(QString::fromUtf8(e.what())));
            results.append(result);
            continue;
        }
        const VariableLookup lookup = result.snapshot.lookup(&done);
        for (const Expression &condition : check.expect) {
            const std::optional<bool> holds = condition.holds(lookup);
            if (holds && *holds)
                continue;
            QStringList values;
            for (const QString &name : condition.variables()) {
                const auto value = lookup(name);
                values.append(QStringLiteral("%1 = %2").arg(name, value ? QString::number(*value, 'g', 5)
                                                                          : QStringLiteral("n/a")));
            }
            result.failures.append(QStringLiteral("%1 (%2)").arg(condition.text(), values.join(QStringLiteral(", "))));
        }
        if (!check.id.isEmpty())
            done.insert(check.id, result.snapshot);
        results.append(result);
    }
    return results;
}
