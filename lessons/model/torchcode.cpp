#include "torchcode.h"

using namespace engine;
using namespace pythoncode;

namespace torchcode {

bool oneHotTargets(const WorkspaceSpec &spec)
{
    return spec.task() == Task::MultiClass && spec.training.loss != LossKind::SoftmaxCrossEntropy;
}

bool logitsOutput(const WorkspaceSpec &spec)
{
    return spec.task() == Task::MultiClass && !oneHotTargets(spec);
}

QString prediction(const WorkspaceSpec &spec, const QString &input)
{
    return spec.task() == Task::MultiClass ? input : input + QStringLiteral(".squeeze(1)");
}

QString target(const WorkspaceSpec &spec, const QString &labels)
{
    return oneHotTargets(spec) ? QStringLiteral("one_hot(%1, %2).float()").arg(labels).arg(outputCount(spec)) : labels;
}

QString accuracy(const WorkspaceSpec &spec, const QString &output, const QString &labels)
{
    // The app's decision threshold (0 unless moved) on the output's own scale: 0 / 0.5 by default.
    const double threshold = spec.training.decisionThreshold;
    QString hits;
    if (spec.task() == Task::MultiClass)
        hits = QStringLiteral("%1.argmax(1) == %2");
    else if (spec.encoding() == TargetEncoding::PlusMinusOne)
        hits = QStringLiteral("(%1 >= %3).float() * 2 - 1 == %2").replace(QLatin1String("%3"), QString::number(threshold));
    else if (spec.task() == Task::Binary)
        hits = QStringLiteral("(%1 >= %3).float() == %2").replace(QLatin1String("%3"), QString::number((threshold + 1.0) / 2.0));
    else
        return {};
    return QStringLiteral("(") + hits.arg(output, labels) + QStringLiteral(").float().mean().item()");
}

QStringList layerLines(const WorkspaceSpec &spec, CommentLanguage language, int indent, int column)
{
    const QString pad(indent, QLatin1Char(' '));
    const QString hiddenModule = torchActivation(spec.network.activation);
    const double dropout = spec.training.dropout;
    QStringList lines;
    int fanIn = inputCount(spec);
    for (std::size_t i = 0; i < spec.network.hidden.size(); ++i) {
        const int units = spec.network.hidden[i];
        QString code = pad + QStringLiteral("torch.nn.Linear(%1, %2),").arg(fanIn).arg(units);
        if (!hiddenModule.isEmpty())
            code += QLatin1Char(' ') + hiddenModule + QLatin1Char(',');
        if (dropout > 0)
            code += QStringLiteral(" torch.nn.Dropout(%1),").arg(number(dropout, 4));
        lines << commented(code, pick(language, "隐藏层 %1", "hidden layer %1").arg(i + 1), column);
        fanIn = units;
    }
    const QString outModule = logitsOutput(spec) ? QString() : torchActivation(spec.outputActivation());
    QString out = pad + QStringLiteral("torch.nn.Linear(%1, %2),").arg(fanIn).arg(outputCount(spec));
    if (!outModule.isEmpty())
        out += QLatin1Char(' ') + outModule + QLatin1Char(',');
    lines << commented(out, pick(language, "输出层", "output layer"), column);
    return lines;
}

QString modelHeading(const WorkspaceSpec &spec, CommentLanguage language)
{
    const NetworkSpec &net = spec.network;
    const Activation outAct = spec.outputActivation();
    const QString outName = logitsOutput(spec) ? pick(language, "（softmax 在 CrossEntropyLoss 里）", " (the softmax is inside CrossEntropyLoss)")
                            : torchActivation(outAct).isEmpty() ? QString()
                                                                : QStringLiteral(" + ") + activationName(outAct);
    if (net.hidden.empty())
        return pick(language, "# 3. 定义神经网络结构：感知机 = 全连接层 Linear(%1, %2)%3",
                    "# 3. The network: a perceptron, one fully connected layer Linear(%1, %2)%3")
            .arg(inputCount(spec))
            .arg(outputCount(spec))
            .arg(outName);
    QStringList sizes;
    for (int units : net.hidden)
        sizes << QString::number(units);
    return pick(language, "# 3. 定义神经网络结构：%1 个隐藏层 (%2，%3) + 输出层 Linear(%4, %5)%6",
                "# 3. The network: %1 hidden layers (%2, %3) + output layer Linear(%4, %5)%6")
        .arg(net.hidden.size())
        .arg(sizes.join(QStringLiteral(", ")), activationName(net.activation))
        .arg(net.hidden.back())
        .arg(outputCount(spec))
        .arg(outName);
}

ModelCode mlpClass(const WorkspaceSpec &spec, CommentLanguage language)
{
    ModelCode code;
    code.lines = QStringList{QStringLiteral("class MLP(torch.nn.Module):"), QStringLiteral("    def __init__(self):"),
                             QStringLiteral("        super().__init__()"), QStringLiteral("        self.layers = torch.nn.Sequential(")};
    code.firstLayer = static_cast<int>(code.lines.size());
    const QStringList layers = layerLines(spec, language, 12, kCommentColumn);
    code.layerCount = static_cast<int>(layers.size());
    code.lines << layers
               << QStringList{QStringLiteral("        )"), QString(), QStringLiteral("    def forward(self, x):"),
                              QStringLiteral("        return self.layers(x)"), QString(), QStringLiteral("model = MLP()")};
    return code;
}

QStringList datasetAccessors()
{
    return {QString(),
            QStringLiteral("    def __getitem__(self, index):"),
            QStringLiteral("        return self.x[index], self.y[index]"),
            QString(),
            QStringLiteral("    def __len__(self):"),
            QStringLiteral("        return self.n_samples"),
            QString()};
}

QList<AnchoredLine> batchStep(const WorkspaceSpec &spec, CommentLanguage language, const QString &penalty,
                              const QString &penaltyComment)
{
    const auto line = [](const QString &code, const QString &comment) {
        return commented(QStringLiteral("        ") + code, comment, kCommentColumn);
    };
    QList<AnchoredLine> lines{
        {line(QStringLiteral("optimizer.zero_grad()"), pick(language, "清除上一步的梯度", "clear the last step's gradients")),
         QStringLiteral("zero_grad")},
        {line(QStringLiteral("y_pred = model(inputs)"), pick(language, "5.1 前向传播", "5.1 forward pass")), QStringLiteral("forward")},
        {line(QStringLiteral("loss = criterion(%1, %2)")
                  .arg(prediction(spec, QStringLiteral("y_pred")), target(spec, QStringLiteral("labels"))),
              pick(language, "5.2 计算损失 (output, target)", "5.2 the loss (output, target)")),
         QStringLiteral("criterion")}};
    if (!penalty.isEmpty())
        lines.append({line(penalty, penaltyComment), QStringLiteral("regularization")});
    lines.append({line(QStringLiteral("loss.backward()"), pick(language, "5.3 反向传播：计算梯度", "5.3 backpropagation: the gradients")),
                  QStringLiteral("backward")});
    lines.append({line(QStringLiteral("optimizer.step()"), pick(language, "5.4 梯度下降：更新参数", "5.4 gradient descent: update the parameters")),
                  QStringLiteral("step")});
    return lines;
}

QString criterion(const WorkspaceSpec &spec, CommentLanguage language)
{
    switch (spec.training.loss) {
    case LossKind::MeanSquared: return QStringLiteral("criterion = torch.nn.MSELoss()");
    case LossKind::HalfSquared:
        return QStringLiteral("criterion = lambda output, target: 0.5 * torch.nn.functional.mse_loss(output, target)   # ")
            + pick(language, "Playground 的 ½·MSE", "Playground's ½·MSE");
    case LossKind::BinaryCrossEntropy: return QStringLiteral("criterion = torch.nn.BCELoss()");
    case LossKind::SoftmaxCrossEntropy: return QStringLiteral("criterion = torch.nn.CrossEntropyLoss()");
    }
    return {};
}

} // namespace torchcode
