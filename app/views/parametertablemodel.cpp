#include "parametertablemodel.h"

#include "networktext.h"

#include <QBrush>

#include <algorithm>
#include <limits>

using namespace engine;

namespace {
constexpr int kFadeTickMs = 50;
/// Strongest flash: the colour's share over the row's background, so text stays readable.
constexpr double kMaxAlpha = 0.55;

QString gradientText(double gradient)
{
    // Gradients span decades (1e-6 in a deep sigmoid net, 0.1 in L11): three significant digits.
    return QString::number(gradient, 'g', 3);
}
} // namespace

ParameterTableModel::ParameterTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_clock.start();
    m_fadeTimer.setInterval(kFadeTickMs);
    connect(&m_fadeTimer, &QTimer::timeout, this, &ParameterTableModel::fade);
}

void ParameterTableModel::setParameters(const Network &network, const Vector<float> &gradient)
{
    const bool sameShape = network.inputCount() == m_inputs && network.layers() == m_layers;
    if (!sameShape)
        rebuild(network);
    const Vector<float> &parameters = network.parameters();
    m_hasGradient = gradient.size() == parameters.size() && gradient.size() > 0;
    const qint64 now = m_clock.elapsed();
    int first = -1;
    int last = -1;
    for (int row = 0; row < static_cast<int>(m_rows.size()); ++row) {
        const int i = m_rows[row].index;
        const double value = parameters[i];
        const double grad = m_hasGradient ? gradient[i] : 0.0;
        bool changed = false;
        if (value != m_values[row]) {
            m_values[row] = value;
            QString text = NetworkText::value(value);
            if (text != m_valueTexts[row]) {
                m_valueTexts[row] = std::move(text);
                if (sameShape)
                    m_valueSince[row] = now;
                changed = true;
            }
        }
        QString text = m_hasGradient ? gradientText(grad) : QStringLiteral("—");
        m_gradients[row] = grad;
        if (text != m_gradientTexts[row]) {
            m_gradientTexts[row] = std::move(text);
            if (sameShape && m_hasGradient)
                m_gradientSince[row] = now;
            changed = true;
        }
        if (changed) {
            first = first < 0 ? row : first;
            last = row;
        }
    }
    if (first < 0)
        return;
    m_flashFirst = m_flashFirst < 0 ? first : std::min(m_flashFirst, first);
    m_flashLast = std::max(m_flashLast, last);
    emit dataChanged(index(first, ValueColumn), index(last, GradientColumn));
    if (sameShape && !m_fadeTimer.isActive())
        m_fadeTimer.start();
}

void ParameterTableModel::rebuild(const Network &network)
{
    beginResetModel();
    m_inputs = network.inputCount();
    m_layers = network.layers();
    m_rows.clear();
    for (int l = 0; l < network.layerCount(); ++l) {
        for (int to = 0; to < network.layer(l).units; ++to) {
            for (int from = 0; from < network.fanIn(l); ++from)
                m_rows.push_back({l, to, from, network.weightOffset(l) + from * network.layer(l).units + to});
            m_rows.push_back({l, to, -1, network.biasOffset(l) + to});
        }
    }
    const std::size_t n = m_rows.size();
    // NaN never equals a value, so every cell is formatted on the first setParameters().
    m_values.assign(n, std::numeric_limits<double>::quiet_NaN());
    m_gradients.assign(n, 0.0);
    m_valueTexts.assign(n, QString());
    m_gradientTexts.assign(n, QString());
    m_valueSince.assign(n, -1);
    m_gradientSince.assign(n, -1);
    m_linkTexts.clear();
    for (const Row &row : m_rows)
        m_linkTexts.push_back(linkText(row));
    m_flashFirst = m_flashLast = -1;
    m_fadeTimer.stop();
    endResetModel();
}

void ParameterTableModel::setFeatures(FeatureSet features)
{
    if (features == m_features)
        return;
    m_features = features;
    retranslate();
}

void ParameterTableModel::setFlashColor(const QColor &color)
{
    m_flashColor = color;
}

