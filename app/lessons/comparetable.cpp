#include "comparetable.h"

#include <QHeaderView>

#include <cmath>

CompareTable::CompareTable(const LessonCompare &compare, const QMap<QString, QString> &runLabels, QWidget *parent)
    // Runs are columns and measurements rows: a step compares 2-4 runs on up to 6 numbers, and
    // the lesson column is narrow.
    : QTableWidget(static_cast<int>(compare.columns.size()), static_cast<int>(compare.runs.size()), parent),
      m_compare(compare)
{
    setObjectName(QStringLiteral("compareTable"));
    setAccessibleName(tr("Comparison of the runs"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    QStringList runNames, measureNames;
    for (const CompareRun &run : compare.runs)
        runNames.append(runLabels.value(run.id, run.id));
    for (const QString &column : compare.columns)
        measureNames.append(variableName(column));
    setHorizontalHeaderLabels(runNames);
    setVerticalHeaderLabels(measureNames);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setWordWrap(true);
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < columnCount(); ++c)
            setItem(r, c, new QTableWidgetItem(QStringLiteral("…")));
    setMinimumHeight(horizontalHeader()->sizeHint().height() + rowCount() * verticalHeader()->defaultSectionSize() + 6);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

void CompareTable::setResults(const QHash<QString, MetricsSnapshot> &results)
{
    for (int r = 0; r < m_compare.runs.size(); ++r) {
        const auto found = results.find(m_compare.runs[r].id);
        if (found == results.end())
            continue;
        for (int c = 0; c < m_compare.columns.size(); ++c) {
            const std::optional<double> value = found->value(m_compare.columns[c]);
            QString text = QStringLiteral("—");
            if (value)
                text = std::abs(*value - std::round(*value)) < 1e-9 ? QString::number(std::llround(*value))
                                                                    : QString::number(*value, 'f', 3);
            item(c, r)->setText(text);
            item(c, r)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
}

QString CompareTable::variableName(const QString &variable)
{
    const int at = variable.indexOf(QLatin1Char('@'));
    const QString base = at < 0 ? variable : variable.left(at);
    QString name;
    if (base == QLatin1String("train.loss")) name = tr("Training loss");
    else if (base == QLatin1String("val.loss")) name = tr("Validation loss");
    else if (base == QLatin1String("test.loss")) name = tr("Test loss");
    else if (base == QLatin1String("train.acc")) name = tr("Training accuracy");
    else if (base == QLatin1String("val.acc")) name = tr("Validation accuracy");
    else if (base == QLatin1String("test.acc")) name = tr("Test accuracy");
    else if (base == QLatin1String("risingEpochs")) name = tr("Epochs with rising loss");
    else if (base == QLatin1String("updates")) name = tr("Updates");
    else if (base == QLatin1String("epoch")) name = tr("Epoch");
    else if (base == QLatin1String("batchesPerEpoch")) name = tr("Updates per epoch");
    else if (base == QLatin1String("samples")) name = tr("Samples seen");
    else if (base == QLatin1String("val.minLoss")) name = tr("Lowest validation loss");
    else if (base == QLatin1String("val.bestEpoch")) name = tr("Epoch of the lowest validation loss");
    else if (base == QLatin1String("network.neurons")) name = tr("Hidden neurons");
    else if (base == QLatin1String("network.params")) name = tr("Trainable parameters");
    else if (base == QLatin1String("grad.first")) name = tr("Gradient, first layer");
    else if (base == QLatin1String("grad.last")) name = tr("Gradient, last layer");
    else if (base == QLatin1String("calc.sse")) name = tr("SSE");
    else if (base == QLatin1String("calc.p0")) name = tr("Probability of Cat");
    else if (base == QLatin1String("calc.p1")) name = tr("Probability of Dog");
    else if (base == QLatin1String("calc.p2")) name = tr("Probability of Other");
    else if (base == QLatin1String("calc.argmax")) name = tr("Predicted class (0 Cat, 1 Dog, 2 Other)");
    else name = base;
    return at < 0 ? name : tr("%1 at epoch %2").arg(name, variable.mid(at + 1));
}
