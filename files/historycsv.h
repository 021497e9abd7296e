#pragma once
/**
 * @file historycsv.h
 * HistoryCsv: a run's epoch history as CSV, one row an epoch — counters, then loss and accuracy
 * of the training, validation and test sets. Column names are fixed English identifiers (for
 * spreadsheets and scripts, not for reading aloud); numbers use '.' and the shortest form that
 * reads back as the same double; a split without samples, or an accuracy a regression set does
 * not have, is an empty field.
 */
#include "metrics.h"

#include <QString>

class HistoryCsv {
public:
    /// "epoch,updates,samples,train_loss,train_accuracy,…,test_accuracy"
    static QString header();
    static QString row(const engine::EpochMetrics &metrics);
};
