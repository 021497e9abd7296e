#include "lessonlocks.h"

#include "datapanel.h"
#include "featurespanel.h"
#include "hyperparameterpanel.h"
#include "networkview.h"
#include "thresholdcontrol.h"
#include "sweeplauncher.h"
#include "trainingcontrols.h"
#include "workspacepage.h"

#include <QHash>
#include <QSet>

namespace {

/// Lesson control id -> the data panel's control ids it unlocks.
const QHash<QString, QStringList> &dataControls()
{
    static const QHash<QString, QStringList> map = {
        {QStringLiteral("dataset.kind"), {QStringLiteral("dataset"), QStringLiteral("drawClass"), QStringLiteral("clearPoints")}},
        {QStringLiteral("dataset.samples"), {QStringLiteral("samples")}},
        {QStringLiteral("dataset.noise"), {QStringLiteral("noise")}},
        {QStringLiteral("dataset.seed"), {QStringLiteral("dataSeed"), QStringLiteral("regenerate")}},
        {QStringLiteral("dataset.classes"), {QStringLiteral("classes")}},
        {QStringLiteral("dataset.positiveFraction"), {QStringLiteral("positiveFraction")}},
        {QStringLiteral("split"), {QStringLiteral("split")}},
        {QStringLiteral("split.train"), {QStringLiteral("split")}},
        {QStringLiteral("split.val"), {QStringLiteral("split")}},
        {QStringLiteral("split.test"), {QStringLiteral("split")}},
        {QStringLiteral("training.batch"), {QStringLiteral("batchSize"), QStringLiteral("fullBatch")}},
        {QStringLiteral("init.seed"), {QStringLiteral("initSeed")}}};
    return map;
}

/// Lesson control id -> the hyperparameter panel's control id.
const QHash<QString, QString> &hyperparameterControls()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("training.lr"), QStringLiteral("learningRate")},
        {QStringLiteral("training.optimizer"), QStringLiteral("optimizer")},
        {QStringLiteral("training.loss"), QStringLiteral("loss")},
        {QStringLiteral("network.output"), QStringLiteral("outputActivation")},
        {QStringLiteral("network.init"), QStringLiteral("initializer")},
        {QStringLiteral("training.regularization"), QStringLiteral("regularization")},
        {QStringLiteral("training.regularizationRate"), QStringLiteral("regularizationRate")},
        {QStringLiteral("training.dropout"), QStringLiteral("dropout")},
        {QStringLiteral("training.shuffle"), QStringLiteral("reshuffle")},
        {QStringLiteral("training.epochs"), QStringLiteral("epochLimit")},
        {QStringLiteral("training.patience"), QStringLiteral("patience")},
        {QStringLiteral("training.restoreBest"), QStringLiteral("restoreBest")}};
    return map;
}

} // namespace

void LessonLocks::apply(WorkspacePage &page, const QStringList &unlocked)
{
    const bool all = unlocked.contains(QStringLiteral("*"));
    auto isOpen = [&](const QString &lessonId) { return all || unlocked.contains(lessonId); };

    bool anySetting = all;
    for (const QString &id : unlocked)
        anySetting = anySetting || dataControls().contains(id) || hyperparameterControls().contains(id)
                     || id == QLatin1String("features");
    page.setSettingsVisible(anySetting);
    page.setTimelineVisible(isOpen(QStringLiteral("timeline")));

    QSet<QString> openData;
    for (auto it = dataControls().begin(); it != dataControls().end(); ++it)
        if (isOpen(it.key()))
            for (const QString &id : it.value())
                openData.insert(id);
    for (const QString &id : DataPanel::controlIds())
        if (!id.startsWith(QLatin1String("split.")))
            page.dataPanel()->setControlEnabled(id, all || openData.contains(id));

    for (auto it = hyperparameterControls().begin(); it != hyperparameterControls().end(); ++it)
        page.hyperparameterPanel()->setControlEnabled(it.value(), isOpen(it.key()));

    page.setShowTestEnabled(isOpen(QStringLiteral("view.showTest")));
    page.sweepLauncher()->setEnabled(all);
    page.thresholdControl()->setControlEnabled(isOpen(QStringLiteral("training.threshold")));
    page.featuresPanel()->setControlEnabled(QStringLiteral("features"), isOpen(QStringLiteral("features")));
    page.networkView()->setEditable(isOpen(QStringLiteral("network.hidden")) || isOpen(QStringLiteral("network.activation")));

    const bool train = isOpen(QStringLiteral("train"));
    for (const QString &id : {QStringLiteral("play"), QStringLiteral("step"), QStringLiteral("stepEpoch"),
                              QStringLiteral("reset"), QStringLiteral("speed")})
        page.trainingControls()->setControlEnabled(id, train);
    page.trainingControls()->setControlEnabled(QStringLiteral("reinitialize"), train || isOpen(QStringLiteral("init.seed")));
}
