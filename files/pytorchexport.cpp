#include "pytorchexport.h"

#include "pythondata.h"
#include "pytorchplot.h"
#include "torchcode.h"

#include <algorithm>

using namespace engine;
using namespace pythoncode;

namespace {

constexpr int kLoopColumn = torchcode::kCommentColumn;

// Hyperparameters exactly as the engine holds them, in their shortest form ("0.03").
QString exact(double value)
{
    return PythonData::doubleLiteral(value);
}

} // namespace

PyTorchExport::PyTorchExport(const WorkspaceSpec &spec, const ScriptReplay &replay, CommentLanguage language,
                             const QString &source)
    : m_spec(spec), m_replay(replay), m_language(language)
{
    const int train = static_cast<int>(replay.split.train.size());
    const int batch = spec.training.batchSize;
    m_batchSize = std::max(1, batch > 0 && batch < train ? batch : train);

    addHeader(source);
    addHyperparameters();
    addData();
    addSplit();
    addModel();
    addSettings();
    addTraining();
    addTest();
    add(QString());
    add(pytorchplot::lines(spec, !replay.split.test.empty(), language), QStringLiteral("plot"));
}

void PyTorchExport::addHeader(const QString &source)
{
    const QString from = source.isEmpty() ? QString() : say("自“%1”", " from “%1”").arg(source);
    add(say("# 神经网络的 7 步训练流程：精确重现 Neural Lessons 里的这次训练",
            "# The 7-step training recipe: an exact replay of this Neural Lessons run"));
    add(say("# 由 Neural Lessons %1 导出%2；需要 torch，画图还需要 matplotlib。",
            "# Exported by Neural Lessons %1%2; needs torch, and matplotlib to plot.")
            .arg(QStringLiteral(NL_VERSION), from));
    add(say("# 脚本使用和软件相同的数据点、划分、网络结构、初始权重、损失函数、优化器和每个 epoch 的样本顺序，\n"
            "# 从初始权重（第 0 轮）开始训练 %1 个 epoch：每个 epoch 打印的训练损失就是软件的损失曲线\n"
            "# （相对误差约 1e-6）。",
            "# It uses the app's data points, split, network, initial weights, loss, optimizer and the order of\n"
            "# the samples in every epoch, and trains %1 epochs from the initial weights (epoch 0): the training\n"
            "# loss it prints after each epoch is the app's loss curve (to about 1e-6, relative).")
            .arg(m_replay.epochCount())
            .split(QLatin1Char('\n')));
    addNotes();
    add(QStringLiteral("import torch"));
    QString imports = QStringLiteral("from torch.utils.data import Dataset, DataLoader, Subset");
    if (m_spec.training.reshuffle)
        imports += QStringLiteral(", Sampler");
    add(imports);
    if (torchcode::oneHotTargets(m_spec))
        add(QStringLiteral("from torch.nn.functional import one_hot"));
    add(QString());
    add(commented(QStringLiteral("torch.manual_seed(%1)").arg(m_spec.initSeed),
                  say("随机种子：只有 dropout 和超出 ORDER 的 epoch 会用到随机数",
                      "random seed: only dropout and epochs beyond ORDER draw random numbers"),
                  24),
        QStringLiteral("seed"));
}

