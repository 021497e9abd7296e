#include "lessonloader.h"

#include "lessonvalidator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

const QString kJson = QStringLiteral("lesson.json");

/// Collects errors with the file and the place they belong to.
class ErrorSink {
public:
    explicit ErrorSink(QStringList &errors) : m_errors(errors) {}
    void add(const QString &where, const QString &message)
    {
        m_errors.append(where.isEmpty() ? QStringLiteral("%1: %2").arg(kJson, message)
                                        : QStringLiteral("%1: %2: %3").arg(kJson, where, message));
    }

private:
    QStringList &m_errors;
};

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QList<Expression> conditions(const QJsonValue &value, const QString &where, ErrorSink &sink)
{
    QList<Expression> list;
    if (!value.isUndefined() && !value.isArray())
        sink.add(where, QStringLiteral("conditions must be an array of strings"));
    for (const QJsonValue &item : value.toArray()) {
        QString error;
        Expression e = Expression::parse(item.toString(), &error);
        if (!e.isValid())
            sink.add(where, QStringLiteral("condition '%1': %2").arg(item.toString(), error));
        else if (!e.isCondition())
            sink.add(where, QStringLiteral("'%1' is not a comparison").arg(item.toString()));
        list.append(e);
    }
    return list;
}

LessonQuestion question(const QJsonObject &o, const QString &where, ErrorSink &sink)
{
    static const QStringList types = {QStringLiteral("choice"), QStringLiteral("multi"), QStringLiteral("number"),
                                      QStringLiteral("sort"), QStringLiteral("order"), QStringLiteral("free")};
    LessonQuestion q;
    q.id = o.value(QStringLiteral("id")).toString();
    const int type = static_cast<int>(types.indexOf(o.value(QStringLiteral("type")).toString()));
    if (type < 0) {
        sink.add(where, QStringLiteral("unknown question type '%1'").arg(o.value(QStringLiteral("type")).toString()));
        return q;
    }
    q.type = static_cast<LessonQuestion::Type>(type);
    q.options = stringList(o.value(QStringLiteral("options")));
    q.items = stringList(o.value(QStringLiteral("items")));
    q.bins = stringList(o.value(QStringLiteral("bins")));
    q.tolerance = o.value(QStringLiteral("tolerance")).toDouble(0.0);
    const QJsonValue answer = o.value(QStringLiteral("answer"));
    switch (q.type) {
    case LessonQuestion::Type::Choice:
        q.answerIds = {answer.toString()};
        if (q.options.size() < 2 || !q.options.contains(answer.toString()))
            sink.add(where, QStringLiteral("a choice needs 2+ options and an answer among them"));
        break;
    case LessonQuestion::Type::Multi:
        q.answerIds = stringList(answer);
        if (q.options.size() < 2 || q.answerIds.isEmpty())
            sink.add(where, QStringLiteral("a multi question needs 2+ options and an array answer"));
        for (const QString &id : q.answerIds)
            if (!q.options.contains(id))
                sink.add(where, QStringLiteral("answer '%1' is not an option").arg(id));
        break;
    case LessonQuestion::Type::Number:
        if (answer.isDouble()) {
            q.number = answer.toDouble();
        } else {
            QString error;
            const QString text = answer.toObject().value(QStringLiteral("live")).toString();
            q.live = Expression::parse(text, &error);
            if (!q.live.isValid())
                sink.add(where, QStringLiteral("a number answer must be a number or {\"live\": expression}: %1").arg(error));
        }
        if (q.tolerance < 0)
            sink.add(where, QStringLiteral("tolerance must be >= 0"));
        break;
    case LessonQuestion::Type::Sort: {
        const QJsonObject map = answer.toObject();
        for (const QString &item : q.items) {
            const QString bin = map.value(item).toString();
            if (!q.bins.contains(bin))
                sink.add(where, QStringLiteral("sort item '%1' has no valid bin").arg(item));
            q.sortAnswer[item] = bin;
        }
        if (q.items.isEmpty() || q.bins.size() < 2 || map.size() != q.items.size())
            sink.add(where, QStringLiteral("a sort question needs items, 2+ bins and one bin per item"));
        break;
    }
    case LessonQuestion::Type::Order:
        q.answerIds = stringList(answer);
        if (q.items.size() < 2 || QSet<QString>(q.answerIds.begin(), q.answerIds.end())
                                          != QSet<QString>(q.items.begin(), q.items.end()))
            sink.add(where, QStringLiteral("an order answer must list every item once"));
        break;
    case LessonQuestion::Type::Free:
        break;
    }
    return q;
}

