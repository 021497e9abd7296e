#pragma once
/**
 * @file sweepvalues.h
 * SweepValues: the sweep dialog's value lists as the student types them ("0.3, 0.03, 0.003",
 * "2; 4, 2; 8, 8, 8"), checked with messages in the student's language before any training
 * starts, and the names of the hyperparameters a sweep can vary.
 */
#include "workspacespec.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

class SweepValues {
    Q_DECLARE_TR_FUNCTIONS(SweepValues)
public:
    /// At most this many cells per sweep (six values on two axes, or 4 x 4 x 4).
    static constexpr int kMaxCells = 64;

    /// The hyperparameter's name ("Learning rate") for a SweepGrid axis key.
    static QString axisName(const QString &key);
    /// How to type the values of `key` (a placeholder text).
    static QString example(const QString &key);
    /// The values for `key`, or nothing with a translated reason in `error`.
    static std::optional<QList<QJsonValue>> parse(const QString &key, const QString &text, QString *error);
    /// `values` as parse() reads them back.
    static QString format(const QString &key, const QList<QJsonValue> &values);
    /// A value as a table heading shows it ("4-2" for hidden layers).
    static QString valueLabel(const QString &key, const QJsonValue &value);
};
