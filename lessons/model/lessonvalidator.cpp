#include "lessonvalidator.h"

#include "lessonloader.h"
#include "presetstate.h"

#include <QRegularExpression>
#include <QSet>

namespace {

const QString kJson = QStringLiteral("lesson.json");

QString jsonError(const QString &where, const QString &message)
{
    return QStringLiteral("%1: %2: %3").arg(kJson, where, message);
}

PresetState presetOf(const Lesson &lesson)
{
    PresetState state = PresetState::defaults();
    state.apply(lesson.preset);
    return state;
}

/// Applies `set` to `state` and reports key errors and an engine refusal under `where`.
void applyAndCheck(PresetState &state, const QJsonObject &set, const QString &where, QStringList &errors)
{
    for (const QString &error : state.apply(set))
        errors.append(jsonError(where, error));
    const QString refusal = state.check();
    if (!refusal.isEmpty())
        errors.append(jsonError(where, refusal));
}

QStringList questionLabelIds(const LessonQuestion &q, const QString &part)
{
    if (part == QLatin1String("options"))
        return q.options;
    return part == QLatin1String("items") ? q.items : q.bins;
}

/// Checks a question's labels (and feedback for every option of a choice) in section `id`.
void checkQuestionText(const LessonText &text, const QString &id, const LessonQuestion &q, bool checkpoint,
                       const QString &file, QStringList &errors)
{
    const QString prompt = checkpoint ? QStringLiteral("question") : QStringLiteral("predict");
    if (text.part(id, prompt).isEmpty())
        errors.append(QStringLiteral("%1: %2: missing '### %3'").arg(file, id, prompt));
    if (text.part(id, QStringLiteral("explain")).isEmpty())
        errors.append(QStringLiteral("%1: %2: missing '### explain'").arg(file, id));
    for (const QString &part : {QStringLiteral("options"), QStringLiteral("items"), QStringLiteral("bins")}) {
        const QStringList ids = questionLabelIds(q, part);
        const QMap<QString, QString> labels = text.labels(id, part);
        for (const QString &label : ids)
            if (labels.value(label).isEmpty())
                errors.append(QStringLiteral("%1: %2: no label for %3 '%4'").arg(file, id, part, label));
        for (auto it = labels.begin(); it != labels.end(); ++it)
            if (!ids.contains(it.key()))
                errors.append(QStringLiteral("%1: %2: label for unknown %3 '%4'").arg(file, id, part, it.key()));
    }
    const bool choice = q.type == LessonQuestion::Type::Choice || q.type == LessonQuestion::Type::Multi;
    if (checkpoint && choice) {
        const QMap<QString, QString> feedback = text.labels(id, QStringLiteral("feedback"));
        for (const QString &option : q.options)
            if (feedback.value(option).isEmpty())
                errors.append(QStringLiteral("%1: %2: no feedback for option '%3'").arg(file, id, option));
    }
}

} // namespace

bool LessonValidator::isKnownVariable(const QString &name, const QStringList &runIds)
{
    static const QSet<QString> plain = {
        QStringLiteral("epoch"), QStringLiteral("updates"), QStringLiteral("samples"),
        QStringLiteral("batchesPerEpoch"), QStringLiteral("risingEpochs"), QStringLiteral("val.minLoss"),
        QStringLiteral("val.bestEpoch"), QStringLiteral("network.params"), QStringLiteral("network.neurons"),
        QStringLiteral("network.layers"), QStringLiteral("grad.first"), QStringLiteral("grad.last"),
        QStringLiteral("bowl.w"), QStringLiteral("bowl.loss"), QStringLiteral("bowl.slope"), QStringLiteral("bowl.steps"),
        QStringLiteral("calc.sse"), QStringLiteral("calc.p0"), QStringLiteral("calc.p1"), QStringLiteral("calc.p2"),
        QStringLiteral("calc.argmax")};
    static const QRegularExpression split(
        QStringLiteral("^(train|val|test)\\.((loss|acc|n)(@\\d+)?|tp|fn|fp|tn|majority)$"));
    if (plain.contains(name) || split.match(name).hasMatch())
        return true;
    const int dot = name.indexOf(QLatin1Char('.'));
    return dot > 0 && runIds.contains(name.left(dot)) && isKnownVariable(name.mid(dot + 1));
}

