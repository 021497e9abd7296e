// The exact PyTorch export: run under torch, the script prints the app's per-epoch training loss
// (within 1e-4 relative, for SGD, momentum and Adam), and every export — PyTorch and Keras, both
// comment languages — is valid Python that embeds the app's data, split, weights and orders.
// The torch runs skip, saying so, when /usr/bin/python3 cannot import torch.
#include "scriptexport.h"
#include "scriptreplay.h"
#include "workspacetesthelpers.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

using namespace engine;
using pythoncode::CommentLanguage;

namespace {

#ifdef NL_PYTHON3
const QString Python = QStringLiteral(NL_PYTHON3);
#else
const QString Python;
#endif

/// Circle, 2-4-2-1 tanh, batch 10, reshuffled every epoch: the small preset.
WorkspaceSpec circleSpec(OptimizerKind kind, double learningRate)
{
    WorkspaceSpec spec;
    spec.data.kind = DatasetKind::Circle;
    spec.data.samples = 200;
    spec.data.noise = 10;
    spec.data.seed = 7;
    spec.split = {60, 20, 20};
    spec.network.hidden = {4, 2};
    spec.training.optimizer.kind = kind;
    spec.training.optimizer.learningRate = learningRate;
    spec.training.batchSize = 10;
    spec.training.reshuffle = true;
    spec.training.shuffleSeed = 5;
    spec.initSeed = 3;
    return spec;
}

using Variation = std::function<void(WorkspaceSpec &)>;

/// Other settings the export must get right: losses, outputs, regularisation, features, batches.
QList<QPair<QString, Variation>> extraVariations()
{
    return {
        {QStringLiteral("sigmoid-bce-l2-adam"), [](WorkspaceSpec &s) {
             s.network.output = Activation::Sigmoid; s.training.loss = LossKind::BinaryCrossEntropy;
             s.training.regularization = Regularization::L2; s.training.regularizationRate = 0.003;
             s.training.optimizer.kind = OptimizerKind::Adam; s.training.optimizer.learningRate = 0.01; }},
        {QStringLiteral("features-l1-half-mse-fullbatch"), [](WorkspaceSpec &s) {
             s.features = FeatureX1 | FeatureX2 | FeatureX1Squared | FeatureSinX2;
             s.training.regularization = Regularization::L1; s.training.regularizationRate = 0.001;
             s.training.loss = LossKind::HalfSquared; s.training.batchSize = 0; s.training.reshuffle = false;
             s.training.optimizer.learningRate = 0.3; }},
        {QStringLiteral("spiral3-softmax-ce-momentum"), [](WorkspaceSpec &s) {
             s.data.kind = DatasetKind::Spiral3; s.network.hidden = {8}; s.network.activation = Activation::ReLU;
             s.training.loss = LossKind::SoftmaxCrossEntropy; s.training.optimizer.kind = OptimizerKind::Momentum;
             s.training.optimizer.learningRate = 0.05; s.network.initializer = Initializer::Xavier; }},
        {QStringLiteral("blobs4-mse-perceptron"), [](WorkspaceSpec &s) {
             s.data.kind = DatasetKind::Blobs; s.data.classes = 4; s.network.hidden = {};
             s.training.batchSize = 7; s.split = {70, 0, 30}; }},
        {QStringLiteral("reg-plane-linear-leaky"), [](WorkspaceSpec &s) {
             s.data.kind = DatasetKind::RegressPlane; s.network.output = Activation::Linear;
             s.network.activation = Activation::LeakyReLU; s.network.initializer = Initializer::He;
             s.training.optimizer.learningRate = 0.01; }},
    };
}

/// The three presets ("sgd", "momentum", "adam"), an extra variation, or the digits
/// with dropout and drawn points without a validation set.
WorkspaceSpec variant(const QString &name)
{
    if (name == QLatin1String("sgd"))
        return circleSpec(OptimizerKind::SGD, 0.1);
    if (name == QLatin1String("momentum"))
        return circleSpec(OptimizerKind::Momentum, 0.01);
    if (name == QLatin1String("adam"))
        return circleSpec(OptimizerKind::Adam, 0.01);
    WorkspaceSpec spec = circleSpec(OptimizerKind::SGD, 0.1);
    if (name == QLatin1String("digits-dropout")) {
        spec.data.kind = DatasetKind::Digits;
        spec.network.hidden = {16};
        spec.training.loss = LossKind::SoftmaxCrossEntropy;
        spec.training.dropout = 0.2;
    } else if (name == QLatin1String("custom-no-validation")) {
        spec.data.kind = DatasetKind::Custom;
        for (int i = 0; i < 30; ++i)
            spec.customPoints.push_back({std::sin(i) * 4.0, std::cos(i * 1.7) * 4.0, double(i % 2)});
        spec.split = {80, 0, 20};
    }
    for (const auto &v : extraVariations())
        if (v.first == name)
            v.second(spec);
    return spec;
}

void addRows(const QStringList &names)
{
    QTest::addColumn<QString>("name");
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
    for (const auto &v : extraVariations())
        QTest::newRow(qPrintable(v.first)) << v.first;
}

struct PythonRun {
    int exitCode = -1;
    QString output;
    QString errors;
};

PythonRun runPython(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MPLBACKEND"), QStringLiteral("Agg")); // step 7 must not open windows
    process.setProcessEnvironment(environment);
    process.start(Python, arguments);
    PythonRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.errors = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAllStandardOutput());
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString writeScript(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

} // namespace

class tst_PyTorchExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void reproducesTheAppsLoss_data();
    void reproducesTheAppsLoss();
    void embedsTheRun();
    void epochsFollowTheWorkspace();
    void saysWhenTheWorkspaceDiffers();
    void longShuffledRunsAreCut();
    void everyExportCompiles_data();
    void everyExportCompiles();

private:
    bool m_torch = false;
    QString m_torchProblem;
};

