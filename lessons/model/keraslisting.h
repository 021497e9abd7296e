#pragma once
/**
 * @file keraslisting.h
 * KerasListing: the "另一种写法" tab of P10 (CURRICULUM §5 L11 step 6, seed 002 §7): the same
 * recipe in tensorflow.keras, generated from the same WorkspaceSpec as PyTorchListing. For L11 it
 * reads Sequential([Dense(1, input_shape=(2,), activation='sigmoid')]),
 * compile(optimizer=SGD(learning_rate=0.1), loss='mse', metrics=['accuracy']) and
 * fit(..., batch_size=1, epochs=10, shuffle=True, verbose=2): fit runs step 5's whole loop.
 * Current imports and softmax for sparse categorical cross-entropy (CURRICULUM §7.2, 002).
 *
 * An exported workspace embeds the app's samples, split and initial weights (set_weights), with
 * comments in the chosen language; Keras' own shuffling and optimizer details differ from the
 * app's, so unlike the PyTorch export it promises no identical numbers.
 *
 * Anchors use the PyTorch listing's ids where the code has a counterpart: seed, dataset, split,
 * model, layers, loss / optimizer / lr (the compile line), train / batch / epochs / shuffle (fit),
 * test / eval, accuracy, regularization.
 */
#include "codelisting.h"
#include "pythoncode.h"
#include "workspacespec.h"

class KerasListing : public CodeListing {
public:
    /// What an exported workspace embeds instead of generating data (PythonData's lists): the
    /// app's own samples, split and initial weights, and the epochs to train.
    struct Embedded {
        QString inputs;      ///< the inputs list's name: "POINTS" (x1, x2) or "IMAGES" (pixels 0…16)
        QStringList data;    ///< defines the inputs list and LABELS (classes or values)
        QStringList split;   ///< defines TRAIN_INDICES, VAL_INDICES and TEST_INDICES
        QStringList weights; ///< defines INITIAL_WEIGHTS: per layer (weight[to][from], bias)
        int epochs = 0;
    };

    /// The lesson's listing: Chinese comments, generated data. With `embedded`, the export of a
    /// workspace (File ▸ Export ▸ Keras script…) in `language`.
    explicit KerasListing(const WorkspaceSpec &spec,
                          pythoncode::CommentLanguage language = pythoncode::CommentLanguage::Chinese,
                          const Embedded *embedded = nullptr);

private:
    void addData();
    void addEmbeddedData();
    void addSplit();
    void addModel();
    void addCompile();
    void addFitAndTest();
    QString say(const char *chinese, const char *english) const { return pythoncode::pick(m_language, chinese, english); }

    /// Keras arguments every Dense layer shares: weight initialiser and regulariser.
    QString denseExtras() const;
    /// "reg = tf.keras.regularizers.l2(...)" for L1 / L2, or empty.
    QString regularizer() const;

    WorkspaceSpec m_spec;
    pythoncode::CommentLanguage m_language;
    const Embedded *m_embedded;
};
