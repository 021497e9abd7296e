#include "pythondata.h"

#include <QLocale>

#include <charconv>
#include <cmath>

using namespace engine;
using pythoncode::CommentLanguage;
using pythoncode::pick;

namespace {

QStringList integers(const std::vector<int> &values)
{
    QStringList items;
    items.reserve(static_cast<qsizetype>(values.size()));
    for (int v : values)
        items << QString::number(v);
    return items;
}

} // namespace

QString PythonData::floatLiteral(float value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, static_cast<qsizetype>(result.ptr - buffer));
}

QString PythonData::doubleLiteral(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QStringList PythonData::wrap(const QString &open, const QStringList &items, const QString &close, int indent)
{
    QStringList lines;
    QString line = open;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items.at(i) + (i + 1 < items.size() ? QStringLiteral(",") : close);
        // The first item always stays on the opening line, so an empty or short list is one line.
        if (i > 0 && line.size() + 1 + item.size() > kWidth) {
            lines << line;
            line = QString(indent, QLatin1Char(' ')) + item;
        } else {
            line += (i > 0 ? QStringLiteral(" ") : QString()) + item;
        }
    }
    if (items.isEmpty())
        line += close;
    lines << line;
    return lines;
}

QString PythonData::inputsName(const WorkspaceSpec &spec)
{
    return spec.data.kind == DatasetKind::Digits ? QStringLiteral("IMAGES") : QStringLiteral("POINTS");
}

QStringList PythonData::data(const WorkspaceSpec &spec, const ScriptReplay &replay, CommentLanguage language)
{
    const Dataset &d = replay.dataset;
    const bool digits = spec.data.kind == DatasetKind::Digits;
    QStringList inputs;
    inputs.reserve(d.size());
    for (int s = 0; s < d.size(); ++s) {
        QStringList values;
        for (int r = 0; r < d.inputDim(); ++r)
            values << (digits ? QString::number(std::lround(d.inputs(r, s) * 16.0))
                              : floatLiteral(static_cast<float>(d.inputs(r, s))));
        inputs << QLatin1Char('[') + values.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    QStringList labels;
    if (d.task == Task::Regression) {
        for (Eigen::Index s = 0; s < d.values.size(); ++s)
            labels << floatLiteral(static_cast<float>(d.values(s)));
    } else {
        labels = integers(d.classes);
    }
    QStringList lines;
    lines << (digits ? pick(language, "# 软件里的 %1 张 8×8 图像，每个像素 0…16", "# The app's %1 images of 8×8 pixels, each 0…16")
                     : pick(language, "# 软件里的 %1 个点 (x1, x2)", "# The app's %1 points (x1, x2)"))
                 .arg(d.size());
    lines << wrap(inputsName(spec) + QStringLiteral(" = ["), inputs, QStringLiteral("]"), 4);
    lines << (d.task == Task::Regression ? pick(language, "# 每个样本的目标值", "# The target value of each sample")
                                         : pick(language, "# 每个样本的类别", "# The class of each sample"));
    lines << wrap(QStringLiteral("LABELS = ["), labels, QStringLiteral("]"), 4);
    return lines;
}

QStringList PythonData::split(const WorkspaceSpec &spec, const ScriptReplay &replay, CommentLanguage language)
{
    QStringList lines{pick(language, "# 软件的划分：每个集合里的样本编号（%1 中的位置）",
                           "# The app's split: the sample numbers in each set (positions in %1)")
                          .arg(inputsName(spec))};
    lines << wrap(QStringLiteral("TRAIN_INDICES = ["), integers(replay.split.train), QStringLiteral("]"), 4);
    lines << wrap(QStringLiteral("VAL_INDICES = ["), integers(replay.split.validation), QStringLiteral("]"), 4);
    lines << wrap(QStringLiteral("TEST_INDICES = ["), integers(replay.split.test), QStringLiteral("]"), 4);
    return lines;
}

QStringList PythonData::weights(const ScriptReplay &replay, CommentLanguage language)
{
    const Network &net = replay.initial;
    QStringList lines{pick(language, "# 软件的初始权重（第 0 轮）：每一层的 weight[to][from] 和 bias",
                           "# The app's initial weights (epoch 0): weight[to][from] and bias of each layer"),
                      QStringLiteral("INITIAL_WEIGHTS = [")};
    for (int l = 0; l < net.layerCount(); ++l) {
        lines << QStringLiteral("    # Linear(%1, %2)").arg(net.fanIn(l)).arg(net.layer(l).units);
        QStringList rows;
        for (int to = 0; to < net.layer(l).units; ++to) {
            QStringList row;
            for (int from = 0; from < net.fanIn(l); ++from)
                row << floatLiteral(net.weight(l, to, from));
            rows << QLatin1Char('[') + row.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
        QStringList biases;
        for (int to = 0; to < net.layer(l).units; ++to)
            biases << floatLiteral(net.bias(l, to));
        lines << wrap(QStringLiteral("    (["), rows, QStringLiteral("],"), 6);
        lines << wrap(QStringLiteral("     ["), biases, QStringLiteral("]),"), 6);
    }
    lines << QStringLiteral("]");
    return lines;
}

QStringList PythonData::orders(const ScriptReplay &replay, CommentLanguage language)
{
    QStringList lines{pick(language, "# 软件在每个 epoch 里取训练样本的顺序（TRAIN_INDICES 中的位置）",
                           "# The order in which the app took the training samples in each epoch (positions in TRAIN_INDICES)"),
                      QStringLiteral("ORDER = [")};
    for (const std::vector<int> &order : replay.orders)
        lines << wrap(QStringLiteral("    ["), integers(order), QStringLiteral("],"), 5);
    lines << QStringLiteral("]");
    return lines;
}

QStringList PythonData::trainLosses(const ScriptReplay &replay, CommentLanguage language)
{
    QStringList losses;
    for (const EpochMetrics &m : replay.epochs)
        losses << doubleLiteral(m.train.loss);
    QStringList lines{pick(language, "# 软件里每个 epoch 结束时的训练损失，用来对照",
                           "# The app's training loss after each epoch, to compare with")};
    lines << wrap(QStringLiteral("APP_TRAIN_LOSS = ["), losses, QStringLiteral("]"), 4);
    return lines;
}
