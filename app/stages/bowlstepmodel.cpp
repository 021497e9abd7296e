#include "bowlstepmodel.h"

#include "lossbowl.h"
#include "metricformat.h"
#include "stageformat.h"

#include <algorithm>

BowlStepModel::BowlStepModel(const LossBowl &bowl, QObject *parent) : QAbstractTableModel(parent), m_bowl(bowl) {}

int BowlStepModel::firstStep() const
{
    return std::max(0, m_bowl.steps() - kRows);
}

int BowlStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_bowl.steps() - firstStep();
}

int BowlStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BowlStepModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const int step = firstStep() + index.row();
    const LossBowl::Step &s = m_bowl.history()[static_cast<std::size_t>(step)];
    switch (index.column()) {
    case StepColumn:
        return QString::number(step + 1);
    case WColumn:
        return stageformat::fixed(s.w, 4);
    case SlopeColumn:
        return stageformat::fixed(s.slope, 4);
    case ChangeColumn:
        return stageformat::fixed(-s.change, 4); // lr × slope; the step subtracts it
    case NewWColumn:
        return stageformat::fixed(s.newW, 4);
    case LossColumn:
        return metricformat::loss(s.newLoss).replace(QLatin1Char('-'), QChar(0x2212));
    default:
        return {};
    }
}

QVariant BowlStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ChangeColumn:
            return tr("Learning rate times slope: the step subtracts this from w.");
        case LossColumn:
            return tr("The loss L(new w) after the step.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case WColumn:
        return tr("w");
    case SlopeColumn:
        return tr("Slope");
    case ChangeColumn:
        return tr("lr × slope");
    case NewWColumn:
        return tr("New w");
    case LossColumn:
        return tr("Loss");
    default:
        return {};
    }
}

void BowlStepModel::refresh()
{
    beginResetModel();
    endResetModel();
}

void BowlStepModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
