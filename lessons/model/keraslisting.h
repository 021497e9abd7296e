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
 * Anchors use the PyTorch listing's ids where the code has a counterpart: seed, dataset, split,
 * model, layers, loss / optimizer / lr (the compile line), train / batch / epochs / shuffle (fit),
 * test / eval, accuracy, regularization.
 */
#include "codelisting.h"
#include "workspacespec.h"

class KerasListing : public CodeListing {
public:
    explicit KerasListing(const WorkspaceSpec &spec);

private:
    void addData();
    void addModel();
    void addCompile();
    void addFitAndTest();

    /// Keras arguments every Dense layer shares: weight initialiser and regulariser.
    QString denseExtras() const;
    /// "reg = tf.keras.regularizers.l2(...)" for L1 / L2, or empty.
    QString regularizer() const;

    WorkspaceSpec m_spec;
};
