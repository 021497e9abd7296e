#pragma once
/**
 * @file bowlstepmodel.h
 * BowlStepModel: the step table of P7 (step, w, slope, lr × slope, new w, loss), a read-only view
 * of the last kRows steps of a LossBowl's history. "Run to the bottom" may take a thousand steps;
 * the table keeps only the tail, which is what students scroll to, and stays cheap to reset.
 */
#include <QAbstractTableModel>

class LossBowl;

class BowlStepModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kRows = 300;
    enum Column { StepColumn, WColumn, SlopeColumn, ChangeColumn, NewWColumn, LossColumn, ColumnCount };

    explicit BowlStepModel(const LossBowl &bowl, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Call after the bowl's history changed.
    void refresh();
    /// Call on a language change: the headers are translated.
    void retranslate();

private:
    int firstStep() const;

    const LossBowl &m_bowl;
};