bool LessonValidator::isKnownControl(const QString &id)
{
    static const QStringList extra = {QStringLiteral("split"), QStringLiteral("timeline"), QStringLiteral("confusion"),
                                      QStringLiteral("train"), QStringLiteral("plot.x"), QStringLiteral("calc.logit0"),
                                      QStringLiteral("calc.logit1"), QStringLiteral("calc.logit2"), QStringLiteral("*")};
    return extra.contains(id) || PresetState::keys().contains(id);
}

void LessonValidator::validate(const Lesson &lesson, QStringList &errors)
{
    validatePresets(lesson, errors);
    validateConditions(lesson, errors);
    for (const QString &language : LessonLoader::languages())
        validateTexts(lesson, language, errors);
    const QStringList english = lesson.text(QStringLiteral("en")).sectionIds();
    const QStringList chinese = lesson.text(QStringLiteral("zh_CN")).sectionIds();
    if (QSet<QString>(english.begin(), english.end()) != QSet<QString>(chinese.begin(), chinese.end()))
        errors.append(QStringLiteral("en.md and zh_CN.md have different section ids"));
}

void LessonValidator::validatePresets(const Lesson &lesson, QStringList &errors)
{
    PresetState state = PresetState::defaults();
    applyAndCheck(state, lesson.preset, QStringLiteral("preset"), errors);
    static const QRegularExpression panel(QStringLiteral("^P([1-9]|1[0-2])$"));
    bool swept = false;
    for (const LessonStep &step : lesson.steps) {
        if (step.reset)
            state = presetOf(lesson);
        applyAndCheck(state, step.set, step.id, errors);
        if (!step.solution.isEmpty()) {
            PresetState solved = state;
            applyAndCheck(solved, step.solution, step.id + QStringLiteral(": solution"), errors);
        }
        for (const CompareRun &run : step.compare.runs) {
            PresetState variant = state;
            applyAndCheck(variant, run.set, QStringLiteral("%1: compare run %2").arg(step.id, run.id), errors);
        }
        if (!step.sweep.isEmpty()) {
            const QString error = SweepGrid(state, step.sweep.axes, step.sweep.epochs).check();
            if (!error.isEmpty())
                errors.append(jsonError(step.id, error));
            swept = true;
        }
        if (step.evaluateTest && !swept)
            errors.append(jsonError(step.id, QStringLiteral("evaluateTest needs a sweep in this or an earlier step")));
        for (const CompareRun &model : step.sideBySide.models) {
            PresetState variant = state;
            applyAndCheck(variant, model.set, QStringLiteral("%1: sideBySide model %2").arg(step.id, model.id), errors);
        }
        for (const QString &control : step.unlock)
            if (!isKnownControl(control))
                errors.append(jsonError(step.id, QStringLiteral("unknown control '%1'").arg(control)));
        static const QStringList anchors = {
            QStringLiteral("seed"), QStringLiteral("lr"), QStringLiteral("epochs"), QStringLiteral("batch"),
            QStringLiteral("dataset"), QStringLiteral("split"), QStringLiteral("dataloader"), QStringLiteral("shuffle"),
            QStringLiteral("iterations"), QStringLiteral("model"), QStringLiteral("layers"), QStringLiteral("init"),
            QStringLiteral("loss"), QStringLiteral("optimizer"), QStringLiteral("train"), QStringLiteral("zero_grad"),
            QStringLiteral("forward"), QStringLiteral("criterion"), QStringLiteral("regularization"),
            QStringLiteral("backward"), QStringLiteral("step"), QStringLiteral("print"), QStringLiteral("validation"),
            QStringLiteral("test"), QStringLiteral("eval"), QStringLiteral("accuracy"), QStringLiteral("parameters"),
            QStringLiteral("plot")};
        for (const QString &display : step.hide)
            if (display != QLatin1String("network.params"))
                errors.append(jsonError(step.id, QStringLiteral("unknown display '%1' to hide").arg(display)));
        for (const QString &anchor : step.code)
            if (!anchors.contains(anchor))
                errors.append(jsonError(step.id, QStringLiteral("unknown code anchor '%1'").arg(anchor)));
        for (const QString &id : step.highlight)
            if (!panel.match(id).hasMatch())
                errors.append(jsonError(step.id, QStringLiteral("unknown panel '%1'").arg(id)));
        if (step.run.slowMotion && step.stage != QLatin1String("code"))
            errors.append(jsonError(step.id, QStringLiteral("a slowMotion run needs the code stage")));
    }
    for (const AcceptanceCheck &check : lesson.acceptance) {
        PresetState variant = presetOf(lesson);
        applyAndCheck(variant, check.set, QStringLiteral("acceptance %1").arg(check.id), errors);
    }
    for (const QString &control : lesson.freeUnlock)
        if (!isKnownControl(control))
            errors.append(jsonError(QStringLiteral("free"), QStringLiteral("unknown control '%1'").arg(control)));
}

