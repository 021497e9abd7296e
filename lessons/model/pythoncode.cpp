#include "pythoncode.h"

#include "inputfeatures.h"
#include "loss.h"

#include <algorithm>
#include <cmath>

using namespace engine;

namespace pythoncode {

namespace {

constexpr double kPi = 3.14159265358979323846;

QString noiseFraction(const WorkspaceSpec &spec) { return number(spec.data.noise / 100.0, 4); }

// Playground's Gaussian spread: variance 0.5 at noise 0 to 4 at noise 50 (noise 25 -> std 1.5).
QString gaussStd(const WorkspaceSpec &spec)
{
    return number(std::sqrt(0.5 + 3.5 * (spec.data.noise / 100.0) / 0.5), 4);
}

QString seed(const WorkspaceSpec &spec) { return QString::number(spec.data.seed); }

// "x, y = make_blobs(...)" in two lines, the second aligned under the first argument.
QStringList blobsCall(const QString &samples, const QString &centres, const WorkspaceSpec &spec)
{
    const QString head = QStringLiteral("x, y = make_blobs(");
    return {head + QStringLiteral("n_samples=%1, centers=%2, n_features=2,").arg(samples, centres),
            QString(head.size(), QLatin1Char(' '))
                + QStringLiteral("cluster_std=%1, shuffle=True, random_state=%2)").arg(gaussStd(spec), seed(spec))};
}

QStringList circleHelper()
{
    return {QStringLiteral("def make_circle(n_samples, noise, random_state):"),
            QStringLiteral("    # Playground 的“圆形”：圆内 (r < 2.5) 为 1，外环 (3.5 ≤ r ≤ 5) 为 0"),
            QStringLiteral("    rng = np.random.default_rng(random_state)"),
            QStringLiteral("    inner = (n_samples + 1) // 2"),
            QStringLiteral("    r = np.concatenate([rng.uniform(0, 2.5, inner), rng.uniform(3.5, 5, n_samples - inner)])"),
            QStringLiteral("    angle = rng.uniform(0, 2 * np.pi, n_samples)"),
            QStringLiteral("    x = np.column_stack([r * np.sin(angle), r * np.cos(angle)])"),
            QStringLiteral("    moved = x + rng.uniform(-5, 5, x.shape) * noise   # 噪声：边界附近的点可能换类别"),
            QStringLiteral("    y = (np.hypot(moved[:, 0], moved[:, 1]) < 2.5).astype(int)"),
            QStringLiteral("    order = rng.permutation(n_samples)"),
            QStringLiteral("    return x[order], y[order]")};
}

QStringList xorHelper()
{
    return {QStringLiteral("def make_xor(n_samples, noise, random_state):"),
            QStringLiteral("    # Playground 的“异或”：x1·x2 ≥ 0 的两个象限为 1"),
            QStringLiteral("    rng = np.random.default_rng(random_state)"),
            QStringLiteral("    x = rng.uniform(-5, 5, (n_samples, 2))"),
            QStringLiteral("    x += np.where(x > 0, 0.3, -0.3)                    # 离坐标轴远一点"),
            QStringLiteral("    moved = x + rng.uniform(-5, 5, x.shape) * noise"),
            QStringLiteral("    return x, (moved[:, 0] * moved[:, 1] >= 0).astype(int)")};
}

QStringList spiralHelper()
{
    return {QStringLiteral("def make_spiral(n_samples, arm_labels, noise, random_state):"),
            QStringLiteral("    # Playground 的“螺旋”：每条螺旋臂是一个类别"),
            QStringLiteral("    rng = np.random.default_rng(random_state)"),
            QStringLiteral("    arms = len(arm_labels)"),
            QStringLiteral("    points, labels = [], []"),
            QStringLiteral("    for k, label in enumerate(arm_labels):"),
            QStringLiteral("        count = n_samples // arms + (k < n_samples % arms)"),
            QStringLiteral("        s = np.arange(count) / (n_samples / arms)"),
            QStringLiteral("        t = 1.75 * 2 * np.pi * s + 2 * np.pi * k / arms"),
            QStringLiteral("        p = np.column_stack([5 * s * np.sin(t), 5 * s * np.cos(t)])"),
            QStringLiteral("        points.append(p + rng.uniform(-1, 1, p.shape) * noise)"),
            QStringLiteral("        labels.append(np.full(count, label))"),
            QStringLiteral("    order = rng.permutation(n_samples)"),
            QStringLiteral("    return np.concatenate(points)[order], np.concatenate(labels)[order]")};
}

QStringList randomLabelsHelper()
{
    return {QStringLiteral("def make_random_labels(n_samples, classes, random_state):"),
            QStringLiteral("    # 随机标签：点和类别毫无关系，网络只能把训练集“背”下来"),
            QStringLiteral("    rng = np.random.default_rng(random_state)"),
            QStringLiteral("    return rng.uniform(-6, 6, (n_samples, 2)), rng.integers(0, classes, n_samples)")};
}

QStringList planeHelper()
{
    return {QStringLiteral("def make_plane(n_samples, noise, random_state):"),
            QStringLiteral("    # Playground 的“平面”回归：目标值 = (x1 + x2) / 10"),
            QStringLiteral("    rng = np.random.default_rng(random_state)"),
            QStringLiteral("    x = rng.uniform(-6, 6, (n_samples, 2))"),
            QStringLiteral("    moved = x + rng.uniform(-6, 6, x.shape) * noise"),
            QStringLiteral("    return x, (moved[:, 0] + moved[:, 1]) / 10")};
}

QStringList bumpsHelper()
{
    return {QStringLiteral("def make_bumps(n_samples, noise, random_state):"),
            QStringLiteral("    # Playground 的“多个高斯”回归：6 个正负相间的小山，取绝对值最大的一个"),
            QStringLiteral("    rng = np.random.default_rng(random_state)"),
            QStringLiteral("    x = rng.uniform(-6, 6, (n_samples, 2))"),
            QStringLiteral("    moved = x + rng.uniform(-6, 6, x.shape) * noise"),
            QStringLiteral("    bumps = [(-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1)]"),
            QStringLiteral("    heights = np.array([sign * np.clip(1 - np.hypot(moved[:, 0] - cx, moved[:, 1] - cy) / 2, 0, 1)"),
            QStringLiteral("                        for cx, cy, sign in bumps])"),
            QStringLiteral("    return x, heights[np.abs(heights).argmax(axis=0), np.arange(n_samples)]")};
}

// The drawn points as literals, four a line, so the script trains on exactly what was drawn.
QStringList customHelper(const WorkspaceSpec &spec)
{
    QStringList lines{QStringLiteral("POINTS = np.array([   # 你画的点 (x1, x2)")};
    QStringList labels;
    const bool regression = spec.customTask == Task::Regression;
    QString row;
    for (std::size_t i = 0; i < spec.customPoints.size(); ++i) {
        const LabeledPoint &p = spec.customPoints[i];
        row += QStringLiteral("[%1, %2], ").arg(number(p.x, 4), number(p.y, 4));
        labels << (regression ? number(p.label, 4) : QString::number(static_cast<int>(p.label)));
        if (i % 4 == 3 || i + 1 == spec.customPoints.size()) {
            lines << QStringLiteral("    ") + row.trimmed();
            row.clear();
        }
    }
    lines << QStringLiteral("]).reshape(-1, 2)");
    lines << QStringLiteral("LABELS = np.array([%1])   # 每个点的%2")
                 .arg(labels.join(QStringLiteral(", ")), regression ? QStringLiteral("目标值") : QStringLiteral("类别"));
    return lines;
}

// Blob centres on a circle of radius 4, class k at angle 2 pi k / K (engine's blobsPoints).
QString blobCentres(int classes)
{
    QStringList centres;
    for (int k = 0; k < classes; ++k) {
        const double angle = 2.0 * kPi * k / classes;
        centres << QStringLiteral("[%1, %2]").arg(number(4.0 * std::sin(angle), 3), number(4.0 * std::cos(angle), 3));
    }
    return QLatin1Char('[') + centres.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

QString pick(CommentLanguage language, const char *chinese, const char *english)
{
    return QString::fromUtf8(language == CommentLanguage::Chinese ? chinese : english);
}

QString number(double value, int digits)
{
    if (value == 0.0 || !std::isfinite(value))
        return QStringLiteral("0");
    if (value == std::round(value) && std::abs(value) < 1e15)
        return QString::number(static_cast<long long>(value));
    return QString::number(value, 'g', digits);
}

QString commented(const QString &code, const QString &comment, int column)
{
    const QString padded = code.size() + 2 <= column ? code.leftJustified(column) : code + QStringLiteral("  ");
    return padded + QStringLiteral("# ") + comment;
}

QStringList indented(const QStringList &lines, int spaces)
{
    QStringList out;
    for (const QString &line : lines)
        out << (line.isEmpty() ? line : QString(spaces, QLatin1Char(' ')) + line);
    return out;
}

int sampleCount(const WorkspaceSpec &spec)
{
    switch (spec.data.kind) {
    case DatasetKind::Digits: return 1797;
    case DatasetKind::Custom: return static_cast<int>(spec.customPoints.size());
    default: return spec.data.samples;
    }
}

SplitCounts splitCounts(const WorkspaceSpec &spec)
{
    // engine::splitDataset: round(n * percent / 100), halves up; validation yields when both round up.
    const long long n = sampleCount(spec);
    const auto share = [n](int percent) { return static_cast<int>((n * percent + 50) / 100); };
    SplitCounts counts;
    counts.train = std::min<int>(share(spec.split.train), static_cast<int>(n));
    counts.validation = std::min<int>(share(spec.split.validation), static_cast<int>(n) - counts.train);
    counts.test = static_cast<int>(n) - counts.train - counts.validation;
    return counts;
}

int inputCount(const WorkspaceSpec &spec)
{
    return spec.data.kind == DatasetKind::Digits ? 64 : featureCount(spec.features);
}

int outputCount(const WorkspaceSpec &spec)
{
    if (spec.task() != Task::MultiClass)
        return 1;
    if (spec.data.kind == DatasetKind::Digits)
        return 10;
    if (spec.data.kind == DatasetKind::Spiral3)
        return 3;
    return spec.data.classes;
}

bool hasExtraFeatures(const WorkspaceSpec &spec)
{
    return spec.data.kind != DatasetKind::Digits && (spec.features & ((1u << kFeatureKinds) - 1)) != kDefaultFeatures;
}

QString featureExpression(const WorkspaceSpec &spec, const QString &module)
{
    static const char *const columns[kFeatureKinds] = {"x[:, 0]", "x[:, 1]", "x[:, 0] ** 2", "x[:, 1] ** 2",
                                                       "x[:, 0] * x[:, 1]", "%1.sin(x[:, 0])", "%1.sin(x[:, 1])"};
    QStringList parts;
    for (int i = 0; i < kFeatureKinds; ++i)
        if (spec.features & (1u << i))
            parts << QString::fromLatin1(columns[i]).replace(QStringLiteral("%1"), module);
    return QStringLiteral("%1.column_stack([%2])").arg(module, parts.join(QStringLiteral(", ")));
}

QString featureNames(const WorkspaceSpec &spec)
{
    static const char *const names[kFeatureKinds] = {"x1", "x2", "x1²", "x2²", "x1·x2", "sin(x1)", "sin(x2)"};
    QStringList parts;
    for (int i = 0; i < kFeatureKinds; ++i)
        if (spec.features & (1u << i))
            parts << QString::fromUtf8(names[i]);
    return parts.join(QStringLiteral(", "));
}

DataCode dataCode(const WorkspaceSpec &spec)
{
    DataCode code;
    const QString n = QString::number(sampleCount(spec));
    const QString common = QStringLiteral("noise=%1, random_state=%2)").arg(noiseFraction(spec), seed(spec));
    code.labels = QStringLiteral("标签 0 或 1");
    switch (spec.data.kind) {
    case DatasetKind::Gauss:
        code.sklearnImport = QStringLiteral("from sklearn.datasets import make_blobs");
        code.statements = blobsCall(n, QStringLiteral("[[-2, -2], [2, 2]]"), spec);
        break;
    case DatasetKind::GaussImbalanced: {
        const int positives = static_cast<int>(std::floor(sampleCount(spec) * spec.data.positiveFraction + 0.5));
        code.sklearnImport = QStringLiteral("from sklearn.datasets import make_blobs");
        code.statements = blobsCall(QStringLiteral("[%1, %2]").arg(sampleCount(spec) - positives).arg(positives),
                                    QStringLiteral("[[-2, -2], [2, 2]]"), spec);
        break;
    }
    case DatasetKind::Blobs:
        code.sklearnImport = QStringLiteral("from sklearn.datasets import make_blobs");
        code.statements = blobsCall(n, blobCentres(spec.data.classes), spec);
        break;
    case DatasetKind::Moons:
        code.sklearnImport = QStringLiteral("from sklearn.datasets import make_moons");
        code.statements = {QStringLiteral("x, y = make_moons(n_samples=%1, noise=%2, shuffle=True, random_state=%3)")
                               .arg(n, noiseFraction(spec), seed(spec)),
                           QStringLiteral("x = 3.5 * (x - [0.5, 0.25])   # 放大并居中到软件的坐标范围")};
        break;
    case DatasetKind::Circle:
        code.helpers = circleHelper();
        code.statements = {QStringLiteral("x, y = make_circle(n_samples=%1, ").arg(n) + common};
        break;
    case DatasetKind::Xor:
        code.helpers = xorHelper();
        code.statements = {QStringLiteral("x, y = make_xor(n_samples=%1, ").arg(n) + common};
        break;
    case DatasetKind::Spiral:
    case DatasetKind::Spiral3:
        code.helpers = spiralHelper();
        code.statements = {QStringLiteral("x, y = make_spiral(n_samples=%1, arm_labels=%2, ")
                               .arg(n, spec.data.kind == DatasetKind::Spiral ? QStringLiteral("[1, 0]")
                                                                             : QStringLiteral("[0, 1, 2]"))
                           + common};
        break;
    case DatasetKind::RandomLabels:
        code.helpers = randomLabelsHelper();
        code.statements = {QStringLiteral("x, y = make_random_labels(n_samples=%1, classes=%2, random_state=%3)")
                               .arg(n).arg(spec.data.classes).arg(seed(spec))};
        break;
    case DatasetKind::RegressPlane:
        code.helpers = planeHelper();
        code.statements = {QStringLiteral("x, y = make_plane(n_samples=%1, ").arg(n) + common};
        break;
    case DatasetKind::RegressGauss:
        code.helpers = bumpsHelper();
        code.statements = {QStringLiteral("x, y = make_bumps(n_samples=%1, ").arg(n) + common};
        break;
    case DatasetKind::Digits:
        code.sklearnImport = QStringLiteral("from sklearn.datasets import load_digits");
        code.statements = {QStringLiteral("digits = load_digits()                 # 8×8 手写数字图像，1797 张"),
                           QStringLiteral("x, y = digits.data / 16, digits.target  # 像素 0…16 缩放到 0…1")};
        break;
    case DatasetKind::Custom:
        code.helpers = customHelper(spec);
        code.statements = {QStringLiteral("x, y = POINTS, LABELS")};
        break;
    }
    code.numpy = !code.helpers.isEmpty() || hasExtraFeatures(spec);
    if (spec.task() == Task::MultiClass)
        code.labels = QStringLiteral("类别 0…%1").arg(outputCount(spec) - 1);
    else if (spec.task() == Task::Regression)
        code.labels = QStringLiteral("目标值（回归）");
    return code;
}

QString torchActivation(Activation activation)
{
    switch (activation) {
    case Activation::Linear: return {};
    case Activation::Sigmoid: return QStringLiteral("torch.nn.Sigmoid()");
    case Activation::Tanh: return QStringLiteral("torch.nn.Tanh()");
    case Activation::ReLU: return QStringLiteral("torch.nn.ReLU()");
    case Activation::LeakyReLU: return QStringLiteral("torch.nn.LeakyReLU(%1)").arg(number(kLeakyReLUSlope));
    case Activation::Softmax: return QStringLiteral("torch.nn.Softmax(dim=1)");
    }
    return {};
}

QString kerasActivation(Activation activation)
{
    switch (activation) {
    case Activation::Linear: return QStringLiteral("'linear'");
    case Activation::Sigmoid: return QStringLiteral("'sigmoid'");
    case Activation::Tanh: return QStringLiteral("'tanh'");
    case Activation::ReLU: return QStringLiteral("'relu'");
    case Activation::LeakyReLU:
        return QStringLiteral("lambda z: tf.nn.leaky_relu(z, alpha=%1)").arg(number(kLeakyReLUSlope));
    case Activation::Softmax: return QStringLiteral("'softmax'");
    }
    return {};
}

QString activationName(Activation activation)
{
    switch (activation) {
    case Activation::Linear: return QStringLiteral("线性");
    case Activation::Sigmoid: return QStringLiteral("Sigmoid");
    case Activation::Tanh: return QStringLiteral("Tanh");
    case Activation::ReLU: return QStringLiteral("ReLU");
    case Activation::LeakyReLU: return QStringLiteral("LeakyReLU");
    case Activation::Softmax: return QStringLiteral("Softmax");
    }
    return {};
}

QStringList notExported(const WorkspaceSpec &spec)
{
    QStringList notes;
    const TrainingSettings &t = spec.training;
    if (t.patience > 0)
        notes << QStringLiteral("# 未导出 / not exported: 早停 (patience = %1%2)：脚本总是训练 num_epoch 个 epoch")
                     .arg(t.patience)
                     .arg(t.restoreBest ? QStringLiteral("，恢复最佳权重") : QString());
    if (checkLossCompatibility(t.loss, spec.outputActivation(), outputCount(spec)) != LossCompatibility::Compatible)
        notes << QStringLiteral("# 注意 / note: 这个损失函数和输出层不能搭配，软件里也无法训练（见学习设置的提示）");
    if (spec.epochLimit <= 0)
        notes << QStringLiteral("# 软件里没有设定 epoch 数，这里用 10 / no epoch limit is set, so this uses 10");
    return notes;
}

} // namespace pythoncode
