#include "metricssnapshot.h"

#include <algorithm>

using engine::EpochMetrics;
using engine::SplitMetrics;

namespace {

const SplitSnapshot *splitByName(const MetricsSnapshot &s, const QString &name)
{
    if (name == QLatin1String("train"))
        return &s.train;
    if (name == QLatin1String("val"))
        return &s.validation;
    if (name == QLatin1String("test"))
        return &s.test;
    return nullptr;
}

const SplitMetrics *historySplit(const EpochMetrics &m, const QString &name)
{
    if (name == QLatin1String("train"))
        return &m.train;
    if (name == QLatin1String("val"))
        return &m.validation;
    if (name == QLatin1String("test"))
        return &m.test;
    return nullptr;
}

std::optional<double> splitValue(const SplitMetrics &m, const QString &what)
{
    if (what == QLatin1String("n"))
        return m.count;
    if (m.count == 0)
        return std::nullopt;
    if (what == QLatin1String("loss"))
        return m.loss;
    if (what == QLatin1String("acc") && m.hasAccuracy)
        return m.accuracy;
    return std::nullopt;
}

} // namespace

int MetricsSnapshot::risingEpochs() const
{
    int rising = 0;
    for (std::size_t i = 2; i < history.size(); ++i)
        rising += history[i].train.loss > history[i - 1].train.loss ? 1 : 0;
    return rising;
}

int MetricsSnapshot::bestValidationEpoch() const
{
    int best = -1;
    for (std::size_t i = 1; i < history.size(); ++i) {
        if (history[i].validation.count == 0)
            continue;
        if (best < 0 || history[i].validation.loss < history[best].validation.loss)
            best = static_cast<int>(i);
    }
    return best < 0 ? -1 : history[best].epoch;
}

std::optional<double> MetricsSnapshot::value(const QString &name) const
{
    const int at = name.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        // "train.loss@50": the value recorded after epoch 50.
        const int epochWanted = name.mid(at + 1).toInt();
        const QStringList parts = name.left(at).split(QLatin1Char('.'));
        // The entry of that epoch, or in a thinned long run the nearest one before it.
        if (parts.size() != 2 || history.empty() || history.back().epoch < epochWanted)
            return std::nullopt;
        auto found = std::upper_bound(history.begin(), history.end(), epochWanted,
                                      [](int epoch, const EpochMetrics &m) { return epoch < m.epoch; });
        if (found == history.begin())
            return std::nullopt;
        --found;
        const SplitMetrics *split = historySplit(*found, parts[0]);
        return split ? splitValue(*split, parts[1]) : std::nullopt;
    }
    if (stage.contains(name))
        return stage.value(name);
    if (name == QLatin1String("epoch")) return epoch;
    if (name == QLatin1String("updates")) return static_cast<double>(updates);
    if (name == QLatin1String("samples")) return static_cast<double>(samples);
    if (name == QLatin1String("batchesPerEpoch")) return batchesPerEpoch;
    if (name == QLatin1String("risingEpochs")) return risingEpochs();
    if (name == QLatin1String("network.params")) return parameters;
    if (name == QLatin1String("network.neurons")) return hiddenNeurons;
    if (name == QLatin1String("network.layers")) return hiddenLayers;
    if (name == QLatin1String("grad.first") && !gradients.empty()) return gradients.front();
    if (name == QLatin1String("grad.last") && !gradients.empty()) return gradients.back();
    if (name == QLatin1String("val.bestEpoch")) {
        const int best = bestValidationEpoch();
        return best < 0 ? std::nullopt : std::optional<double>(best);
    }
    if (name == QLatin1String("val.minLoss")) {
        const int best = bestValidationEpoch();
        if (best < 0)
            return std::nullopt;
        return value(QStringLiteral("val.loss@%1").arg(best));
    }
    const QStringList parts = name.split(QLatin1Char('.'));
    const SplitSnapshot *split = parts.size() == 2 ? splitByName(*this, parts[0]) : nullptr;
    if (!split)
        return std::nullopt;
    const QString &what = parts[1];
    if (what == QLatin1String("tp")) return split->tp;
    if (what == QLatin1String("fn")) return split->fn;
    if (what == QLatin1String("fp")) return split->fp;
    if (what == QLatin1String("tn")) return split->tn;
    if (what == QLatin1String("majority"))
        return split->metrics.count > 0 ? std::optional<double>(split->majority) : std::nullopt;
    return splitValue(split->metrics, what);
}

VariableLookup MetricsSnapshot::lookup(const QHash<QString, MetricsSnapshot> *runs) const
{
    return [this, runs](const QString &name) -> std::optional<double> {
        const int dot = name.indexOf(QLatin1Char('.'));
        if (runs && dot > 0) {
            const auto run = runs->find(name.left(dot));
            if (run != runs->end())
                return run->value(name.mid(dot + 1));
        }
        return value(name);
    };
}
