#pragma once
/**
 * @file pythondata.h
 * PythonData: a replayed run as Python literals for an exported script — the data set's inputs
 * and labels, the split, the initial weights, every epoch's sample order and the app's losses —
 * shared by the PyTorch and the Keras export.
 *
 * Numbers are written so that Python reads back exactly the engine's values: a float32 in the
 * shortest form that rounds back to the same float ("0.1" rather than "0.100000001"), a double in
 * the shortest form that reads back as the same double. Long lists wrap at kWidth columns.
 */
#include "pythoncode.h"
#include "scriptreplay.h"

#include <QString>
#include <QStringList>

class PythonData {
public:
    static constexpr int kWidth = 100;

    static QString floatLiteral(float value);
    static QString doubleLiteral(double value);
    /// `open`, the items joined by ", ", then `close`; wrapped at kWidth, continuation lines
    /// indented by `indent` spaces.
    static QStringList wrap(const QString &open, const QStringList &items, const QString &close, int indent);

    /// The name of the inputs list: IMAGES for the digits (pixels 0…16), POINTS (x1, x2) otherwise.
    static QString inputsName(const WorkspaceSpec &spec);
    /// The inputs list and LABELS (classes, or the values of a regression set), sample by sample.
    static QStringList data(const WorkspaceSpec &spec, const ScriptReplay &replay, pythoncode::CommentLanguage language);
    /// TRAIN_INDICES, VAL_INDICES and TEST_INDICES: sample numbers of each split, in the app's order.
    static QStringList split(const WorkspaceSpec &spec, const ScriptReplay &replay, pythoncode::CommentLanguage language);
    /// INITIAL_WEIGHTS: for each layer, (weight[to][from], bias) as torch.nn.Linear holds them.
    static QStringList weights(const ScriptReplay &replay, pythoncode::CommentLanguage language);
    /// ORDER: for each epoch, the positions in TRAIN_INDICES in the order the app took them.
    static QStringList orders(const ScriptReplay &replay, pythoncode::CommentLanguage language);
    /// APP_TRAIN_LOSS: the app's training loss after each epoch.
    static QStringList trainLosses(const ScriptReplay &replay, pythoncode::CommentLanguage language);
};