void PyTorchExport::addNotes()
{
    const TrainingSettings &t = m_spec.training;
    const int epochs = m_replay.epochCount();
    if (t.dropout > 0)
        add(say("# 注意：dropout 随机丢弃的神经元和软件里不同，所以损失会和软件略有差别。",
                "# Note: dropout drops other neurons than the app did, so the losses differ a little from the app's."));
    if (m_replay.stop == StopReason::EarlyStopping)
        add(say("# 注意：软件在第 %1 个 epoch 后早停（patience = %2），所以脚本只训练 %1 个 epoch%3。",
                "# Note: the app stopped early after epoch %1 (patience %2), so the script trains %1 epochs%3.")
                .arg(epochs)
                .arg(t.patience)
                .arg(t.restoreBest ? say("；软件随后恢复了最佳权重，脚本没有", "; the app then went back to the best weights, the script does not")
                                   : QString()));
    if (m_replay.stop == StopReason::Diverged)
        add(say("# 注意：软件里的训练在第 %1 个 epoch 发散了（损失或权重太大），脚本只训练之前的 %2 个 epoch。",
                "# Note: the run diverged in epoch %1 in the app (the loss or the weights grew too large); the script\n"
                "# trains the %2 epochs before it.")
                .arg(epochs + 1)
                .arg(epochs)
                .split(QLatin1Char('\n')));
    if (m_replay.cut)
        add(say("# 注意：要求训练 %1 个 epoch，但为了让脚本不太长，只写入了前 %2 个 epoch 的样本顺序。",
                "# Note: %1 epochs were asked for; to keep the script short it holds the sample orders of the first %2.")
                .arg(m_replay.requested)
                .arg(epochs));
    if (m_replay.differsFromWorkspace)
        add(say("# 注意：这个工作区训练时改过设置或网络，所以它的损失曲线和从初始权重重新训练不同；\n"
                "# 脚本重现的是重新训练（和在软件里按“重置”后再训练一样）。",
                "# Note: the settings or the network changed while this workspace trained, so its loss curve differs\n"
                "# from a fresh run; the script reproduces a fresh run from the initial weights (as after Reset).")
                .split(QLatin1Char('\n')));
}

void PyTorchExport::addHyperparameters()
{
    add(QString());
    add(say("# 0. 超参数 (hyperparameters)", "# 0. Hyperparameters"));
    add(QStringLiteral("LR = %1").arg(exact(m_spec.training.optimizer.learningRate)), QStringLiteral("lr"));
    add(QStringLiteral("num_epoch = %1").arg(m_replay.epochCount()), QStringLiteral("epochs"));
    const QString batch = QStringLiteral("batch_size = %1").arg(m_batchSize);
    add(m_spec.training.batchSize > 0 ? batch
                                      : commented(batch, say("全批量：一次用全部训练样本", "full batch: every training sample at once"), 24),
        QStringLiteral("batch"));
}

void PyTorchExport::addData()
{
    const bool digits = m_spec.data.kind == DatasetKind::Digits;
    const QString inputs = PythonData::inputsName(m_spec);
    add(QString());
    add(say("# 1. 训练、测试数据：使用 torch.utils.data 模块的 Dataset",
            "# 1. Training and test data: a Dataset from the torch.utils.data module"));
    add(PythonData::data(m_spec, m_replay, m_language));
    add(QString());
    const int first = nextLine();
    add(digits ? QStringLiteral("class DigitsDataset(Dataset):") : QStringLiteral("class PointsDataset(Dataset):"));
    add(QStringLiteral("    def __init__(self):"));
    if (digits) {
        add(commented(QStringLiteral("        self.x = torch.tensor(IMAGES, dtype=torch.float32) / 16"),
                      say("像素 0…16 缩放到 0…1", "pixels 0…16 scaled to 0…1"), kLoopColumn));
    } else if (hasExtraFeatures(m_spec)) {
        add(QStringLiteral("        x = torch.tensor(%1, dtype=torch.float64)").arg(inputs));
        add(commented(QStringLiteral("        self.points = x.float()"),
                      say("原始坐标 (x1, x2)，画图用", "the coordinates (x1, x2), for the plots"), kLoopColumn));
        add(commented(QStringLiteral("        self.x = ") + featureExpression(m_spec, QStringLiteral("torch")) + QStringLiteral(".float()"),
                      say("输入特征：", "input features: ") + featureNames(m_spec), kLoopColumn));
    } else {
        add(commented(QStringLiteral("        self.x = torch.tensor(%1, dtype=torch.float32)").arg(inputs),
                      say("输入 (x1, x2)", "inputs (x1, x2)"), kLoopColumn));
    }
    if (m_spec.task() == Task::MultiClass)
        add(commented(QStringLiteral("        self.y = torch.tensor(LABELS)"),
                      say("类别 0…%1", "classes 0…%1").arg(outputCount(m_spec) - 1), kLoopColumn));
    else if (m_spec.encoding() == TargetEncoding::PlusMinusOne)
        add(commented(QStringLiteral("        self.y = 2 * torch.tensor(LABELS, dtype=torch.float32) - 1"),
                      say("标签 -1 或 +1（tanh 输出）", "labels -1 or +1 (tanh output)"), kLoopColumn));
    else
        add(commented(QStringLiteral("        self.y = torch.tensor(LABELS, dtype=torch.float32)"),
                      regression() ? say("目标值（回归）", "target values (regression)") : say("标签 0 或 1", "labels 0 or 1"),
                      kLoopColumn));
    add(QStringLiteral("        self.n_samples = len(LABELS)"));
    add(torchcode::datasetAccessors());
    add(digits ? QStringLiteral("dataset = DigitsDataset()") : QStringLiteral("dataset = PointsDataset()"));
    mark(QStringLiteral("dataset"), first, lineCount());
}

