// The generated code of P10: the L11 preset gives first_network.py with its numbers, anchors point
// at the lines they name, the listing follows the spec, every listing is valid Python, and (when
// torch is installed) the scripts really train.
#include "keraslisting.h"
#include "lessonlibrary.h"
#include "presetstate.h"
#include "pytorchlisting.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace engine;

namespace {

#ifdef NL_PYTHON3
const QString Python = QStringLiteral(NL_PYTHON3);
#else
const QString Python;
#endif

QString lineAt(const CodeListing &listing, int line)
{
    return line >= 1 && line <= listing.lineCount() ? listing.lines().at(line - 1) : QString();
}

QString rangeText(const CodeListing &listing, const QString &anchor)
{
    const CodeListing::Range r = listing.rangeOf(anchor);
    return r.first > 0 ? listing.lines().mid(r.first - 1, r.last - r.first + 1).join(QLatin1Char('\n')) : QString();
}

/// Named variations of a spec that between them reach every branch of the generators.
using Variation = std::function<void(WorkspaceSpec &)>;

QList<QPair<QString, Variation>> variations()
{
    return {
        {QStringLiteral("l11"), [](WorkspaceSpec &) {}},
        {QStringLiteral("mlp-relu-val"), [](WorkspaceSpec &s) { s.network.hidden = {20}; s.split = {60, 20, 20}; }},
        {QStringLiteral("circle-tanh"), [](WorkspaceSpec &s) {
             s.data.kind = DatasetKind::Circle; s.data.samples = 200; s.data.noise = 10;
             s.network.hidden = {4, 2}; s.network.activation = Activation::Tanh; s.network.output = Activation::Tanh;
             s.training.batchSize = 10; s.split = {60, 20, 20}; s.training.loss = LossKind::HalfSquared; }},
        {QStringLiteral("xor-he-l2-bce"), [](WorkspaceSpec &s) {
             s.data.kind = DatasetKind::Xor; s.data.samples = 200; s.network.hidden = {8};
             s.network.initializer = Initializer::He; s.training.loss = LossKind::BinaryCrossEntropy;
             s.training.regularization = Regularization::L2; s.training.regularizationRate = 0.001;
             s.training.optimizer.kind = OptimizerKind::Momentum; s.training.batchSize = 0; }},
        {QStringLiteral("spiral-leaky-dropout"), [](WorkspaceSpec &s) {
             s.data.kind = DatasetKind::Spiral; s.data.samples = 200; s.network.hidden = {6, 6};
             s.network.activation = Activation::LeakyReLU; s.training.dropout = 0.2; s.training.reshuffle = false;
             s.training.patience = 5; s.training.restoreBest = true; s.epochLimit = 0; }},
        {QStringLiteral("moons-features-l1"), [](WorkspaceSpec &s) {
             s.data.kind = DatasetKind::Moons; s.data.samples = 200; s.data.noise = 10;
             s.features = FeatureX1 | FeatureX2 | FeatureX1Squared | FeatureSinX2;
             s.training.regularization = Regularization::L1; s.training.regularizationRate = 0.003;
             s.network.initializer = Initializer::Zeros; }},
        {QStringLiteral("features-without-x1"), [](WorkspaceSpec &s) {
             s.features = FeatureX2Squared | FeatureX1TimesX2; s.network.hidden = {3}; s.split = {70, 30, 0}; }},
        {QStringLiteral("imbalanced"), [](WorkspaceSpec &s) {
             s.data.kind = DatasetKind::GaussImbalanced; s.data.noise = 50; s.data.positiveFraction = 0.1; }},
        {QStringLiteral("blobs4-mse-adam"), [](WorkspaceSpec &s) {
             s.data.kind = DatasetKind::Blobs; s.data.classes = 4; s.data.samples = 400; s.network.hidden = {8};
             s.training.optimizer.kind = OptimizerKind::Adam; s.training.optimizer.learningRate = 0.01; }},
        {QStringLiteral("spiral3-ce-xavier"), [](WorkspaceSpec &s) {
             s.data.kind = DatasetKind::Spiral3; s.data.samples = 300; s.network.initializer = Initializer::Xavier;
             s.training.loss = LossKind::SoftmaxCrossEntropy; s.training.batchSize = 30; s.split = {50, 25, 25}; }},
        {QStringLiteral("random-labels3"), [](WorkspaceSpec &s) {
             s.data.kind = DatasetKind::RandomLabels; s.data.classes = 3; s.data.samples = 100;
             s.training.loss = LossKind::SoftmaxCrossEntropy; s.split = {100, 0, 0}; }},
        {QStringLiteral("digits-ce"), [](WorkspaceSpec &s) {
             s.data.kind = DatasetKind::Digits; s.network.hidden = {32}; s.training.batchSize = 32;
             s.training.loss = LossKind::SoftmaxCrossEntropy; }},
        {QStringLiteral("reg-plane-linear"), [](WorkspaceSpec &s) {
             s.data.kind = DatasetKind::RegressPlane; s.data.samples = 200; s.network.output = Activation::Linear;
             s.training.batchSize = 10; s.training.optimizer.learningRate = 0.01; }},
        {QStringLiteral("reg-gauss-tanh"), [](WorkspaceSpec &s) {
             s.data.kind = DatasetKind::RegressGauss; s.data.samples = 200; s.network.hidden = {8, 8};
             s.network.output = Activation::Tanh; s.training.batchSize = 10; s.split = {80, 20, 0}; }},
        {QStringLiteral("custom-binary"), [](WorkspaceSpec &s) {
             s.data.kind = DatasetKind::Custom; s.customTask = Task::Binary;
             for (int i = 0; i < 30; ++i)
                 s.customPoints.push_back({i % 2 ? 2.0 + 0.1 * i : -2.0 - 0.05 * i, 1.0 - 0.07 * i, double(i % 2)});
             s.split = {70, 0, 30}; s.training.batchSize = 5; }},
        {QStringLiteral("invalid-loss"), [](WorkspaceSpec &s) {
             s.network.output = Activation::Tanh; s.training.loss = LossKind::BinaryCrossEntropy; }},
    };
}

} // namespace