void ParameterTableModel::retranslate()
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_linkTexts[i] = linkText(m_rows[i]);
    if (!m_rows.empty())
        emit dataChanged(index(0, LayerColumn), index(rowCount() - 1, LinkColumn));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ParameterTableModel::rowOf(int layer, int to, int from) const
{
    const auto found = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) {
        return r.layer == layer && r.to == to && r.from == from;
    });
    return found == m_rows.end() ? -1 : static_cast<int>(found - m_rows.begin());
}

double ParameterTableModel::glow(qint64 since) const
{
    if (since < 0)
        return 0.0;
    const qint64 age = m_clock.elapsed() - since;
    return age >= kFlashMs ? 0.0 : 1.0 - static_cast<double>(age) / kFlashMs;
}

bool ParameterTableModel::isFlashing(int row, int column) const
{
    if (row < 0 || row >= rowCount())
        return false;
    if (column == ValueColumn)
        return glow(m_valueSince[row]) > 0.0;
    return column == GradientColumn && glow(m_gradientSince[row]) > 0.0;
}

void ParameterTableModel::fade()
{
    if (m_flashFirst < 0) {
        m_fadeTimer.stop();
        return;
    }
    emit dataChanged(index(m_flashFirst, ValueColumn), index(m_flashLast, GradientColumn), {Qt::BackgroundRole});
    // Narrow the range to the rows still glowing; stop when none is.
    int first = -1;
    int last = -1;
    for (int row = m_flashFirst; row <= m_flashLast; ++row) {
        if (glow(m_valueSince[row]) > 0.0 || glow(m_gradientSince[row]) > 0.0) {
            first = first < 0 ? row : first;
            last = row;
        }
    }
    m_flashFirst = first;
    m_flashLast = last;
}

int ParameterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ParameterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParameterTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LayerColumn:
            return layerName(m_rows[row].layer);
        case LinkColumn:
            return m_linkTexts[row];
        case ValueColumn:
            return m_valueTexts[row];
        case GradientColumn:
            return m_gradientTexts[row];
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        const qint64 since = index.column() == ValueColumn      ? m_valueSince[row]
                             : index.column() == GradientColumn ? m_gradientSince[row]
                                                                : -1;
        const double strength = glow(since);
        if (strength <= 0.0 || !m_flashColor.isValid())
            return {};
        QColor color = m_flashColor;
        color.setAlphaF(static_cast<float>(kMaxAlpha * strength));
        return QBrush(color);
    }
    case Qt::ToolTipRole:
        return tipText(row);
    default:
        return {};
    }
}

QVariant ParameterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == GradientColumn)
        return tr("∂L/∂w of the last update: how the loss of its batch changes when this parameter grows");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LayerColumn:
        return tr("Layer");
    case LinkColumn:
        return tr("From → to");
    case ValueColumn:
        return tr("Value");
    case GradientColumn:
        return tr("Gradient");
    }
    return {};
}

QString ParameterTableModel::layerName(int layer) const
{
    return layer + 1 == static_cast<int>(m_layers.size()) ? tr("output") : tr("hidden %1").arg(layer + 1);
}

QString ParameterTableModel::inputName(int input) const
{
    return NetworkText::inputName(input, m_inputs, m_features);
}

QString ParameterTableModel::linkText(const Row &row) const
{
    // Neurons are numbered from 1 inside their layer; the Layer column says which layer.
    const QString to = QString::number(row.to + 1);
    if (row.from < 0)
        return QStringLiteral("b → ") + to;
    const QString from = row.layer == 0 ? inputName(row.from) : QString::number(row.from + 1);
    return from + QStringLiteral(" → ") + to;
}

QString ParameterTableModel::tipText(int row) const
{
    const Row &r = m_rows[row];
    const int layers = static_cast<int>(m_layers.size());
    const QString to = NetworkText::neuronName(r.layer, r.to, layers, m_layers.back().units);
    if (r.from < 0)
        return NetworkText::biasTip(m_values[row], to);
    const QString from = r.layer == 0 ? inputName(r.from)
                                      : NetworkText::neuronName(r.layer - 1, r.from, layers, m_layers.back().units);
    return NetworkText::weightTip(m_values[row], from, to);
}
