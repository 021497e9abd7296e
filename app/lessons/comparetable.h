#pragma once
/**
 * @file comparetable.h
 * CompareTable: the table of a step's compare runs (L1 "compare three settings", L5 "three
 * candidates", L9 activations, L12 batch sizes): one row per run, one column per variable,
 * filled as the headless runs finish.
 */
#include "lesson.h"
#include "metricssnapshot.h"

#include <QTableWidget>

class CompareTable : public QTableWidget {
    Q_OBJECT
public:
    /// `runLabels` are the run names in the current language, by run id.
    CompareTable(const LessonCompare &compare, const QMap<QString, QString> &runLabels, QWidget *parent = nullptr);
    void setResults(const QHash<QString, MetricsSnapshot> &results);

    /// A column heading for a FORMAT.md variable ("val.loss" → "Validation loss").
    static QString variableName(const QString &variable);

private:
    LessonCompare m_compare;
};