LessonRun run(const QJsonObject &o, const QString &where, ErrorSink &sink)
{
    LessonRun r;
    static const QList<QPair<QString, LessonRun::Kind>> kinds = {
        {QStringLiteral("epochs"), LessonRun::Kind::Epochs}, {QStringLiteral("toEpoch"), LessonRun::Kind::ToEpoch},
        {QStringLiteral("batches"), LessonRun::Kind::Batches}, {QStringLiteral("bowlSteps"), LessonRun::Kind::BowlSteps}};
    for (const auto &kind : kinds) {
        if (o.contains(kind.first)) {
            r.kind = kind.second;
            r.count = o.value(kind.first).toInt(-1);
        }
    }
    const QJsonValue slow = o.value(QStringLiteral("slowMotion"));
    r.slowMotion = slow.toBool(false);
    const int keys = o.size() - (o.contains(QStringLiteral("slowMotion")) ? 1 : 0);
    if (keys != 1 || r.kind == LessonRun::Kind::None || r.count < 0
        || (r.count == 0 && r.kind != LessonRun::Kind::BowlSteps))
        sink.add(where, QStringLiteral("run must be one of {epochs|toEpoch|batches: N > 0} or {bowlSteps: N >= 0}"));
    else if (!slow.isUndefined() && (!slow.isBool() || (r.slowMotion && (r.kind != LessonRun::Kind::Batches || r.count != 1))))
        sink.add(where, QStringLiteral("slowMotion must be true or false, and true only with {batches: 1}"));
    return r;
}

LessonCompare compare(const QJsonObject &o, const QString &where, ErrorSink &sink)
{
    LessonCompare c;
    c.epochs = o.value(QStringLiteral("epochs")).toInt(0);
    c.columns = stringList(o.value(QStringLiteral("columns")));
    for (const QJsonValue &item : o.value(QStringLiteral("runs")).toArray()) {
        const QJsonObject runObject = item.toObject();
        c.runs.append({runObject.value(QStringLiteral("id")).toString(), runObject.value(QStringLiteral("set")).toObject()});
    }
    if (c.runs.size() < 2 || c.epochs < 0)
        sink.add(where, QStringLiteral("compare needs 2+ runs and epochs >= 0"));
    return c;
}

StepSweep sweep(const QJsonObject &o, const QString &where, ErrorSink &sink)
{
    StepSweep w;
    w.epochs = o.value(QStringLiteral("epochs")).toInt(0);
    for (const QJsonValue &item : o.value(QStringLiteral("axes")).toArray()) {
        const QJsonObject axis = item.toObject();
        SweepAxis a{axis.value(QStringLiteral("key")).toString(), {}};
        for (const QJsonValue &value : axis.value(QStringLiteral("values")).toArray())
            a.values.append(value);
        w.axes.append(a);
    }
    if (w.epochs < 1 || w.axes.isEmpty() || w.axes.size() > SweepGrid::kMaxAxes)
        sink.add(where, QStringLiteral("sweep needs epochs >= 1 and 1 to %1 axes {key, values}").arg(SweepGrid::kMaxAxes));
    return w;
}

LessonSideBySide sideBySide(const QJsonObject &o, const QString &where, ErrorSink &sink)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    LessonSideBySide b;
    b.epochs = o.value(QStringLiteral("epochs")).toInt(0);
    QStringList ids;
    for (const QJsonValue &item : o.value(QStringLiteral("models")).toArray()) {
        const QJsonObject model = item.toObject();
        const QString id = model.value(QStringLiteral("id")).toString();
        if (!idPattern.match(id).hasMatch() || ids.contains(id))
            sink.add(where, QStringLiteral("model ids must be unique names like A or shallow ('%1')").arg(id));
        ids.append(id);
        b.models.append({id, model.value(QStringLiteral("set")).toObject()});
    }
    if (b.models.size() < 2 || b.models.size() > 4 || b.epochs < 1)
        sink.add(where, QStringLiteral("sideBySide needs 2 to 4 models and epochs >= 1"));
    return b;
}