void tst_PyTorchExport::initTestCase()
{
    if (Python.isEmpty()) {
        m_torchProblem = QStringLiteral("no /usr/bin/python3 at configure time");
        return;
    }
    const PythonRun run = runPython({QStringLiteral("-c"), QStringLiteral("import torch")}, 120000);
    m_torch = run.exitCode == 0;
    if (!m_torch)
        m_torchProblem = QStringLiteral("%1 -c \"import torch\" failed: %2").arg(Python, run.errors.trimmed().section(QLatin1Char('\n'), -1));
}

void tst_PyTorchExport::reproducesTheAppsLoss_data()
{
    addRows({QStringLiteral("sgd"), QStringLiteral("momentum"), QStringLiteral("adam")});
}

void tst_PyTorchExport::reproducesTheAppsLoss()
{
    if (!m_torch)
        QSKIP(qPrintable(QStringLiteral("PyTorch is not installed, so the export is not run: ") + m_torchProblem));
    QFETCH(QString, name);
    constexpr int epochs = 20;
    const WorkspaceState state = trainedState(variant(name), epochs);
    QCOMPARE(state.trainer.epoch, epochs);
    ScriptExport::Options options;
    options.language = QTest::currentDataTag()[0] == 'm' ? CommentLanguage::Chinese : CommentLanguage::English;
    QString error;
    const std::optional<QString> script = ScriptExport::generate(state, options, &error);
    QVERIFY2(script, qPrintable(error));

    QTemporaryDir dir;
    const QString path = writeScript(dir, QStringLiteral("export.py"), *script);
    QVERIFY(!path.isEmpty());
    const PythonRun run = runPython({path}, 300000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.errors.right(2000)));

    static const QRegularExpression line(QStringLiteral("^epoch (\\d+)/(\\d+), train loss (\\S+?),?(?: |$)"),
                                         QRegularExpression::MultilineOption);
    QMap<int, double> printed;
    for (auto it = line.globalMatch(run.output); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QCOMPARE(m.captured(2).toInt(), epochs);
        printed.insert(m.captured(1).toInt(), m.captured(3).toDouble());
    }
    QCOMPARE(printed.size(), epochs);
    double worst = 0.0;
    for (const EpochMetrics &app : state.trainer.history) {
        if (app.epoch == 0)
            continue;
        QVERIFY(printed.contains(app.epoch));
        worst = std::max(worst, std::abs(printed.value(app.epoch) - app.train.loss) / std::abs(app.train.loss));
    }
    qInfo("%s: largest relative difference of the training loss over %d epochs: %.2e", QTest::currentDataTag(),
          epochs, worst);
    QVERIFY2(worst < 1e-4, qPrintable(QStringLiteral("relative difference %1").arg(worst)));
    QVERIFY(run.output.contains(QLatin1String("largest relative difference to the app's train loss")));
}

