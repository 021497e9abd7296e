#pragma once
/**
 * @file torchcode.h
 * PyTorch pieces shared by the lesson listing (PyTorchListing, P10) and the exact export of a
 * workspace (PyTorchExport): the Dataset's accessors, the model class, the loss function and
 * the body of the batch loop, so both scripts build and train the network the same way.
 */
#include "pythoncode.h"
#include "workspacespec.h"

#include <QString>
#include <QStringList>

namespace torchcode {

/// Comments of the model's layers and of the training loop start in this column (first_network.py).
constexpr int kCommentColumn = 53;

/// A line of code and the code-panel anchor it belongs to.
struct AnchoredLine {
    QString code;
    QString anchor;
};

/// The model class: `lines` from "class MLP(torch.nn.Module):" to "model = MLP()"; the layers
/// are lines firstLayer .. firstLayer + layerCount - 1 (0-based).
struct ModelCode {
    QStringList lines;
    int firstLayer = 0;
    int layerCount = 0;
};

/// Multi-class sets trained with a loss other than cross-entropy compare one-hot targets.
bool oneHotTargets(const WorkspaceSpec &spec);
/// Multi-class sets with cross-entropy end in logits: CrossEntropyLoss applies the softmax.
bool logitsOutput(const WorkspaceSpec &spec);

/// The network output for `input` as the loss wants it: "model(x).squeeze(1)", or "model(x)"
/// for several outputs.
QString prediction(const WorkspaceSpec &spec, const QString &input);
/// The target for `labels`: "labels", or "one_hot(labels, 3).float()" for one-hot targets.
QString target(const WorkspaceSpec &spec, const QString &labels);
/// The accuracy of the predictions `output` against `labels` as a Python float, or empty for
/// regression: the engine's rule (output >= 0 for tanh, >= 0.5 for sigmoid, the largest output).
QString accuracy(const WorkspaceSpec &spec, const QString &output, const QString &labels);

/// The lines inside torch.nn.Sequential(...): one a layer ("torch.nn.Linear(2, 4), torch.nn.Tanh(),"
/// and dropout while training), indented by `indent`, with "# 隐藏层 1" / "# 输出层" at `column`.
QStringList layerLines(const WorkspaceSpec &spec, pythoncode::CommentLanguage language, int indent, int column);

/// "# 3. 定义神经网络结构：…": what the network is, its layers and output.
QString modelHeading(const WorkspaceSpec &spec, pythoncode::CommentLanguage language);
/// The MLP class around torch.nn.Sequential(layerLines), and "model = MLP()".
ModelCode mlpClass(const WorkspaceSpec &spec, pythoncode::CommentLanguage language);
/// A Dataset's __getitem__ and __len__ over self.x, self.y and self.n_samples, blank lines around.
QStringList datasetAccessors();
/// The body of the batch loop, 8 spaces in: zero_grad, forward, loss, `penalty` (a line adding a
/// regularisation term, when not empty), backward and step, with comments.
QList<AnchoredLine> batchStep(const WorkspaceSpec &spec, pythoncode::CommentLanguage language, const QString &penalty,
                              const QString &penaltyComment);

/// "criterion = torch.nn.MSELoss()", or the loss the spec trains with.
QString criterion(const WorkspaceSpec &spec, pythoncode::CommentLanguage language);

} // namespace torchcode
