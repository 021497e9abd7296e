#include "historycsv.h"

#include <QLocale>
#include <QStringList>

using namespace engine;

namespace {

QString exact(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QString HistoryCsv::header()
{
    return QStringLiteral("epoch,updates,samples,train_loss,train_accuracy,validation_loss,validation_accuracy,"
                          "test_loss,test_accuracy");
}

QString HistoryCsv::row(const EpochMetrics &metrics)
{
    QStringList fields{QString::number(metrics.epoch), QString::number(metrics.updates),
                       QString::number(metrics.samplesSeen)};
    for (const SplitMetrics *split : {&metrics.train, &metrics.validation, &metrics.test}) {
        const bool measured = split->count > 0;
        fields << (measured ? exact(split->loss) : QString())
               << (measured && split->hasAccuracy ? exact(split->accuracy) : QString());
    }
    return fields.join(QLatin1Char(','));
}
