#pragma once
/**
 * @file steppanel.h
 * StepPanel: the lesson column beside the stage. It shows the current step of a LessonSession
 * in the anatomy of CURRICULUM §2.3 — goal, what to do, the prediction (先猜一猜) that unlocks
 * the action, the action button, the goal status, the reveal with the student's own prediction
 * beside the result, and the checkpoints — plus Back/Next, and in free mode a FreeModePanel. It is
 * rebuilt from the session's state on every step change and language change, so nothing the
 * student entered is lost.
 */
#include <QWidget>

class FreeModePanel;
class LessonSession;
class MarkdownLabel;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class QuestionView;
class StepResultsView;

class StepPanel : public QWidget {
    Q_OBJECT
public:
    StepPanel(LessonSession *session, QWidget *parent = nullptr);

    /// The lesson text language ("en", "zh_CN"); rebuilds the panel.
    void setLanguage(const QString &language);
    /// Teacher notes and answer keys are shown only in teacher mode.
    void setTeacherMode(bool teacher);
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *actionButton() const { return m_action; }
    QPushButton *revealButton() const { return m_reveal; }
    QuestionView *predictionView() const { return m_prediction; }
    QList<QuestionView *> checkpointViews() const { return m_checkpoints; }

signals:
    void termActivated(const QString &termId);
    /// Back to the lesson list.
    void lessonListRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void buildStep();
    void buildFreeMode();
    void updateState();
    void updateMetrics();
    QString actionText() const;
    QString part(const QString &name) const;
    MarkdownLabel *addMarkdown(QVBoxLayout *layout, const QString &markdown, const QString &objectName = {});
    QGroupBox *addBox(const QString &title, const QString &objectName);

    LessonSession *m_session;
    QString m_language = QStringLiteral("en");
    bool m_teacher = false;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QuestionView *m_prediction = nullptr;
    QLabel *m_predictionEcho = nullptr;
    QPushButton *m_action = nullptr;
    QLabel *m_actionStatus = nullptr;
    StepResultsView *m_results = nullptr; ///< steps with `compare`, `sweep` or `evaluateTest`
    QLabel *m_goalStatus = nullptr;
    QPushButton *m_reveal = nullptr;
    QGroupBox *m_explainBox = nullptr;
    MarkdownLabel *m_explain = nullptr;
    MarkdownLabel *m_hint = nullptr;     ///< shown after a first wrong prediction
    QGroupBox *m_checkpointBox = nullptr;
    QList<QuestionView *> m_checkpoints;
    FreeModePanel *m_free = nullptr; ///< the content in free mode
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_list = nullptr;
};
