#pragma once
/**
 * @file learningratebox.h
 * LearningRateBox: an editable combo box with TensorFlow Playground's eleven learning rates and
 * free entry. Typed text is checked here (a positive finite number, at most 100) so a typo never
 * reaches the trainer: a refused entry puts the previous value back and says why in the user's
 * language, and nothing else changes.
 */
#include <QComboBox>
#include <QList>

class LearningRateBox : public QComboBox {
    Q_OBJECT
public:
    /// The largest rate accepted: beyond it every network here diverges at the first step.
    static constexpr double kMaximum = 100.0;

    explicit LearningRateBox(QWidget *parent = nullptr);

    /// Playground's choices, 0.00001 ... 10.
    static const QList<double> &playgroundRates();
    /// Parses typed text (C or local number format, "1e-3" too). On failure returns false and,
    /// when `error` is given, a translated reason.
    static bool parse(const QString &text, double *value, QString *error = nullptr);
    /// Plain decimal notation without trailing zeros ("0.00001", not "1e-05"), as Playground writes.
    static QString format(double value);

    double value() const { return m_value; }
    /// Shows a value without emitting anything (used when the spec changes).
    void setValue(double value);

signals:
    /// The user chose or typed a valid rate different from value().
    void rateChosen(double rate);
    /// The user typed something that is not a valid rate; the box shows value() again.
    /// parse(enteredText, ..., &error) gives the reason (again after a language change).
    void entryRefused(const QString &enteredText);

private:
    void commitText(const QString &text);

    double m_value = 0.03;
};
