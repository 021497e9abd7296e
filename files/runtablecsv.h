#pragma once
/**
 * @file runtablecsv.h
 * RunTableCsv: the run history as a CSV table (History ▸ Export CSV…), one row a run, newest
 * first as in the panel. UTF-8, '\n' line ends, a header of fixed English identifiers (for
 * spreadsheets and scripts; docs/FILEFORMAT.md lists them): the run, when and how long it
 * trained, its settings and seeds (ids as in the workspace file; lists such as the features and
 * the hidden layers separated by spaces), then the final and the best (lowest validation loss)
 * loss and accuracy of the training, validation and test sets. Numbers use '.' and the shortest
 * form that reads back as the same double; a value a run does not have is an empty field.
 */
#include "runrecord.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

class RunTableCsv {
    Q_DECLARE_TR_FUNCTIONS(RunTableCsv)
public:
    static QString header();
    static QString row(const RunRecord &run);
    /// The header and one row per run, newest first (`runs` is oldest first, as kept).
    static QString table(const std::vector<RunRecord> &runs);
    /// Writes table(runs) atomically; false and `*error` (in the user's language) on failure.
    static bool save(const QString &path, const std::vector<RunRecord> &runs, QString *error);
};
