#include "presetstate.h"

#include "trainingdata.h"

#include <QJsonArray>

#include <cmath>
#include <map>

using namespace engine;

namespace {

const std::map<QString, DatasetKind> &datasetIds()
{
    static const std::map<QString, DatasetKind> ids = {
        {QStringLiteral("circle"), DatasetKind::Circle},
        {QStringLiteral("xor"), DatasetKind::Xor},
        {QStringLiteral("gauss"), DatasetKind::Gauss},
        {QStringLiteral("spiral"), DatasetKind::Spiral},
        {QStringLiteral("reg-plane"), DatasetKind::RegressPlane},
        {QStringLiteral("reg-gauss"), DatasetKind::RegressGauss},
        {QStringLiteral("moons"), DatasetKind::Moons},
        {QStringLiteral("blobs"), DatasetKind::Blobs},
        {QStringLiteral("spiral3"), DatasetKind::Spiral3},
        {QStringLiteral("random"), DatasetKind::RandomLabels},
        {QStringLiteral("gauss-imbalanced"), DatasetKind::GaussImbalanced},
        {QStringLiteral("digits"), DatasetKind::Digits}};
    return ids;
}

const std::map<QString, Feature> &featureIds()
{
    static const std::map<QString, Feature> ids = {
        {QStringLiteral("x1"), FeatureX1},           {QStringLiteral("x2"), FeatureX2},
        {QStringLiteral("x1sq"), FeatureX1Squared},  {QStringLiteral("x2sq"), FeatureX2Squared},
        {QStringLiteral("x1x2"), FeatureX1TimesX2},  {QStringLiteral("sinx1"), FeatureSinX1},
        {QStringLiteral("sinx2"), FeatureSinX2}};
    return ids;
}

QString mustBe(const QString &key, const char *what)
{
    return QStringLiteral("%1 must be %2").arg(key, QLatin1String(what));
}

/// Reads an integer-valued JSON number.
bool toInt(const QJsonValue &value, int &out)
{
    if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble()))
        return false;
    out = value.toInt();
    return true;
}

bool toVector(const QJsonValue &value, OutputCalculator::Vector &out)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() != OutputCalculator::kClasses)
        return false;
    for (int i = 0; i < OutputCalculator::kClasses; ++i) {
        if (!array[i].isDouble())
            return false;
        out[i] = array[i].toDouble();
    }
    return true;
}

template <typename Enum>
QString applyId(const QString &key, const QJsonValue &value, bool (*fromId)(const std::string &, Enum &), Enum &out)
{
    if (!value.isString() || !fromId(value.toString().toStdString(), out))
        return QStringLiteral("%1: unknown value '%2'").arg(key, value.toVariant().toString());
    return {};
}

} // namespace

PresetState PresetState::defaults()
{
    PresetState state;
    state.spec.network.hidden = {4, 2};
    return state;
}

const QStringList &PresetState::keys()
{
    static const QStringList keys = {
        QStringLiteral("dataset.kind"), QStringLiteral("dataset.samples"), QStringLiteral("dataset.noise"),
        QStringLiteral("dataset.seed"), QStringLiteral("dataset.classes"), QStringLiteral("dataset.positiveFraction"),
        QStringLiteral("split.train"), QStringLiteral("split.val"), QStringLiteral("split.test"),
        QStringLiteral("features"), QStringLiteral("network.hidden"), QStringLiteral("network.activation"),
        QStringLiteral("network.output"), QStringLiteral("network.init"), QStringLiteral("init.seed"),
        QStringLiteral("training.optimizer"), QStringLiteral("training.lr"), QStringLiteral("training.loss"),
        QStringLiteral("training.batch"), QStringLiteral("training.shuffle"), QStringLiteral("training.regularization"),
        QStringLiteral("training.regularizationRate"), QStringLiteral("training.dropout"),
        QStringLiteral("training.threshold"),
        QStringLiteral("training.epochs"), QStringLiteral("training.patience"), QStringLiteral("training.restoreBest"),
        QStringLiteral("view.showTest"), QStringLiteral("view.discretize"), QStringLiteral("view.note"),
        QStringLiteral("bowl.w0"), QStringLiteral("bowl.lr"), QStringLiteral("calc.label"),
        QStringLiteral("calc.outputs"), QStringLiteral("calc.logits")};
    return keys;
}