void tst_PyTorchExport::embedsTheRun()
{
    const WorkspaceState state = trainedState(circleSpec(OptimizerKind::Momentum, 0.03), 3);
    QString error;
    ScriptExport::Options options;
    const QString english = ScriptExport::generate(state, options, &error).value_or(QString());
    options.language = CommentLanguage::Chinese;
    const QString chinese = ScriptExport::generate(state, options, &error).value_or(QString());
    QVERIFY2(!english.isEmpty() && !chinese.isEmpty(), qPrintable(error));

    // The seven steps, in order, in the chosen language.
    int at = 0;
    for (const char *step : {"# 0. Hyperparameters", "# 1. Training and test data", "# 2. Split", "# 3. The network",
                             "# 4. Training settings", "# 5. Train the model", "# 6. Test the model", "# 7. Visualise"}) {
        const int found = english.indexOf(QLatin1String(step), at);
        QVERIFY2(found > at, step);
        at = found;
    }
    QVERIFY(chinese.contains(QStringLiteral("# 5. 训练模型")));
    QVERIFY(!chinese.contains(QLatin1String("# 5. Train the model")));

    // The app's first initial weight, split, and the first epoch's order are in the script.
    const ScriptReplay replay = ScriptReplay::run(state, 3);
    QCOMPARE(replay.epochCount(), 3);
    QCOMPARE(int(replay.orders.size()), 3);
    QCOMPARE(replay.epochs.back().train.loss, state.trainer.history.back().train.loss);
    QVERIFY(!replay.differsFromWorkspace);
    const auto list = [](const std::vector<int> &values, int count) {
        QStringList items;
        for (int i = 0; i < count; ++i)
            items << QString::number(values[i]);
        return items.join(QStringLiteral(", "));
    };
    QVERIFY(english.contains(QStringLiteral("TRAIN_INDICES = [") + list(replay.split.train, 5)));
    QVERIFY(english.contains(QStringLiteral("    [") + list(replay.orders[0], 5)));
    QVERIFY(english.contains(QStringLiteral("momentum=0.9")));
    QVERIFY(english.contains(QStringLiteral("num_epoch = 3\n")));
}

void tst_PyTorchExport::epochsFollowTheWorkspace()
{
    WorkspaceSpec spec = circleSpec(OptimizerKind::SGD, 0.03);
    QCOMPARE(ScriptReplay::defaultEpochs(trainedState(spec, 0)), ScriptReplay::kDefaultEpochs);
    spec.epochLimit = 40;
    QCOMPARE(ScriptReplay::defaultEpochs(trainedState(spec, 0)), 40);
    QCOMPARE(ScriptReplay::defaultEpochs(trainedState(spec, 7)), 7);

    // Early stopping ends the replay where the app stopped.
    spec.training.patience = 2;
    spec.training.optimizer.learningRate = 3.0;
    const ScriptReplay replay = ScriptReplay::run(trainedState(spec, 0), 200);
    QCOMPARE(replay.stop, StopReason::EarlyStopping);
    QVERIFY(replay.epochCount() < 200);
    QString error;
    const QString script = ScriptExport::generate(trainedState(spec, 0), {ScriptExport::Target::PyTorch,
                                                  CommentLanguage::English, 200, QString()}, &error).value_or(QString());
    QVERIFY(script.contains(QStringLiteral("stopped early after epoch %1").arg(replay.epochCount())));
}

void tst_PyTorchExport::saysWhenTheWorkspaceDiffers()
{
    WorkspaceSpec spec = circleSpec(OptimizerKind::SGD, 0.03);
    WorkspaceState state = trainedState(spec, 5);
    QVERIFY(!ScriptReplay::run(state, 5).differsFromWorkspace);
    // The same history under another learning rate: the file's curve is not a fresh run's.
    state.spec.training.optimizer.learningRate = 0.3;
    const ScriptReplay replay = ScriptReplay::run(state, 5);
    QVERIFY(replay.differsFromWorkspace);
    QString error;
    const QString script = ScriptExport::generate(state, {}, &error).value_or(QString());
    QVERIFY(script.contains(QLatin1String("differs\n# from a fresh run")));
}

void tst_PyTorchExport::longShuffledRunsAreCut()
{
    const WorkspaceState state = trainedState(circleSpec(OptimizerKind::SGD, 0.03), 0);
    const ScriptReplay replay = ScriptReplay::run(state, ScriptReplay::kMaxEpochs);
    QVERIFY(replay.cut);
    QVERIFY(replay.epochCount() * static_cast<long long>(replay.split.train.size()) <= ScriptReplay::kMaxOrderEntries);
    QCOMPARE(replay.orders.size(), replay.epochs.size());
}

void tst_PyTorchExport::everyExportCompiles_data()
{
    addRows({QStringLiteral("adam"), QStringLiteral("digits-dropout"), QStringLiteral("custom-no-validation")});
}

void tst_PyTorchExport::everyExportCompiles()
{
    if (Python.isEmpty())
        QSKIP("no python3 to compile the scripts with");
    QFETCH(QString, name);
    const WorkspaceState state = trainedState(variant(name), 2);
    QTemporaryDir dir;
    QStringList paths;
    for (ScriptExport::Target target : {ScriptExport::Target::PyTorch, ScriptExport::Target::Keras}) {
        for (CommentLanguage language : {CommentLanguage::Chinese, CommentLanguage::English}) {
            const QString path = dir.filePath(QStringLiteral("export%1.py").arg(paths.size()));
            QString error;
            QVERIFY2(ScriptExport::write(path, state, {target, language, 0, QStringLiteral("w.nlw")}, &error),
                     qPrintable(error));
            paths << path;
        }
    }
    const PythonRun run = runPython(QStringList{QStringLiteral("-m"), QStringLiteral("py_compile")} + paths, 60000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
}

QTEST_GUILESS_MAIN(tst_PyTorchExport)
#include "tst_pytorchexport.moc"
