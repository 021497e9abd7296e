#include "sweepgrid.h"

#include <QJsonArray>
#include <QSet>

SweepGrid::SweepGrid(const PresetState &base, const QList<SweepAxis> &axes, int epochs)
    : m_base(base), m_axes(axes), m_epochs(epochs)
{
    m_base.spec.epochLimit = epochs;
}

const QStringList &SweepGrid::axisKeys()
{
    static const QStringList keys = {QStringLiteral("training.lr"), QStringLiteral("network.hidden"),
                                     QStringLiteral("training.batch"), QStringLiteral("training.regularizationRate"),
                                     QStringLiteral("network.activation"), QStringLiteral("training.epochs")};
    return keys;
}

QString SweepGrid::valueText(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts.append(valueText(item));
        return QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
    }
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 6);
    return value.toString();
}

int SweepGrid::cellCount() const
{
    if (m_axes.isEmpty())
        return 0;
    int count = 1;
    for (const SweepAxis &axis : m_axes)
        count *= static_cast<int>(axis.values.size());
    return count;
}

QList<int> SweepGrid::coordinates(int cell) const
{
    QList<int> result(m_axes.size(), 0);
    for (int a = static_cast<int>(m_axes.size()) - 1; a >= 0; --a) {
        const int n = static_cast<int>(m_axes[a].values.size());
        result[a] = cell % n;
        cell /= n;
    }
    return result;
}

int SweepGrid::cellAt(const QList<int> &coordinates) const
{
    int cell = 0;
    for (int a = 0; a < m_axes.size(); ++a)
        cell = cell * static_cast<int>(m_axes[a].values.size()) + coordinates.value(a);
    return cell;
}

PresetState SweepGrid::cellState(int cell) const
{
    PresetState state = m_base;
    const QList<int> at = coordinates(cell);
    for (int a = 0; a < m_axes.size(); ++a) {
        const QString &key = m_axes[a].key;
        state.apply(key, m_axes[a].values[at[a]]);
        // An L2 rate only acts when L2 is on; a sweep over it means L2 (the base may have none).
        if (key == QLatin1String("training.regularizationRate")
            && state.spec.training.regularization == engine::Regularization::None)
            state.apply(QStringLiteral("training.regularization"), QStringLiteral("l2"));
    }
    return state;
}

QString SweepGrid::cellKey(int cell) const
{
    QStringList parts;
    const QList<int> at = coordinates(cell);
    for (int a = 0; a < m_axes.size(); ++a)
        parts.append(m_axes[a].key + QLatin1Char(' ') + valueText(m_axes[a].values[at[a]]));
    return parts.join(QStringLiteral(" · "));
}

QString SweepGrid::check() const
{
    if (m_axes.isEmpty() || m_axes.size() > kMaxAxes)
        return QStringLiteral("a sweep needs 1 to %1 axes").arg(kMaxAxes);
    if (m_epochs < 1 || m_epochs > kMaxEpochs)
        return QStringLiteral("sweep epochs must be 1..%1").arg(kMaxEpochs);
    QSet<QString> keys;
    for (const SweepAxis &axis : m_axes) {
        if (!axisKeys().contains(axis.key))
            return QStringLiteral("'%1' cannot be swept (use one of %2)").arg(axis.key, axisKeys().join(QStringLiteral(", ")));
        if (keys.contains(axis.key))
            return QStringLiteral("'%1' is swept twice").arg(axis.key);
        keys.insert(axis.key);
        if (axis.values.isEmpty() || axis.values.size() > kMaxValues)
            return QStringLiteral("sweep axis '%1' needs 1 to %2 values").arg(axis.key).arg(kMaxValues);
        for (const QJsonValue &value : axis.values) {
            PresetState state = m_base;
            const QString error = state.apply(axis.key, value);
            if (!error.isEmpty())
                return QStringLiteral("sweep axis: %1").arg(error);
            if (axis.key == QLatin1String("training.epochs") && (state.spec.epochLimit < 1 || state.spec.epochLimit > kMaxEpochs))
                return QStringLiteral("sweep axis training.epochs: values must be 1..%1").arg(kMaxEpochs);
        }
    }
    for (int cell = 0; cell < cellCount(); ++cell) {
        const QString error = cellState(cell).check();
        if (!error.isEmpty())
            return QStringLiteral("sweep cell %1: %2").arg(cellKey(cell), error);
    }
    return {};
}