LessonStep step(const QJsonObject &o, const QString &lessonStage, ErrorSink &sink)
{
    LessonStep s;
    s.id = o.value(QStringLiteral("id")).toString();
    const QString where = s.id.isEmpty() ? QStringLiteral("(step without id)") : s.id;
    if (s.id.isEmpty() || s.id.contains(QLatin1Char('/')))
        sink.add(where, QStringLiteral("a step needs an id without '/'"));
    s.classroom = o.value(QStringLiteral("classroom")).toBool(false);
    // A side-by-side step has its own stage; naming another one is a mistake.
    const bool sideBySideStep = o.contains(QStringLiteral("sideBySide"));
    s.stage = o.value(QStringLiteral("stage")).toString(sideBySideStep ? QStringLiteral("sideBySide") : lessonStage);
    if (sideBySideStep != (s.stage == QLatin1String("sideBySide")))
        sink.add(where, QStringLiteral("the sideBySide stage goes with a sideBySide block, and only with it"));
    if (!LessonLoader::stages().contains(s.stage))
        sink.add(where, QStringLiteral("unknown stage '%1'").arg(s.stage));
    s.reset = o.value(QStringLiteral("reset")).toBool(false);
    s.set = o.value(QStringLiteral("set")).toObject();
    s.solution = o.value(QStringLiteral("solution")).toObject();
    s.unlock = stringList(o.value(QStringLiteral("unlock")));
    s.highlight = stringList(o.value(QStringLiteral("highlight")));
    s.code = stringList(o.value(QStringLiteral("code")));
    s.hide = stringList(o.value(QStringLiteral("hide")));
    if (o.contains(QStringLiteral("predict"))) {
        s.hasPrediction = true;
        s.prediction = question(o.value(QStringLiteral("predict")).toObject(), where + QStringLiteral(": predict"), sink);
    }
    if (o.contains(QStringLiteral("run")))
        s.run = run(o.value(QStringLiteral("run")).toObject(), where + QStringLiteral(": run"), sink);
    if (o.contains(QStringLiteral("compare")))
        s.compare = compare(o.value(QStringLiteral("compare")).toObject(), where + QStringLiteral(": compare"), sink);
    if (o.contains(QStringLiteral("sweep")))
        s.sweep = sweep(o.value(QStringLiteral("sweep")).toObject(), where + QStringLiteral(": sweep"), sink);
    const QJsonValue evaluateTest = o.value(QStringLiteral("evaluateTest"));
    if (!evaluateTest.isUndefined() && !evaluateTest.isBool())
        sink.add(where, QStringLiteral("evaluateTest must be true or false"));
    s.evaluateTest = evaluateTest.toBool(false);
    const int actions = (s.run.kind != LessonRun::Kind::None ? 1 : 0) + (s.compare.isEmpty() ? 0 : 1)
                      + (s.sweep.isEmpty() ? 0 : 1) + (s.evaluateTest ? 1 : 0);
    if (actions > 1)
        sink.add(where, QStringLiteral("a step has at most one of run, compare, sweep and evaluateTest"));
    if (sideBySideStep) {
        s.sideBySide = sideBySide(o.value(QStringLiteral("sideBySide")).toObject(), where + QStringLiteral(": sideBySide"), sink);
        if (o.contains(QStringLiteral("run")) || o.contains(QStringLiteral("compare")))
            sink.add(where, QStringLiteral("a sideBySide step has no run or compare: its action trains the models"));
    }
    s.expect = conditions(o.value(QStringLiteral("expect")), where + QStringLiteral(": expect"), sink);
    QStringList ids;
    for (const QJsonValue &item : o.value(QStringLiteral("checkpoint")).toArray()) {
        LessonQuestion q = question(item.toObject(), where + QStringLiteral(": checkpoint"), sink);
        if (q.id.isEmpty() || ids.contains(q.id))
            sink.add(where, QStringLiteral("checkpoint ids must be unique and non-empty ('%1')").arg(q.id));
        ids.append(q.id);
        s.checkpoints.append(q);
    }
    return s;
}

} // namespace

const QStringList &LessonLoader::languages()
{
    static const QStringList languages = {QStringLiteral("en"), QStringLiteral("zh_CN")};
    return languages;
}

