#pragma once
/**
 * @file fileids.h
 * The stable ids a workspace file uses for every enum it stores ("circle", "tanh", "adam").
 * Enums the engine names already (activation, loss, optimizer, regularisation, initialiser)
 * keep the engine's ids; data sets and features use the lesson presets' ids (FORMAT.md), so a
 * teacher reads the same words in a lesson file and a workspace file.
 */
#include "activation.h"
#include "dataset.h"
#include "initializer.h"
#include "inputfeatures.h"
#include "loss.h"
#include "optimizer.h"
#include "regularization.h"
#include "trainer.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

/// Every id of one enum, in a fixed order.
template <typename Enum>
using IdTable = std::vector<std::pair<QString, Enum>>;

namespace fileids {

const IdTable<engine::DatasetKind> &datasets();
const IdTable<engine::Task> &tasks();
const IdTable<engine::Feature> &features();
const IdTable<engine::Activation> &activations();
const IdTable<engine::Initializer> &initializers();
const IdTable<engine::LossKind> &losses();
const IdTable<engine::OptimizerKind> &optimizers();
const IdTable<engine::Regularization> &regularizations();
const IdTable<engine::Divergence> &divergences();

template <typename Enum>
QString idOf(const IdTable<Enum> &table, Enum value)
{
    for (const auto &entry : table)
        if (entry.second == value)
            return entry.first;
    return {};
}

template <typename Enum>
QStringList allIds(const IdTable<Enum> &table)
{
    QStringList ids;
    for (const auto &entry : table)
        ids << entry.first;
    return ids;
}

} // namespace fileids