void LessonValidator::validateConditions(const Lesson &lesson, QStringList &errors)
{
    auto checkNames = [&](const QStringList &names, const QStringList &runIds, const QString &where) {
        for (const QString &name : names)
            if (!isKnownVariable(name, runIds))
                errors.append(jsonError(where, QStringLiteral("unknown variable '%1'").arg(name)));
    };
    QStringList runIds;
    for (const LessonStep &step : lesson.steps) {
        for (const CompareRun &run : step.compare.runs)
            runIds.append(run.id);
        for (const CompareRun &model : step.sideBySide.models)
            runIds.append(model.id);
        // A sweep's results are read as the run ids "best" (lowest validation loss) and
        // "chosen" (the cell the student picked; the best until then).
        if (!step.sweep.isEmpty())
            runIds << QStringLiteral("best") << QStringLiteral("chosen");
        for (const Expression &e : step.expect)
            checkNames(e.variables(), runIds, step.id);
        checkNames(step.compare.columns, {}, step.id + QStringLiteral(": compare"));
        QList<LessonQuestion> questions = step.checkpoints;
        if (step.hasPrediction)
            questions.prepend(step.prediction);
        for (const LessonQuestion &q : questions)
            checkNames(q.live.variables(), runIds, step.id);
    }
    for (const Expression &e : lesson.challenge)
        checkNames(e.variables(), {}, QStringLiteral("free"));
    if (!lesson.minimize.isEmpty())
        checkNames({lesson.minimize}, {}, QStringLiteral("free"));
    QStringList acceptanceIds;
    for (const AcceptanceCheck &check : lesson.acceptance)
        acceptanceIds.append(check.id);
    for (const AcceptanceCheck &check : lesson.acceptance)
        for (const Expression &e : check.expect)
            checkNames(e.variables(), acceptanceIds, QStringLiteral("acceptance %1").arg(check.id));
}

void LessonValidator::validateTexts(const Lesson &lesson, const QString &language, QStringList &errors)
{
    const QString file = language + QStringLiteral(".md");
    const LessonText &text = lesson.text(language);
    QStringList known = {QStringLiteral("goal"), QStringLiteral("free")};
    if (text.part(QStringLiteral("goal"), {}).isEmpty() && text.partNames(QStringLiteral("goal")).isEmpty())
        errors.append(QStringLiteral("%1: missing '## goal'").arg(file));
    if (text.part(QStringLiteral("free"), QStringLiteral("challenge")).isEmpty())
        errors.append(QStringLiteral("%1: free: missing '### challenge'").arg(file));
    for (const LessonStep &step : lesson.steps) {
        known.append(step.id);
        for (const QString &part : {QStringLiteral("title"), QStringLiteral("goal")})
            if (text.part(step.id, part).isEmpty())
                errors.append(QStringLiteral("%1: %2: missing '### %3'").arg(file, step.id, part));
        if (step.hasPrediction)
            checkQuestionText(text, step.id, step.prediction, false, file, errors);
        else if ((step.run.kind != LessonRun::Kind::None || !step.compare.isEmpty() || !step.sweep.isEmpty()
                  || step.evaluateTest || !step.sideBySide.isEmpty())
                 && text.part(step.id, QStringLiteral("explain")).isEmpty())
            errors.append(QStringLiteral("%1: %2: missing '### explain'").arg(file, step.id));
        const QMap<QString, QString> runLabels = text.labels(step.id, QStringLiteral("runs"));
        for (const CompareRun &run : step.compare.runs)
            if (runLabels.value(run.id).isEmpty())
                errors.append(QStringLiteral("%1: %2: no label for compare run '%3'").arg(file, step.id, run.id));
        for (const LessonQuestion &q : step.checkpoints) {
            const QString id = step.id + QLatin1Char('/') + q.id;
            known.append(id);
            if (!text.hasSection(id))
                errors.append(QStringLiteral("%1: missing section '## %2'").arg(file, id));
            else
                checkQuestionText(text, id, q, true, file, errors);
        }
    }
    for (const QString &id : text.sectionIds())
        if (!known.contains(id))
            errors.append(QStringLiteral("%1: section '## %2' matches no step or question").arg(file, id));
}