void PyTorchExport::addSplit()
{
    const bool validation = !m_replay.split.validation.empty();
    add(QString());
    add(validation ? say("# 2. 将整个数据集分成训练集、验证集和测试集（和软件的划分相同）",
                         "# 2. Split the data set into training, validation and test sets (the app's split)")
                   : say("# 2. 将整个数据集分成训练集和测试集（和软件的划分相同）",
                         "# 2. Split the data set into a training and a test set (the app's split)"));
    const int first = nextLine();
    add(PythonData::split(m_spec, m_replay, m_language));
    add(QStringLiteral("train_data, test_data = Subset(dataset, TRAIN_INDICES), Subset(dataset, TEST_INDICES)"));
    add(QStringLiteral("train_set, val_set, test_set = dataset[TRAIN_INDICES], dataset[VAL_INDICES], dataset[TEST_INDICES]"));
    mark(QStringLiteral("split"), first, lineCount());
    if (!m_spec.training.reshuffle) {
        add(commented(QStringLiteral("dataloader = DataLoader(dataset=train_data, batch_size=batch_size, shuffle=False)"),
                      say("软件不打乱顺序", "the app keeps the order"), 24),
            QStringLiteral("dataloader"));
        return;
    }
    add(QString());
    add(PythonData::orders(m_replay, m_language), QStringLiteral("shuffle"));
    add(QString());
    add({QStringLiteral("class AppOrder(Sampler):"),
         QStringLiteral("    # ") + say("第 k 个 epoch 按 ORDER[k] 取样本；更多的 epoch 用随机顺序",
                                        "epoch k takes the samples in the order ORDER[k]; further epochs in a random order"),
         QStringLiteral("    def __init__(self):"),
         QStringLiteral("        self.epoch = 0"),
         QString(),
         QStringLiteral("    def __iter__(self):"),
         QStringLiteral("        order = ORDER[self.epoch] if self.epoch < len(ORDER) else torch.randperm(len(TRAIN_INDICES)).tolist()"),
         QStringLiteral("        self.epoch += 1"),
         QStringLiteral("        return iter(order)"),
         QString(),
         QStringLiteral("    def __len__(self):"),
         QStringLiteral("        return len(TRAIN_INDICES)"),
         QString()},
        QStringLiteral("shuffle"));
    add(QStringLiteral("dataloader = DataLoader(dataset=train_data, batch_size=batch_size, sampler=AppOrder())"),
        QStringLiteral("dataloader"));
}

void PyTorchExport::addModel()
{
    add(QString());
    const int first = nextLine();
    add(torchcode::modelHeading(m_spec, m_language));
    const torchcode::ModelCode model = torchcode::mlpClass(m_spec, m_language);
    const int layers = nextLine() + model.firstLayer;
    add(model.lines);
    mark(QStringLiteral("layers"), layers, layers + model.layerCount - 1);
    add(QString());
    add(PythonData::weights(m_replay, m_language), QStringLiteral("init"));
    add({QStringLiteral("linears = [layer for layer in model.modules() if isinstance(layer, torch.nn.Linear)]"),
         QStringLiteral("with torch.no_grad():"),
         QStringLiteral("    for layer, (weight, bias) in zip(linears, INITIAL_WEIGHTS):"),
         QStringLiteral("        layer.weight.copy_(torch.tensor(weight))"),
         QStringLiteral("        layer.bias.copy_(torch.tensor(bias))")},
        QStringLiteral("init"));
    mark(QStringLiteral("model"), first, lineCount());
}

