#include "sweepvalues.h"

#include "sweepgrid.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace {

bool isHidden(const QString &key)
{
    return key == QLatin1String("network.hidden");
}

/// Splits on commas, semicolons (also the full-width ones of a Chinese keyboard) and spaces.
QStringList tokens(const QString &text, const QString &separators)
{
    return text.split(QRegularExpression(QStringLiteral("[%1]+").arg(separators)), Qt::SkipEmptyParts);
}

} // namespace

QString SweepValues::axisName(const QString &key)
{
    if (key == QLatin1String("training.lr")) return tr("Learning rate");
    if (key == QLatin1String("network.hidden")) return tr("Hidden layers");
    if (key == QLatin1String("training.batch")) return tr("Batch size");
    if (key == QLatin1String("training.regularizationRate")) return tr("L2 rate");
    if (key == QLatin1String("network.activation")) return tr("Activation");
    if (key == QLatin1String("training.epochs")) return tr("Epochs");
    return key;
}

QString SweepValues::example(const QString &key)
{
    if (key == QLatin1String("training.lr")) return tr("e.g. 0.3, 0.03, 0.003");
    if (isHidden(key)) return tr("layers separated by ;  e.g. 2; 4, 2; 8, 8, 8");
    if (key == QLatin1String("training.batch")) return tr("e.g. 1, 10, 30");
    if (key == QLatin1String("training.regularizationRate")) return tr("e.g. 0, 0.001, 0.01");
    if (key == QLatin1String("network.activation")) return tr("e.g. tanh, relu, sigmoid");
    if (key == QLatin1String("training.epochs")) return tr("e.g. 50, 200, 800");
    return {};
}

std::optional<QList<QJsonValue>> SweepValues::parse(const QString &key, const QString &text, QString *error)
{
    const QString name = axisName(key);
    const QStringList items = isHidden(key) ? tokens(text, QStringLiteral(";；")) : tokens(text, QStringLiteral(",，;；\\s"));
    QList<QJsonValue> values;
    auto fail = [&](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    if (items.isEmpty())
        return fail(tr("%1: type at least one value.").arg(name));
    if (items.size() > SweepGrid::kMaxValues)
        return fail(tr("%1: at most %2 values.").arg(name).arg(SweepGrid::kMaxValues));
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        bool ok = false;
        if (isHidden(key)) {
            QJsonArray layers;
            for (const QString &units : tokens(item, QStringLiteral(",，\\s-"))) {
                const int n = units.toInt(&ok);
                if (!ok || n < 1 || n > 64)
                    return fail(tr("%1: “%2” is not a list of neuron counts from 1 to 64.").arg(name, item));
                layers.append(n);
            }
            if (layers.isEmpty() || layers.size() > 6)
                return fail(tr("%1: “%2” must have 1 to 6 hidden layers.").arg(name, item));
            values.append(layers);
        } else if (key == QLatin1String("network.activation")) {
            static const QStringList ids = {QStringLiteral("tanh"), QStringLiteral("relu"), QStringLiteral("sigmoid"),
                                            QStringLiteral("linear"), QStringLiteral("leaky_relu")};
            if (!ids.contains(item.toLower()))
                return fail(tr("%1: “%2” is unknown; use %3.").arg(name, item, ids.join(QStringLiteral(", "))));
            values.append(item.toLower());
        } else if (key == QLatin1String("training.batch") || key == QLatin1String("training.epochs")) {
            const int n = item.toInt(&ok);
            const int most = key == QLatin1String("training.batch") ? 10000 : SweepGrid::kMaxEpochs;
            if (!ok || n < 1 || n > most)
                return fail(tr("%1: “%2” must be a whole number from 1 to %3.").arg(name, item).arg(most));
            values.append(n);
        } else {
            const double v = item.toDouble(&ok);
            const bool rate = key == QLatin1String("training.lr");
            if (!ok || !std::isfinite(v) || (rate ? v <= 0 : v < 0) || v > 10)
                return fail(rate ? tr("%1: “%2” must be a number above 0 and at most 10.").arg(name, item)
                                 : tr("%1: “%2” must be a number from 0 to 10.").arg(name, item));
            values.append(v);
        }
    }
    for (int i = 0; i < values.size(); ++i)
        for (int j = i + 1; j < values.size(); ++j)
            if (values[i] == values[j])
                return fail(tr("%1: “%2” is listed twice.").arg(name, valueLabel(key, values[i])));
    return values;
}

QString SweepValues::format(const QString &key, const QList<QJsonValue> &values)
{
    QStringList parts;
    for (const QJsonValue &value : values)
        parts.append(isHidden(key) ? valueLabel(key, value).replace(QLatin1Char('-'), QStringLiteral(", "))
                                   : valueLabel(key, value));
    return parts.join(isHidden(key) ? QStringLiteral("; ") : QStringLiteral(", "));
}

QString SweepValues::valueLabel(const QString &key, const QJsonValue &value)
{
    if (isHidden(key)) {
        QStringList units;
        for (const QJsonValue &n : value.toArray())
            units.append(QString::number(n.toInt()));
        return units.join(QLatin1Char('-'));
    }
    return SweepGrid::valueText(value);
}