class tst_PyTorchListing : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void l11Listing();
    void l11Keras();
    void anchors_data();
    void anchors();
    void anchorRangesAreValid();
    void followsSpec();
    void unusualSpecsSayWhatIsMissing();
    void compiles();
    void runsUnderTorch_data();
    void runsUnderTorch();

private:
    WorkspaceSpec variant(const QString &name) const;
    WorkspaceSpec m_l11;
};

void tst_PyTorchListing::initTestCase()
{
    LessonLibrary library;
    library.loadFolder(LessonLibrary::embeddedRoot());
    const Lesson *lesson = library.byNumber(11);
    QVERIFY(lesson);
    PresetState state = PresetState::defaults();
    QVERIFY(state.apply(lesson->preset).isEmpty());
    m_l11 = state.spec;
}

WorkspaceSpec tst_PyTorchListing::variant(const QString &name) const
{
    WorkspaceSpec spec = m_l11;
    for (const auto &v : variations())
        if (v.first == name)
            v.second(spec);
    return spec;
}

void tst_PyTorchListing::l11Listing()
{
    const QString text = PyTorchListing(m_l11).text();
    for (const char *expected : {"LR = 0.1\n", "num_epoch = 10\n", "batch_size = 1\n", "self.fc = torch.nn.Linear(2, 1)\n",
                                 "self.sigmoid = torch.nn.Sigmoid()", "random_split(dataset, [800, 200],",
                                 "loss = criterion(y_pred.squeeze(1), labels)", "criterion = torch.nn.MSELoss()",
                                 "optimizer = torch.optim.SGD(model.parameters(), lr=LR)",
                                 "make_blobs(n_samples=1000, centers=[[-2, -2], [2, 2]], n_features=2,",
                                 "cluster_std=1.5, shuffle=True, random_state=1)", "shuffle=True)",
                                 "if (i + 1) % 5 == 0:", "print(\"Accuracy on test set\", round(test_acc, 3))",
                                 "test_acc = ((y_pred >= 0.5).float() == test_set[1]).float().mean().item()",
                                 "class PointsDataset(Dataset):", "class Perceptron(torch.nn.Module):"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(!text.contains(QLatin1String("torchsummary")));
    QVERIFY(!text.contains(QLatin1String("squeeze()")));
    QVERIFY(!text.contains(QLatin1String("val_")));
    // 000's seven steps, in order, with their Chinese comments.
    qsizetype at = 0;
    for (const char *step : {"# 0. 超参数", "# 1. 训练、测试数据", "# 2. 将整个数据集分成训练集和测试集",
                             "# 3. 定义神经网络结构：感知机", "# 4. 设置训练模型", "# 5. 训练模型", "# 6. 测试模型",
                             "# 7. 模型在训练集和测试集上的表现可视化"}) {
        const qsizetype next = text.indexOf(QString::fromUtf8(step), at);
        QVERIFY2(next > at, step);
        at = next;
    }
}

void tst_PyTorchListing::l11Keras()
{
    const QString text = KerasListing(m_l11).text();
    QVERIFY(text.contains(QLatin1String("model = Sequential([Dense(1, input_shape=(2,), activation='sigmoid')])")));
    QVERIFY(text.contains(QLatin1String(
        "model.compile(optimizer=SGD(learning_rate=0.1), loss='mse', metrics=['accuracy'])")));
    QVERIFY(text.contains(QLatin1String(
        "model.fit(x_train, y_train, batch_size=1, epochs=10, shuffle=True, verbose=2)")));
    QVERIFY(text.contains(QLatin1String("x_train, y_train = x[:800], y[:800]")));
    const KerasListing keras(m_l11);
    QVERIFY(lineAt(keras, keras.lineOf(QStringLiteral("optimizer"))).contains(QLatin1String("SGD(learning_rate=0.1)")));
    QVERIFY(lineAt(keras, keras.lineOf(QStringLiteral("epochs"))).contains(QLatin1String("epochs=10")));
}

void tst_PyTorchListing::anchors_data()
{
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QString>("firstLine");
    QTest::addColumn<QString>("inRange");
    const auto row = [](const char *anchor, const char *first, const char *range) {
        QTest::newRow(anchor) << QString::fromUtf8(anchor) << QString::fromUtf8(first) << QString::fromUtf8(range);
    };
    row("seed", "torch.manual_seed(1)", "");
    row("lr", "LR = 0.1", "");
    row("epochs", "num_epoch = 10", "");
    row("batch", "batch_size = 1", "");
    row("dataset", "class PointsDataset(Dataset):", "make_blobs(n_samples=1000");
    row("split", "random_split(dataset, [800, 200],", "manual_seed(1))");
    row("dataloader", "DataLoader(dataset=train_data, batch_size=batch_size, shuffle=True)", "");
    row("iterations", "num_iteration = math.ceil(len(train_data) / batch_size)", "");
    row("model", "class Perceptron(torch.nn.Module):", "model = Perceptron()");
    row("layers", "self.fc = torch.nn.Linear(2, 1)", "self.sigmoid = torch.nn.Sigmoid()");
    row("loss", "criterion = torch.nn.MSELoss()", "");
    row("optimizer", "torch.optim.SGD", "");
    row("train", "model.train()", "optimizer.step()");
    row("zero_grad", "optimizer.zero_grad()", "");
    row("forward", "y_pred = model(inputs)", "");
    row("criterion", "loss = criterion(y_pred.squeeze(1), labels)", "");
    row("backward", "loss.backward()", "");
    row("step", "optimizer.step()", "");
    row("print", "if (i + 1) % 5 == 0:", "train loss {loss.item():.4f}");
    row("test", "# 6. 测试模型", "named_parameters()");
    row("eval", "model.eval()", "");
    row("accuracy", "test_acc = ", "Accuracy on test set");
    row("parameters", "model.named_parameters()", "print(name, param.data)");
    row("plot", "# 7.", "plt.scatter");
}

void tst_PyTorchListing::anchors()
{
    QFETCH(QString, anchor);
    QFETCH(QString, firstLine);
    QFETCH(QString, inRange);
    const PyTorchListing listing(m_l11);
    QVERIFY2(listing.anchors().contains(anchor), qPrintable(listing.anchors().join(QLatin1Char(' '))));
    QVERIFY2(lineAt(listing, listing.lineOf(anchor)).contains(firstLine), qPrintable(lineAt(listing, listing.lineOf(anchor))));
    QVERIFY(rangeText(listing, anchor).contains(inRange));
}

void tst_PyTorchListing::anchorRangesAreValid()
{
    for (const auto &v : variations()) {
        const WorkspaceSpec spec = variant(v.first);
        for (const CodeListing &listing : {CodeListing(PyTorchListing(spec)), CodeListing(KerasListing(spec))}) {
            int previous = 0;
            for (const QString &anchor : listing.anchors()) {
                const CodeListing::Range r = listing.rangeOf(anchor);
                QVERIFY2(r.first >= 1 && r.first <= r.last && r.last <= listing.lineCount(), qPrintable(v.first + anchor));
                QVERIFY2(!lineAt(listing, r.first).trimmed().isEmpty(), qPrintable(v.first + anchor));
                QVERIFY(r.first >= previous);
                previous = r.first;
            }
            QCOMPARE(listing.lineOf(QStringLiteral("no-such-anchor")), 0);
        }
    }
    QVERIFY(!PyTorchListing(variant(QStringLiteral("reg-plane-linear"))).anchors().contains(QStringLiteral("accuracy")));
}

void tst_PyTorchListing::followsSpec()
{
    const QString l11 = PyTorchListing(m_l11).text();
    WorkspaceSpec spec = m_l11;
    spec.training.optimizer.learningRate = 0.03;
    const PyTorchListing lr(spec);
    QVERIFY(lr.text().contains(QLatin1String("LR = 0.03\n")));
    QVERIFY(lineAt(lr, lr.lineOf(QStringLiteral("lr"))) == QLatin1String("LR = 0.03"));

    spec = m_l11;
    spec.network.hidden = {4, 2};
    spec.network.activation = Activation::ReLU;
    const QString mlp = PyTorchListing(spec).text();
    QVERIFY(mlp != l11);
    for (const char *expected : {"class MLP(torch.nn.Module):", "torch.nn.Linear(2, 4), torch.nn.ReLU(),",
                                 "torch.nn.Linear(4, 2), torch.nn.ReLU(),", "torch.nn.Linear(2, 1), torch.nn.Sigmoid(),",
                                 "model = MLP()"})
        QVERIFY2(mlp.contains(QLatin1String(expected)), expected);
    QVERIFY(!mlp.contains(QLatin1String("Perceptron")));

    spec = m_l11;
    spec.split = {60, 20, 20};
    spec.training.batchSize = 0;
    spec.training.optimizer.kind = OptimizerKind::Adam;
    spec.training.loss = LossKind::BinaryCrossEntropy;
    spec.training.reshuffle = false;
    spec.epochLimit = 25;
    spec.initSeed = 7;
    const QString other = PyTorchListing(spec).text();
    for (const char *expected : {"train_data, val_data, test_data = random_split(dataset, [600, 200, 200],",
                                 "batch_size = 600", "torch.optim.Adam(model.parameters(), lr=LR)",
                                 "criterion = torch.nn.BCELoss()", "shuffle=False)", "num_epoch = 25",
                                 "torch.manual_seed(7)", "validation loss", "if i + 1 == num_iteration:"})
        QVERIFY2(other.contains(QLatin1String(expected)), expected);

    spec = m_l11;
    spec.data.samples = 500;
    spec.data.noise = 0;
    QVERIFY(PyTorchListing(spec).text().contains(QLatin1String("cluster_std=0.7071")));
    QVERIFY(PyTorchListing(spec).text().contains(QLatin1String("[400, 100]")));
}

void tst_PyTorchListing::unusualSpecsSayWhatIsMissing()
{
    const QString early = PyTorchListing(variant(QStringLiteral("spiral-leaky-dropout"))).text();
    QVERIFY(early.contains(QString::fromUtf8("# 未导出 / not exported: 早停 (patience = 5")));
    QVERIFY(early.contains(QLatin1String("num_epoch = 10")));
    QVERIFY(PyTorchListing(variant(QStringLiteral("invalid-loss"))).text().contains(QString::fromUtf8("# 注意 / note:")));
    QVERIFY(!PyTorchListing(m_l11).text().contains(QLatin1String("not exported")));

    const QString multi = PyTorchListing(variant(QStringLiteral("spiral3-ce-xavier"))).text();
    QVERIFY(multi.contains(QLatin1String("torch.nn.CrossEntropyLoss()")));
    QVERIFY(multi.contains(QLatin1String("loss = criterion(y_pred, labels)")));
    QVERIFY(multi.contains(QLatin1String("torch.nn.Linear(2, 3)")));
    const QString oneHot = PyTorchListing(variant(QStringLiteral("blobs4-mse-adam"))).text();
    QVERIFY(oneHot.contains(QLatin1String("one_hot(labels, 4).float()")));
    QVERIFY(oneHot.contains(QLatin1String("torch.nn.Softmax(dim=1)")));
    QVERIFY(PyTorchListing(variant(QStringLiteral("digits-ce"))).text().contains(QLatin1String("torch.nn.Linear(64, 32)")));
}

void tst_PyTorchListing::compiles()
{
    if (Python.isEmpty() || !QFile::exists(Python))
        QSKIP("no python3 to compile the listings with");
    // NL_LISTING_DIR keeps the generated files for reading; by default they go to a temporary folder.
    QTemporaryDir temporary;
    const QDir dir(qEnvironmentVariableIsSet("NL_LISTING_DIR") ? qEnvironmentVariable("NL_LISTING_DIR") : temporary.path());
    QVERIFY(temporary.isValid() && dir.exists());
    QStringList files;
    for (const auto &v : variations()) {
        const WorkspaceSpec spec = variant(v.first);
        for (const auto &[suffix, text] : {qMakePair(QStringLiteral("_torch.py"), PyTorchListing(spec).text()),
                                           qMakePair(QStringLiteral("_keras.py"), KerasListing(spec).text())}) {
            QFile file(dir.filePath(QString(v.first).replace(QLatin1Char('-'), QLatin1Char('_')) + suffix));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
            files << file.fileName();
        }
    }
    QProcess python;
    python.start(Python, QStringList{QStringLiteral("-m"), QStringLiteral("py_compile")} + files);
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
}

void tst_PyTorchListing::runsUnderTorch_data()
{
    QTest::addColumn<QString>("name");
    for (const auto &v : variations())
        if (v.first != QLatin1String("invalid-loss"))
            QTest::newRow(qPrintable(v.first)) << v.first;
}

void tst_PyTorchListing::runsUnderTorch()
{
    QFETCH(QString, name);
    if (qEnvironmentVariableIntValue("NL_TORCH_RUN") != 1 || Python.isEmpty())
        QSKIP("set by the tst_pytorchlisting_torch ctest when torch imports at configure time");
    WorkspaceSpec spec = variant(name);
    spec.epochLimit = name == QLatin1String("l11") ? 1 : 2;
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("listing.py")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(PyTorchListing(spec).text().toUtf8());
    file.close();

    QProcess python;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MPLBACKEND"), QStringLiteral("Agg"));
    python.setProcessEnvironment(env);
    python.start(Python, {file.fileName()});
    QVERIFY(python.waitForFinished(300000));
    const QString out = QString::fromUtf8(python.readAllStandardOutput());
    const QString err = QString::fromUtf8(python.readAllStandardError());
    QVERIFY2(python.exitCode() == 0, qPrintable(err.right(2000)));
    QVERIFY2(!err.contains(QLatin1String("Warning: Using a target size")), qPrintable(err));
    QVERIFY(out.contains(QLatin1String("Test loss after training")) || spec.split.test == 0);
    if (name == QLatin1String("l11")) {
        // One epoch is plenty on the two blobs (CURRICULUM §5 L11: about 0.97).
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("Accuracy on test set ([0-9.]+)")).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out.right(500)));
        QVERIFY2(m.captured(1).toDouble() >= 0.9, qPrintable(m.captured(0)));
        QCOMPARE(out.count(QLatin1String("train loss")), 800 / 5);
    }
}

QTEST_GUILESS_MAIN(tst_PyTorchListing)
#include "tst_pytorchlisting.moc"