QStringList PresetState::apply(const QJsonObject &patch)
{
    QStringList errors;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString error = apply(it.key(), it.value());
        if (!error.isEmpty())
            errors.append(error);
    }
    return errors;
}

QString PresetState::apply(const QString &key, const QJsonValue &value)
{
    TrainingSettings &t = spec.training;
    int n = 0;
    const double number = value.toDouble(std::nan(""));
    const bool finite = value.isDouble() && std::isfinite(number);

    if (key == QLatin1String("dataset.kind")) {
        const auto found = datasetIds().find(value.toString());
        if (found == datasetIds().end())
            return QStringLiteral("dataset.kind: unknown data set '%1'").arg(value.toString());
        spec.data.kind = found->second;
    } else if (key == QLatin1String("dataset.samples")) {
        if (!toInt(value, n) || n < 4 || n > 10000)
            return mustBe(key, "an integer in 4..10000");
        spec.data.samples = n;
    } else if (key == QLatin1String("dataset.noise")) {
        if (!finite || number < 0 || number > 50)
            return mustBe(key, "a number in 0..50");
        spec.data.noise = number;
    } else if (key == QLatin1String("dataset.seed") || key == QLatin1String("init.seed")) {
        if (!toInt(value, n) || n < 0)
            return mustBe(key, "a non-negative integer");
        (key == QLatin1String("init.seed") ? spec.initSeed : spec.data.seed) = static_cast<std::uint64_t>(n);
    } else if (key == QLatin1String("dataset.classes")) {
        if (!toInt(value, n) || n < 2 || n > 10)
            return mustBe(key, "an integer in 2..10");
        spec.data.classes = n;
    } else if (key == QLatin1String("dataset.positiveFraction")) {
        if (!finite || number <= 0 || number >= 1)
            return mustBe(key, "a number between 0 and 1");
        spec.data.positiveFraction = number;
    } else if (key.startsWith(QLatin1String("split."))) {
        if (!toInt(value, n) || n < 0 || n > 100)
            return mustBe(key, "an integer percentage");
        const QString part = key.mid(6);
        if (part == QLatin1String("train")) spec.split.train = n;
        else if (part == QLatin1String("val")) spec.split.validation = n;
        else if (part == QLatin1String("test")) spec.split.test = n;
        else return QStringLiteral("unknown key '%1'").arg(key);
    } else if (key == QLatin1String("features")) {
        FeatureSet features = 0;
        for (const QJsonValue &id : value.toArray()) {
            const auto found = featureIds().find(id.toString());
            if (found == featureIds().end())
                return QStringLiteral("features: unknown feature '%1'").arg(id.toString());
            features |= found->second;
        }
        if (!value.isArray() || features == 0)
            return mustBe(key, "a non-empty array of feature ids");
        spec.features = features;
    } else if (key == QLatin1String("network.hidden")) {
        std::vector<int> hidden;
        for (const QJsonValue &units : value.toArray()) {
            if (!toInt(units, n) || n < 1 || n > 64)
                return mustBe(key, "an array of neuron counts 1..64");
            hidden.push_back(n);
        }
        if (!value.isArray() || hidden.size() > 10)
            return mustBe(key, "an array of at most 10 layers");
        spec.network.hidden = hidden;
    } else if (key == QLatin1String("network.activation")) {
        const QString error = applyId(key, value, &activationFromId, spec.network.activation);
        if (error.isEmpty() && spec.network.activation == Activation::Softmax)
            return mustBe(key, "a hidden-layer activation");
        return error;
    } else if (key == QLatin1String("network.output")) {
        const QString error = applyId(key, value, &activationFromId, spec.network.output);
        if (error.isEmpty() && spec.network.output != Activation::Tanh && spec.network.output != Activation::Sigmoid)
            return mustBe(key, "tanh or sigmoid");
        return error;
    } else if (key == QLatin1String("network.init")) {
        return applyId(key, value, &initializerFromId, spec.network.initializer);
    } else if (key == QLatin1String("training.optimizer")) {
        return applyId(key, value, &optimizerFromId, t.optimizer.kind);
    } else if (key == QLatin1String("training.lr")) {
        if (!finite || number <= 0 || number > 100)
            return mustBe(key, "a number in (0, 100]");
        t.optimizer.learningRate = number;
    } else if (key == QLatin1String("training.loss")) {
        return applyId(key, value, &lossFromId, t.loss);
    } else if (key == QLatin1String("training.batch")) {
        if (!toInt(value, n) || n < 0)
            return mustBe(key, "a non-negative integer (0 = full batch)");
        t.batchSize = n;
    } else if (key == QLatin1String("training.shuffle") || key == QLatin1String("training.restoreBest")
               || key == QLatin1String("view.showTest") || key == QLatin1String("view.discretize")) {
        if (!value.isBool())
            return mustBe(key, "true or false");
        const bool on = value.toBool();
        if (key == QLatin1String("training.shuffle")) t.reshuffle = on;
        else if (key == QLatin1String("training.restoreBest")) t.restoreBest = on;
        else if (key == QLatin1String("view.showTest")) showTest = on;
        else discretize = on;
    } else if (key == QLatin1String("training.regularization")) {
        return applyId(key, value, &regularizationFromId, t.regularization);
    } else if (key == QLatin1String("training.regularizationRate")) {
        if (!finite || number < 0 || number > 10)
            return mustBe(key, "a number in 0..10");
        t.regularizationRate = number;
    } else if (key == QLatin1String("training.dropout")) {
        if (!finite || number < 0 || number >= 1)
            return mustBe(key, "a number in [0, 1)");
        t.dropout = number;
    } else if (key == QLatin1String("training.threshold")) {
        if (!finite || number < -0.99 || number > 0.99)
            return mustBe(key, "a number in -0.99..0.99");
        t.decisionThreshold = number;
    } else if (key == QLatin1String("training.epochs") || key == QLatin1String("training.patience")) {
        if (!toInt(value, n) || n < 0)
            return mustBe(key, "a non-negative integer");
        (key == QLatin1String("training.epochs") ? spec.epochLimit : t.patience) = n;
    } else if (key == QLatin1String("view.note")) {
        if (value.toString() != QLatin1String("playgroundHalfLoss"))
            return mustBe(key, "\"playgroundHalfLoss\"");
        note = value.toString();
    } else if (key == QLatin1String("bowl.w0")) {
        if (!finite || std::abs(number) > 10)
            return mustBe(key, "a number in -10..10");
        bowlW0 = number;
    } else if (key == QLatin1String("bowl.lr")) {
        if (!finite || number <= 0 || number > 10)
            return mustBe(key, "a number in (0, 10]");
        bowlLearningRate = number;
    } else if (key == QLatin1String("calc.label")) {
        if (!toInt(value, n) || n < 0 || n >= OutputCalculator::kClasses)
            return mustBe(key, "0, 1 or 2");
        calcLabel = n;
    } else if (key == QLatin1String("calc.outputs") || key == QLatin1String("calc.logits")) {
        const bool logits = key == QLatin1String("calc.logits");
        if (!toVector(value, logits ? calcLogits : calcOutputs))
            return mustBe(key, "an array of 3 numbers");
        calcUsesLogits = logits;
    } else {
        return QStringLiteral("unknown key '%1'").arg(key);
    }
    return {};
}

QString PresetState::check() const
{
    const SplitPercent &s = spec.split;
    if (s.train + s.validation + s.test != 100)
        return QStringLiteral("split.train + split.val + split.test = %1, not 100").arg(s.train + s.validation + s.test);
    if (s.train == 0)
        return QStringLiteral("split.train must not be 0");
    try {
        const Dataset dataset = spec.makeDataset();
        const DataSplit split = splitDataset(dataset.size(), spec.split, spec.data.seed);
        TrainingData data = makeTrainingData(dataset, split, spec.features, spec.encoding());
        Network network = spec.makeNetwork(data.inputCount(), data.outputCount());
        Trainer trainer(std::move(network), std::move(data), spec.training);
    } catch (const std::exception &e) {
        return QStringLiteral("the engine refuses this preset: %1").arg(QString::fromUtf8(e.what()));
    }
    return {};
}

bool PresetState::touchesWorkspace(const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it)
        if (!it.key().startsWith(QLatin1String("bowl.")) && !it.key().startsWith(QLatin1String("calc."))
            && !it.key().startsWith(QLatin1String("view.")))
            return true;
    return false;
}
