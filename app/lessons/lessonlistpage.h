#pragma once
/**
 * @file lessonlistpage.h
 * LessonListPage: the home screen — the twelve lessons in order with their title in the current
 * language, time, classroom mark and the student's progress; free play (自由探索); "reset my
 * progress"; and lessons that failed to load, listed with their errors instead of crashing.
 */
#include <QWidget>

class LessonLibrary;
class ProgressStore;
class QGridLayout;
class QLabel;
class QPushButton;

class LessonListPage : public QWidget {
    Q_OBJECT
public:
    LessonListPage(const LessonLibrary *library, ProgressStore *progress, QWidget *parent = nullptr);

    void setLanguage(const QString &language);
    /// Rebuilds the list (after progress changed or a lesson folder was opened).
    void refresh();

signals:
    void lessonChosen(const QString &lessonId, int step);
    void freePlayRequested();
    void openFolderRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    const LessonLibrary *m_library;
    ProgressStore *m_progress;
    QString m_language = QStringLiteral("en");
    QWidget *m_list = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_freePlay = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_reset = nullptr;
};
