#include "pytorchplot.h"

#include "pythoncode.h"

using namespace engine;
using pythoncode::CommentLanguage;
using pythoncode::pick;

namespace pytorchplot {

namespace {

QStringList digitLines(CommentLanguage language)
{
    return {pick(language, "# 7. 模型在测试集上的表现可视化：前 10 张测试图像，标题是“标签 → 预测”",
                 "# 7. Visualise the model on the test set: the first 10 test images, titled “label → prediction”"),
            QStringLiteral("try:"),
            QStringLiteral("    import matplotlib.pyplot as plt"),
            QStringLiteral("    for k in range(min(10, len(test_set[1]))):"),
            QStringLiteral("        plt.subplot(2, 5, k + 1)"),
            QStringLiteral("        plt.imshow(test_set[0][k].reshape(8, 8), cmap=\"gray_r\")"),
            QStringLiteral("        plt.title(f\"{int(test_set[1][k])} → {int(y_pred[k].argmax())}\"); plt.axis(\"off\")"),
            QStringLiteral("    plt.show()"),
            QStringLiteral("except ImportError:"),
            QStringLiteral("    pass")};
}

// The scatter lines inside plot(): first_network.py's two colours, or a colour map.
QStringList scatterLines(const WorkspaceSpec &spec)
{
    switch (spec.task()) {
    case Task::Binary: {
        const bool plusMinus = spec.encoding() == TargetEncoding::PlusMinusOne;
        const QString cut = plusMinus ? QStringLiteral("0") : QStringLiteral("0.5");
        return {QStringLiteral("            plt.scatter(x[labels < %1], y[labels < %1], c=\"red\", label=\"%2\")")
                    .arg(cut, plusMinus ? QStringLiteral("-1") : QStringLiteral("0")),
                QStringLiteral("            plt.scatter(x[labels >= %1], y[labels >= %1], c=\"blue\", label=\"%2\")")
                    .arg(cut, plusMinus ? QStringLiteral("+1") : QStringLiteral("1")),
                QStringLiteral("            plt.legend(loc=\"lower left\"); plt.title(sub)")};
    }
    case Task::MultiClass:
        return {QStringLiteral("            plt.scatter(x, y, c=labels, cmap=\"tab10\", vmin=0, vmax=9, s=10)"),
                QStringLiteral("            plt.title(sub)")};
    case Task::Regression:
        break;
    }
    return {QStringLiteral("            plt.scatter(x, y, c=labels, cmap=\"coolwarm\", vmin=-1, vmax=1, s=10)"),
            QStringLiteral("            plt.title(sub)")};
}

} // namespace

QStringList lines(const WorkspaceSpec &spec, bool test, CommentLanguage language)
{
    if (spec.data.kind == DatasetKind::Digits)
        return test ? digitLines(language)
                    : QStringList{pick(language, "# 7. 可视化：没有测试数据，不画图",
                                       "# 7. Visualise: there is no test data, so nothing to plot")};

    const bool multiClass = spec.task() == Task::MultiClass;
    QStringList out{test ? pick(language, "# 7. 模型在训练集和测试集上的表现可视化",
                                "# 7. Visualise the model on the training and test sets")
                         : pick(language, "# 7. 模型在训练集上的表现可视化", "# 7. Visualise the model on the training set"),
                    QStringLiteral("try:"),
                    QStringLiteral("    import matplotlib.pyplot as plt"),
                    QStringLiteral("    def plot(data, prediction, title):"),
                    QStringLiteral("        x, y = data[0][:, 0], data[0][:, 1]"),
                    QStringLiteral("        for k, (labels, sub) in enumerate([(data[1], title), (prediction, \"After training\")]):"),
                    QStringLiteral("            plt.subplot(1, 2, k + 1)")};
    out << scatterLines(spec);
    out << QStringLiteral("        plt.show()");

    // With feature crosses the inputs are not the coordinates: plot the points the dataset kept.
    const bool features = pythoncode::hasExtraFeatures(spec);
    const auto points = [features](const QString &set, const QString &subset) {
        return features ? QStringLiteral("(dataset.points[%1.indices], %2[1])").arg(subset, set) : set;
    };
    // Multi-class plots show the predicted class; the others the output itself.
    const QString trainPrediction = multiClass ? QStringLiteral("model(train_set[0]).argmax(1)")
                                               : QStringLiteral("model(train_set[0]).squeeze(1)");
    out << QStringLiteral("    with torch.no_grad():");
    out << QStringLiteral("        plot(%1, %2, \"Train set\")")
               .arg(points(QStringLiteral("train_set"), QStringLiteral("train_data")), trainPrediction);
    if (test)
        out << QStringLiteral("        plot(%1, %2, \"Test set\")")
                   .arg(points(QStringLiteral("test_set"), QStringLiteral("test_data")),
                        multiClass ? QStringLiteral("y_pred.argmax(1)") : QStringLiteral("y_pred"));
    out << QStringLiteral("except ImportError:") << QStringLiteral("    pass");
    return out;
}

} // namespace pytorchplot
