#pragma once
/**
 * @file questionview.h
 * QuestionView: one prediction or checkpoint question (FORMAT.md types choice, multi, number,
 * sort, order, free) with its answer widgets, built from the lesson text of the current
 * language. It reports what the student entered; the lesson session judges it, and the view
 * then shows the student's answer, right/wrong and the feedback for each option (R4).
 */
#include "lesson.h"
#include "studentanswer.h"

#include <QWidget>

class MarkdownLabel;
class QButtonGroup;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

class QuestionView : public QWidget {
    Q_OBJECT
public:
    /// `sectionId` is the step id (a prediction) or "<step>/<question>" (a checkpoint).
    QuestionView(const LessonQuestion &question, const LessonText &text, const QString &sectionId,
                 bool checkpoint, QWidget *parent = nullptr);

    StudentAnswer answer() const;
    /// Shows a stored answer (Back, a language switch) in the widgets.
    void setAnswer(const StudentAnswer &answer);
    /// Disables the answer widgets and the button once the answer is locked in.
    void setLocked(bool locked);
    /// The student's answer in words ("Yes", "0.3855", "A → B…").
    QString answerText(const StudentAnswer &answer) const;
    /// The right answer in words; `expected` is the live number for a live question.
    QString keyText(std::optional<double> expected = std::nullopt) const;
    /// Checkpoints: shows right/wrong, per-option feedback and the explanation.
    void showResult(bool correct, const QString &explanation);
    QPushButton *submitButton() const { return m_submit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void submitted(const StudentAnswer &answer);
    void termActivated(const QString &termId);

private:
    void buildAnswerWidgets();
    void updateSubmitEnabled();
    QString label(const QString &part, const QString &id) const;

    LessonQuestion m_question;
    LessonText m_text;
    QString m_section;
    bool m_checkpoint;
    bool m_locked = false;
    QVBoxLayout *m_layout = nullptr;
    QButtonGroup *m_buttons = nullptr;
    QLineEdit *m_number = nullptr;
    QList<QComboBox *> m_bins;
    QListWidget *m_order = nullptr;
    QPushButton *m_submit = nullptr;
    MarkdownLabel *m_result = nullptr;
};
