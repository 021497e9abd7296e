#pragma once
/**
 * @file outputcalculator.h
 * OutputCalculator: the output layer of L2 (P8) for three classes 猫/狗/其他 — one-hot label,
 * logits, softmax probabilities, per-class squared errors and their sum (SSE, seed 003:
 * (1−0.37)² + 0.50² + 0.13² = 0.6638). The outputs are either fixed (the seed's rounded numbers)
 * or the softmax of live logits.
 */
#include <array>

class OutputCalculator {
public:
    static constexpr int kClasses = 3;
    using Vector = std::array<double, kClasses>;

    /// Fixed outputs, as printed in the seed (they need not sum to exactly 1).
    void setOutputs(const Vector &outputs);
    /// Live logits; the outputs become softmax(logits).
    void setLogits(const Vector &logits);
    void setLogit(int index, double value);
    void setLabel(int label) { m_label = label; }

    bool usesLogits() const { return m_useLogits; }
    const Vector &logits() const { return m_logits; }
    const Vector &outputs() const { return m_outputs; }
    int label() const { return m_label; }
    /// One-hot encoding of the label.
    Vector target() const;
    /// (target_i − output_i)² per class.
    Vector squaredErrors() const;
    double sse() const;
    /// Index of the largest output (the predicted class).
    int argmax() const;

    static Vector softmax(const Vector &logits);

private:
    Vector m_logits{0.0, 0.0, 0.0};
    Vector m_outputs{1.0 / 3, 1.0 / 3, 1.0 / 3};
    int m_label = 0;
    bool m_useLogits = false;
};
