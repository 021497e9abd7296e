#pragma once
/**
 * @file sweepgrid.h
 * SweepGrid: the cells of a hyperparameter sweep (issue #5). Up to three axes, each a preset
 * key (FORMAT.md) with a list of values; every combination is one cell, trained from the same
 * base preset and seeds. A pure value type, so the lesson loader, the sweep runner and the GUI
 * expand a grid the same way.
 */
#include "presetstate.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

struct SweepAxis {
    QString key;              ///< a key of SweepGrid::axisKeys()
    QList<QJsonValue> values; ///< preset values for `key`, e.g. 0.03 or [4, 2]
};

class SweepGrid {
public:
    static constexpr int kMaxAxes = 3;
    static constexpr int kMaxValues = 6;
    static constexpr int kMaxEpochs = 5000;

    SweepGrid() = default;
    /// `epochs`: epochs every cell trains (unless an axis is training.epochs).
    SweepGrid(const PresetState &base, const QList<SweepAxis> &axes, int epochs);

    /// The keys a sweep may vary: learning rate, hidden layers, batch size, L2 rate, activation, epochs.
    static const QStringList &axisKeys();
    /// A value as the table shows it: 0.03, [4, 2], tanh.
    static QString valueText(const QJsonValue &value);

    const QList<SweepAxis> &axes() const { return m_axes; }
    const PresetState &base() const { return m_base; }
    int epochs() const { return m_epochs; }
    int cellCount() const;
    /// Value index on each axis of `cell` (the first axis varies slowest).
    QList<int> coordinates(int cell) const;
    int cellAt(const QList<int> &coordinates) const;
    /// The base preset with the cell's values applied; its epoch limit is the cell's epochs, so
    /// a workspace opened from it stops where the sweep stopped.
    PresetState cellState(int cell) const;
    int cellEpochs(int cell) const { return cellState(cell).spec.epochLimit; }
    /// "lr 0.03 · hidden [4, 2]" with the raw keys (English, for logs and tests).
    QString cellKey(int cell) const;
    /// Empty when every cell is a valid preset; else an English message for lesson authors.
    QString check() const;

private:
    PresetState m_base;
    QList<SweepAxis> m_axes;
    int m_epochs = 0;
};
