#pragma once
/**
 * @file weighteditdialog.h
 * The small editor P5 opens on a clicked link or bias marker: what it is ("Weight from x₁ to
 * neuron 2 of layer 1"), its value with 4 decimals, and a line edit for the new one. A text
 * that is not a number in range gets a message and the dialog stays open: nothing changes
 * until the value is valid, and Cancel changes nothing at all.
 *
 * A line edit rather than a spin box, because students type "-0.5", "−0.5" or ".5" and should
 * be told what is wrong instead of having the keystroke silently refused.
 */
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

class WeightEditDialog : public QDialog {
    Q_OBJECT
public:
    /// Values further from 0 than this are refused: a weight of 1000 only breaks training.
    static constexpr double kLimit = 100.0;

    explicit WeightEditDialog(QWidget *parent = nullptr);

    /// kind: a weight or a bias (the title); description: which one, as NetworkText words it.
    void setParameter(bool bias, const QString &description, double value);
    /// Parses `text` ('.' or the locale's decimal separator, U+2212 minus); false if invalid.
    static bool parse(const QString &text, double &value);

public slots:
    void accept() override;

signals:
    void valueAccepted(double value);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Problem { None, NotANumber, OutOfRange };
    void retranslateUi();
    void showProblem(Problem problem);

    QLabel *m_description;
    QLabel *m_prompt;
    QLineEdit *m_edit;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_bias = false;
    Problem m_problem = Problem::None;
};