void PyTorchExport::addSettings()
{
    const TrainingSettings &t = m_spec.training;
    const OptimizerSettings &o = t.optimizer;
    add(QString());
    add(say("# 4. 设置训练模型、参数：损失函数、优化器（epoch 数见第 0 步）",
            "# 4. Training settings: the loss function and the optimizer (the epochs are in step 0)"));
    add(torchcode::criterion(m_spec, m_language), QStringLiteral("loss"));
    QString optimizer = QStringLiteral("optimizer = torch.optim.SGD(model.parameters(), lr=LR)");
    if (o.kind == OptimizerKind::Momentum)
        optimizer = QStringLiteral("optimizer = torch.optim.SGD(model.parameters(), lr=LR, momentum=%1)").arg(exact(o.momentum));
    else if (o.kind == OptimizerKind::Adam)
        optimizer = QStringLiteral("optimizer = torch.optim.Adam(model.parameters(), lr=LR, betas=(%1, %2), eps=%3)")
                        .arg(exact(o.beta1), exact(o.beta2), exact(o.epsilon));
    add(optimizer, QStringLiteral("optimizer"));
    if (t.regularization != Regularization::None && t.regularizationRate > 0) {
        const bool l2 = t.regularization == Regularization::L2;
        add({commented((l2 ? QStringLiteral("l2_rate = ") : QStringLiteral("l1_rate = ")) + exact(t.regularizationRate),
                       l2 ? say("L2 正则化（权重衰减）：损失加上 l2_rate / 2 × Σw²", "L2 regularisation (weight decay): the loss gets l2_rate / 2 × Σw²")
                          : say("L1 正则化：损失加上 l1_rate × Σ|w|", "L1 regularisation: the loss gets l1_rate × Σ|w|"),
                       24),
             commented(QStringLiteral("weights = [layer.weight for layer in linears]"),
                       say("只罚权重、不罚偏置，和软件一样", "weights only, not the biases, as in the app"), kLoopColumn)},
            QStringLiteral("regularization"));
    }
    const QString output = torchcode::prediction(m_spec, QStringLiteral("model(data[0])"));
    const QString accuracy = torchcode::accuracy(m_spec, QStringLiteral("y_pred"), QStringLiteral("data[1]"));
    add(QString());
    add(commented(QStringLiteral("def measure(data):"),
                  say("整个集合上的损失和准确率，和软件的曲线一样（不含正则项）",
                      "loss and accuracy over a whole set, as the app's charts show them (no penalty)"),
                  24));
    add({QStringLiteral("    model.eval()"), QStringLiteral("    with torch.no_grad():"),
         QStringLiteral("        y_pred = ") + output,
         QStringLiteral("        loss = criterion(y_pred, %1).item()").arg(torchcode::target(m_spec, QStringLiteral("data[1]")))});
    if (!regression())
        add(QStringLiteral("        accuracy = ") + accuracy);
    add({QStringLiteral("    model.train()"),
         regression() ? QStringLiteral("    return loss") : QStringLiteral("    return loss, accuracy")});
}

QString PyTorchExport::measured(const QString &split) const
{
    return (regression() ? QStringLiteral("%1_loss = measure(%1_set)") : QStringLiteral("%1_loss, %1_acc = measure(%1_set)"))
        .arg(split);
}

QString PyTorchExport::printed(const QString &name, const QString &split) const
{
    const QString loss = QStringLiteral("%1 loss {%2_loss:.7g}").arg(name, split);
    return regression() ? loss : loss + QStringLiteral(", %1 accuracy {%2_acc:.4f}").arg(name, split);
}

