#include "workspacewriter.h"

#include "fileids.h"
#include "workspacefile.h"

#include <QJsonArray>

using namespace engine;
using fileids::idOf;

namespace {

QJsonValue seedText(std::uint64_t seed)
{
    return QString::number(seed);
}

QJsonArray floats(const Vector<float> &values)
{
    QJsonArray array;
    for (Eigen::Index i = 0; i < values.size(); ++i)
        array.append(static_cast<double>(values(i)));
    return array;
}

template <typename Number>
QJsonArray numbers(const std::vector<Number> &values)
{
    QJsonArray array;
    for (Number v : values)
        array.append(v);
    return array;
}

QJsonObject random(const RandomState &state)
{
    // 312 words as one hex string: compact, exact, and the same on every platform.
    QString words;
    words.reserve(RandomState::kWords * 16);
    for (std::uint64_t w : state.words)
        words += QStringLiteral("%1").arg(w, 16, 16, QLatin1Char('0'));
    return {{QStringLiteral("index"), state.index}, {QStringLiteral("words"), words}};
}

QJsonObject spec(const WorkspaceSpec &s)
{
    const DataSpec &d = s.data;
    QJsonArray points;
    for (const LabeledPoint &p : s.customPoints)
        points.append(QJsonArray{p.x, p.y, p.label});
    QJsonArray features;
    for (const auto &[id, feature] : fileids::features())
        if (s.features & feature)
            features.append(id);
    QJsonArray hidden;
    for (int units : s.network.hidden)
        hidden.append(units);
    const TrainingSettings &t = s.training;
    const OptimizerSettings &o = t.optimizer;
    return {
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("kind"), idOf(fileids::datasets(), d.kind)},
                     {QStringLiteral("samples"), d.samples},
                     {QStringLiteral("noise"), d.noise},
                     {QStringLiteral("seed"), seedText(d.seed)},
                     {QStringLiteral("classes"), d.classes},
                     {QStringLiteral("positiveFraction"), d.positiveFraction}}},
        {QStringLiteral("custom"),
         QJsonObject{{QStringLiteral("task"), idOf(fileids::tasks(), s.customTask)}, {QStringLiteral("points"), points}}},
        {QStringLiteral("split"),
         QJsonObject{{QStringLiteral("train"), s.split.train},
                     {QStringLiteral("validation"), s.split.validation},
                     {QStringLiteral("test"), s.split.test}}},
        {QStringLiteral("features"), features},
        {QStringLiteral("network"),
         QJsonObject{{QStringLiteral("hidden"), hidden},
                     {QStringLiteral("activation"), idOf(fileids::activations(), s.network.activation)},
                     {QStringLiteral("output"), idOf(fileids::activations(), s.network.output)},
                     {QStringLiteral("init"), idOf(fileids::initializers(), s.network.initializer)}}},
        {QStringLiteral("initSeed"), seedText(s.initSeed)},
        {QStringLiteral("training"),
         QJsonObject{{QStringLiteral("loss"), idOf(fileids::losses(), t.loss)},
                     {QStringLiteral("optimizer"), idOf(fileids::optimizers(), o.kind)},
                     {QStringLiteral("learningRate"), o.learningRate},
                     {QStringLiteral("momentum"), o.momentum},
                     {QStringLiteral("beta1"), o.beta1},
                     {QStringLiteral("beta2"), o.beta2},
                     {QStringLiteral("epsilon"), o.epsilon},
                     {QStringLiteral("batchSize"), t.batchSize},
                     {QStringLiteral("shuffle"), t.reshuffle},
                     {QStringLiteral("regularization"), idOf(fileids::regularizations(), t.regularization)},
                     {QStringLiteral("regularizationRate"), t.regularizationRate},
                     {QStringLiteral("dropout"), t.dropout},
                     {QStringLiteral("shuffleSeed"), seedText(t.shuffleSeed)},
                     {QStringLiteral("patience"), t.patience},
                     {QStringLiteral("restoreBest"), t.restoreBest},
                     {QStringLiteral("measureEachEpoch"), t.measureEachEpoch},
                     {QStringLiteral("decisionThreshold"), t.decisionThreshold}}},
        {QStringLiteral("epochLimit"), s.epochLimit}};
}

