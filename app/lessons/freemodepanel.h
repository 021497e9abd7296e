#pragma once
/**
 * @file freemodepanel.h
 * FreeModePanel: the lesson column's content once the student has finished a lesson's steps
 * (CURRICULUM §3.5) — the challenge, whether it is met right now, the best score so far, a
 * button back to the lesson preset and the TF Playground link. Kept apart from StepPanel
 * because free mode shares nothing with a step's predict/act/reveal anatomy; StepPanel creates
 * a fresh one on each rebuild and forwards the session's metrics to it.
 */
#include <QWidget>

class LessonSession;
class QLabel;
class QVBoxLayout;

class FreeModePanel : public QWidget {
    Q_OBJECT
public:
    /// Builds the free-mode content of `session`'s lesson in `language`; teacher notes only when `teacher`.
    FreeModePanel(LessonSession *session, const QString &language, bool teacher, QWidget *parent = nullptr);

    /// Shows whether the challenge is met now and the best score so far.
    void updateMetrics();

signals:
    void termActivated(const QString &termId);

private:
    /// "Open this setup in TF Playground" (CURRICULUM §3.5).
    void addPlaygroundLink(QVBoxLayout *layout);
    void addMarkdown(QVBoxLayout *layout, const QString &markdown, const QString &objectName = {});
    /// The challenge's `minimize` variable in words.
    static QString scoreName(const QString &variable);

    LessonSession *m_session;
    QLabel *m_challengeStatus = nullptr;
    QLabel *m_bestScore = nullptr;
};