const QStringList &LessonLoader::stages()
{
    static const QStringList stages = {QStringLiteral("workspace"), QStringLiteral("lossBowl"),
                                       QStringLiteral("outputCalculator"), QStringLiteral("activationPlot"),
                                       QStringLiteral("code"), QStringLiteral("sideBySide")};
    return stages;
}

LessonLoadResult LessonLoader::load(const QString &folder)
{
    LessonLoadResult result;
    Lesson &lesson = result.lesson;
    lesson.sourcePath = folder;
    ErrorSink sink(result.errors);

    QFile file(QDir(folder).filePath(kJson));
    if (!file.open(QIODevice::ReadOnly)) {
        sink.add({}, QStringLiteral("cannot read %1").arg(file.fileName()));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        sink.add({}, QStringLiteral("not a JSON object (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
        return result;
    }
    const QJsonObject root = document.object();
    lesson.id = root.value(QStringLiteral("id")).toString();
    if (lesson.id != QDir(folder).dirName())
        sink.add({}, QStringLiteral("id '%1' differs from the folder name").arg(lesson.id));
    lesson.number = root.value(QStringLiteral("number")).toInt(0);
    if (lesson.number < 1)
        sink.add({}, QStringLiteral("number must be a positive integer"));
    lesson.version = root.value(QStringLiteral("version")).toInt(1);
    lesson.seeds = stringList(root.value(QStringLiteral("seeds")));
    const QJsonObject minutes = root.value(QStringLiteral("minutes")).toObject();
    lesson.selfPacedMinutes = minutes.value(QStringLiteral("selfPaced")).toInt(0);
    lesson.classroomMinutes = minutes.value(QStringLiteral("classroom")).toInt(0);
    lesson.stage = root.value(QStringLiteral("stage")).toString(QStringLiteral("workspace"));
    if (!stages().contains(lesson.stage) || lesson.stage == QLatin1String("sideBySide"))
        sink.add({}, QStringLiteral("unknown stage '%1' for a lesson").arg(lesson.stage));
    lesson.preset = root.value(QStringLiteral("preset")).toObject();

    QStringList stepIds;
    for (const QJsonValue &item : root.value(QStringLiteral("steps")).toArray()) {
        LessonStep s = step(item.toObject(), lesson.stage, sink);
        if (stepIds.contains(s.id))
            sink.add(s.id, QStringLiteral("duplicate step id"));
        stepIds.append(s.id);
        lesson.steps.append(s);
    }
    if (lesson.steps.isEmpty())
        sink.add({}, QStringLiteral("a lesson needs steps"));

    const QJsonObject free = root.value(QStringLiteral("free")).toObject();
    const QJsonObject challenge = free.value(QStringLiteral("challenge")).toObject();
    lesson.challenge = conditions(challenge.value(QStringLiteral("check")), QStringLiteral("free"), sink);
    lesson.minimize = challenge.value(QStringLiteral("minimize")).toString();
    lesson.freeUnlock = stringList(free.value(QStringLiteral("unlock")));

    for (const QJsonValue &item : root.value(QStringLiteral("acceptance")).toArray()) {
        const QJsonObject o = item.toObject();
        AcceptanceCheck check;
        check.id = o.value(QStringLiteral("id")).toString();
        check.set = o.value(QStringLiteral("set")).toObject();
        check.epochs = o.value(QStringLiteral("epochs")).toInt(0);
        check.bowlSteps = o.value(QStringLiteral("bowlSteps")).toInt(-1);
        const QString where = QStringLiteral("acceptance %1").arg(check.id);
        check.expect = conditions(o.value(QStringLiteral("expect")), where, sink);
        if (check.expect.isEmpty() || check.epochs < 0)
            sink.add(where, QStringLiteral("needs expect conditions and epochs >= 0"));
        lesson.acceptance.append(check);
    }

    for (const QString &language : languages()) {
        const QString name = language + QStringLiteral(".md");
        QFile textFile(QDir(folder).filePath(name));
        if (!textFile.open(QIODevice::ReadOnly)) {
            result.errors.append(QStringLiteral("%1: missing").arg(name));
            continue;
        }
        QStringList textErrors;
        lesson.texts[language] = LessonText::parse(QString::fromUtf8(textFile.readAll()), &textErrors);
        for (const QString &error : textErrors)
            result.errors.append(QStringLiteral("%1: %2").arg(name, error));
    }
    if (result.errors.isEmpty())
        LessonValidator::validate(lesson, result.errors);
    return result;
}