QJsonObject network(const Network &n)
{
    QJsonArray layers;
    for (const LayerSpec &layer : n.layers())
        layers.append(QJsonObject{{QStringLiteral("units"), layer.units},
                                  {QStringLiteral("activation"), idOf(fileids::activations(), layer.activation)}});
    return {{QStringLiteral("inputs"), n.inputCount()},
            {QStringLiteral("layers"), layers},
            {QStringLiteral("init"), idOf(fileids::initializers(), n.initializer())},
            {QStringLiteral("seed"), seedText(n.seed())},
            {QStringLiteral("parameters"), floats(n.parameters())},
            {QStringLiteral("editStream"), random(n.editStream().state())}};
}

QJsonObject split(const SplitMetrics &m)
{
    return {{QStringLiteral("loss"), m.loss},
            {QStringLiteral("accuracy"), m.accuracy},
            {QStringLiteral("count"), m.count},
            {QStringLiteral("hasAccuracy"), m.hasAccuracy}};
}

QJsonObject trainer(const TrainerState &s)
{
    QJsonArray history;
    for (const EpochMetrics &m : s.history)
        history.append(QJsonObject{{QStringLiteral("epoch"), m.epoch},
                                   {QStringLiteral("updates"), m.updates},
                                   {QStringLiteral("samplesSeen"), m.samplesSeen},
                                   {QStringLiteral("train"), split(m.train)},
                                   {QStringLiteral("validation"), split(m.validation)},
                                   {QStringLiteral("test"), split(m.test)},
                                   {QStringLiteral("gradients"), numbers(m.meanAbsGradient)}});
    return {{QStringLiteral("epoch"), s.epoch},
            {QStringLiteral("samplesInEpoch"), s.samplesInEpoch},
            {QStringLiteral("updatesInEpoch"), s.updatesInEpoch},
            {QStringLiteral("updates"), s.updates},
            {QStringLiteral("samplesSeen"), s.samplesSeen},
            {QStringLiteral("bestEpoch"), s.bestEpoch},
            {QStringLiteral("bestLoss"), s.bestLoss},
            {QStringLiteral("divergence"), idOf(fileids::divergences(), s.divergence)},
            {QStringLiteral("ordered"), s.ordered},
            {QStringLiteral("order"), numbers(s.order)},
            {QStringLiteral("gradientSums"), numbers(s.gradientSums)},
            {QStringLiteral("epochStart"), floats(s.epochStart)},
            {QStringLiteral("bestParameters"), floats(s.bestParameters)},
            {QStringLiteral("random"), random(s.random)},
            {QStringLiteral("optimizer"),
             QJsonObject{{QStringLiteral("steps"), s.optimizer.steps},
                         {QStringLiteral("first"), floats(s.optimizer.first)},
                         {QStringLiteral("second"), floats(s.optimizer.second)}}},
            {QStringLiteral("history"), history}};
}

QJsonObject runs(const WorkspaceState &state)
{
    QJsonArray list;
    for (const RunRecord &run : state.runs)
        list.append(QJsonObject{{QStringLiteral("number"), run.number},
                                {QStringLiteral("started"), run.started.toUTC().toString(Qt::ISODate)},
                                {QStringLiteral("seconds"), run.seconds},
                                {QStringLiteral("shown"), run.shown},
                                {QStringLiteral("spec"), spec(run.spec)},
                                {QStringLiteral("network"), network(run.network)},
                                {QStringLiteral("trainer"), trainer(run.trainer)}});
    return {{QStringLiteral("next"), state.nextRun}, {QStringLiteral("list"), list}};
}

} // namespace

QJsonObject WorkspaceWriter::toJson(const WorkspaceState &state)
{
    return {{QStringLiteral("format"), QLatin1String(WorkspaceFile::kFormat)},
            {QStringLiteral("version"), WorkspaceFile::kVersion},
            {QStringLiteral("savedBy"), QStringLiteral("Neural Lessons " NL_VERSION)},
            {QStringLiteral("spec"), spec(state.spec)},
            {QStringLiteral("network"), network(state.network)},
            {QStringLiteral("trainer"), trainer(state.trainer)},
            {QStringLiteral("runs"), runs(state)}};
}