void PyTorchExport::addTraining()
{
    const bool validation = !m_replay.split.validation.empty();
    add(QString());
    add(say("# 5. 训练模型", "# 5. Train the model"));
    add(PythonData::trainLosses(m_replay, m_language));
    const int first = nextLine();
    add({QStringLiteral("train_losses = []"), QStringLiteral("model.train()"),
         QStringLiteral("for epoch in range(num_epoch):"), QStringLiteral("    for inputs, labels in dataloader:")});
    const TrainingSettings &t = m_spec.training;
    const bool penalty = t.regularization != Regularization::None && t.regularizationRate > 0;
    const bool l2 = t.regularization == Regularization::L2;
    const QString penaltyLine = !penalty ? QString()
                                : l2     ? QStringLiteral("loss = loss + l2_rate / 2 * sum((w ** 2).sum() for w in weights)")
                                         : QStringLiteral("loss = loss + l1_rate * sum(w.abs().sum() for w in weights)");
    for (const torchcode::AnchoredLine &line : torchcode::batchStep(
             m_spec, m_language, penaltyLine, l2 ? say("L2 正则化", "L2 penalty") : say("L1 正则化", "L1 penalty")))
        add(line.code, line.anchor);
    add(commented(QStringLiteral("    ") + measured(QStringLiteral("train")),
                  say("5.5 每个 epoch 结束：整个训练集上的损失", "5.5 after each epoch: the loss over the training set"),
                  kLoopColumn),
        QStringLiteral("print"));
    add(QStringLiteral("    train_losses.append(train_loss)"), QStringLiteral("print"));
    const QString line = QStringLiteral("    print(f\"epoch {epoch + 1}/{num_epoch}, ") + printed(QStringLiteral("train"), QStringLiteral("train"));
    if (validation) {
        add(QStringLiteral("    ") + measured(QStringLiteral("val")), QStringLiteral("validation"));
        add({line + QStringLiteral(", \""),
             QStringLiteral("          f\"") + printed(QStringLiteral("validation"), QStringLiteral("val")) + QStringLiteral("\")")},
            QStringLiteral("print"));
    } else {
        add(line + QStringLiteral("\")"), QStringLiteral("print"));
    }
    add({QStringLiteral("difference = max((abs(a - b) / max(abs(b), 1e-12) for a, b in zip(train_losses, APP_TRAIN_LOSS)), default=0.0)"),
         QStringLiteral("print(f\"largest relative difference to the app's train loss: {difference:.1e}\")")});
    mark(QStringLiteral("train"), first, lineCount());
}

void PyTorchExport::addTest()
{
    add(QString());
    if (m_replay.split.test.empty()) {
        add(say("# 6. 测试模型：没有测试数据（测试集占 0 %），跳过", "# 6. Test the model: there is no test data (0 % test), so skip it"));
        return;
    }
    const int first = nextLine();
    add(say("# 6. 测试模型", "# 6. Test the model"));
    add(QStringLiteral("model.eval()"), QStringLiteral("eval"));
    add({QStringLiteral("with torch.no_grad():"),
         commented(QStringLiteral("    y_pred = ") + torchcode::prediction(m_spec, QStringLiteral("model(test_set[0])")),
                   say("测试集上的输出，第 7 步画图用", "the outputs on the test set, plotted in step 7"), kLoopColumn),
         measured(QStringLiteral("test")),
         QStringLiteral("print(\"Test loss after training\", round(test_loss, 4))")});
    if (!regression())
        add(QStringLiteral("print(\"Accuracy on test set\", round(test_acc, 3))"), QStringLiteral("accuracy"));
    add({commented(QStringLiteral("for name, param in model.named_parameters():"),
                   say("训练后的参数 (weights, bias)", "the parameters after training (weights, bias)"), kLoopColumn),
         QStringLiteral("    print(name, param.data)")},
        QStringLiteral("parameters"));
    mark(QStringLiteral("test"), first, lineCount());
}
