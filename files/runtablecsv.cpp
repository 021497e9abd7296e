#include "runtablecsv.h"

#include "fileids.h"

#include <QLocale>
#include <QSaveFile>
#include <QStringList>

using namespace engine;
using fileids::idOf;

namespace {

QString exact(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

void addMetrics(QStringList &fields, const EpochMetrics *metrics)
{
    for (const SplitMetrics *split : {&metrics->train, &metrics->validation, &metrics->test}) {
        const bool measured = split->count > 0;
        fields << (measured ? exact(split->loss) : QString())
               << (measured && split->hasAccuracy ? exact(split->accuracy) : QString());
    }
}

} // namespace

QString RunTableCsv::header()
{
    return QStringLiteral("run,started_utc,seconds,epochs,dataset,samples,noise,data_seed,split_train,split_validation,"
                          "split_test,features,hidden,activation,output,init,init_seed,loss,optimizer,learning_rate,"
                          "batch_size,regularization,regularization_rate,dropout,shuffle_seed,"
                          "train_loss,train_accuracy,validation_loss,validation_accuracy,test_loss,test_accuracy,"
                          "best_epoch,best_train_loss,best_train_accuracy,best_validation_loss,best_validation_accuracy,"
                          "best_test_loss,best_test_accuracy");
}

QString RunTableCsv::row(const RunRecord &run)
{
    const WorkspaceSpec &s = run.spec;
    QStringList features;
    for (const auto &[id, feature] : fileids::features())
        if (s.features & feature)
            features << id;
    QStringList hidden;
    for (int units : s.network.hidden)
        hidden << QString::number(units);
    const TrainingSettings &t = s.training;
    QStringList fields{QString::number(run.number),
                       run.started.toUTC().toString(Qt::ISODate),
                       exact(run.seconds),
                       QString::number(run.epochs()),
                       idOf(fileids::datasets(), s.data.kind),
                       QString::number(s.data.samples),
                       exact(s.data.noise),
                       QString::number(s.data.seed),
                       QString::number(s.split.train),
                       QString::number(s.split.validation),
                       QString::number(s.split.test),
                       features.join(QLatin1Char(' ')),
                       hidden.join(QLatin1Char(' ')),
                       idOf(fileids::activations(), s.network.activation),
                       idOf(fileids::activations(), s.outputActivation()),
                       idOf(fileids::initializers(), s.network.initializer),
                       QString::number(s.initSeed),
                       idOf(fileids::losses(), t.loss),
                       idOf(fileids::optimizers(), t.optimizer.kind),
                       exact(t.optimizer.learningRate),
                       QString::number(t.batchSize),
                       idOf(fileids::regularizations(), t.regularization),
                       exact(t.regularizationRate),
                       exact(t.dropout),
                       QString::number(t.shuffleSeed)};
    addMetrics(fields, &run.last());
    const EpochMetrics *best = run.best();
    if (best) {
        fields << QString::number(best->epoch);
        addMetrics(fields, best);
    } else {
        for (int i = 0; i < 7; ++i)
            fields << QString();
    }
    return fields.join(QLatin1Char(','));
}

QString RunTableCsv::table(const std::vector<RunRecord> &runs)
{
    QString text = header() + QLatin1Char('\n');
    for (auto run = runs.rbegin(); run != runs.rend(); ++run)
        text += row(*run) + QLatin1Char('\n');
    return text;
}

bool RunTableCsv::save(const QString &path, const std::vector<RunRecord> &runs, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(table(runs).toUtf8()) < 0 || !file.commit()) {
        *error = tr("The file cannot be written: %1").arg(file.errorString());
        return false;
    }
    return true;
}
