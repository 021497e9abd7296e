#pragma once
/**
 * @file pythoncode.h
 * Pieces shared by the generated PyTorch and Keras listings (P10): Python number literals, the
 * split counts, and the code that makes the data set of a WorkspaceSpec with numpy/scikit-learn.
 *
 * The data code follows the engine's definitions (engine/playgroundgenerators.cpp and
 * extragenerators.cpp): the same shapes, centres, spreads and label rules, so an exported script
 * trains on the same kind of data. The random numbers differ (numpy is not the engine's RNG).
 */
#include "workspacespec.h"

#include <QString>
#include <QStringList>

namespace pythoncode {

/// The language of a generated script's comments. Scripts are files the user keeps, chosen per
/// export (File ▸ Export, the CLI's --lang) rather than by the interface language, so their
/// comments carry both texts here instead of going through tr().
enum class CommentLanguage { Chinese, English };

/// The comment text for `language`; both arguments are UTF-8.
QString pick(CommentLanguage language, const char *chinese, const char *english);

/// Sample counts of train / validation / test, as engine::splitDataset rounds them.
struct SplitCounts {
    int train = 0;
    int validation = 0;
    int test = 0;
};

/// What a listing needs to build the data: imports, module-level helpers, and the statements.
struct DataCode {
    bool numpy = false;       ///< needs "import numpy as np"
    QString sklearnImport;    ///< e.g. "from sklearn.datasets import make_blobs"; empty if none
    QStringList helpers;      ///< module-level definitions, placed before the data is made
    QStringList statements;   ///< unindented; set x (samples x raw inputs) and y (labels or values)
    QString labels;           ///< a short Chinese note on what y holds, for a comment
};

/// A Python literal for a number: integers without ".0", others with up to `digits` significant
/// digits ("0.1", "1.5", "1e-05"); never "-0".
QString number(double value, int digits = 10);
/// `code` padded to `column`, then "# comment" (two spaces when the code is longer).
QString commented(const QString &code, const QString &comment, int column);
/// Indents every line by `spaces`.
QStringList indented(const QStringList &lines, int spaces);

/// Samples in the data set (1797 for digits, the drawn points for a custom set).
int sampleCount(const WorkspaceSpec &spec);
SplitCounts splitCounts(const WorkspaceSpec &spec);
/// Network inputs: the feature count of a 2-D set, 64 for the digits.
int inputCount(const WorkspaceSpec &spec);
/// Network outputs: 1, or the class count of a multi-class set.
int outputCount(const WorkspaceSpec &spec);
/// True when the network sees other inputs than x1, x2 (a 2-D set with feature crosses).
bool hasExtraFeatures(const WorkspaceSpec &spec);
/// "np.column_stack([x[:, 0] ** 2, ...])" for the spec's features (or "torch.column_stack" with
/// module "torch"), and their names ("x1², x2²").
QString featureExpression(const WorkspaceSpec &spec, const QString &module = QStringLiteral("np"));
QString featureNames(const WorkspaceSpec &spec);

DataCode dataCode(const WorkspaceSpec &spec);

/// "torch.nn.ReLU()"; empty for Linear (no module needed).
QString torchActivation(engine::Activation activation);
/// Keras' activation argument: "'relu'", or a lambda for leaky ReLU with the engine's slope.
QString kerasActivation(engine::Activation activation);
/// Name for comments: "ReLU", "Tanh", "线性" ...
QString activationName(engine::Activation activation);
/// Notes on settings a short script does not reproduce (early stopping, an invalid loss).
QStringList notExported(const WorkspaceSpec &spec);

} // namespace pythoncode
