#pragma once
/**
 * @file lessonshell.h
 * LessonShell: the main window's centre — the lesson list (home), a lesson, or free play —
 * with the lesson library, the student's saved progress and the glossary. The window's menus
 * and the command line (--lesson, --step) drive it through this interface.
 */
#include "lessonlibrary.h"
#include "progressstore.h"

#include <QStackedWidget>

class GlossaryDialog;
class LessonListPage;
class LessonPage;
class WorkspacePage;

class LessonShell : public QStackedWidget {
    Q_OBJECT
public:
    explicit LessonShell(QWidget *parent = nullptr);

    LessonPage *lessonPage() const { return m_lessonPage; }
    LessonListPage *listPage() const { return m_listPage; }
    WorkspacePage *workspacePage() const;
    const LessonLibrary &library() const { return m_library; }
    ProgressStore &progress() { return m_progress; }
    GlossaryDialog *glossary();

    void showLessonList();
    /// Opens lesson `number` (1-12) at `step` (0-based); false if there is no such valid lesson.
    bool openLesson(int number, int step = 0);
    bool openLessonById(const QString &id, int step = 0);
    void showFreePlay();
    /// Loads a lesson folder from disk; returns the loader's errors (empty when it opened).
    QStringList openFolder(const QString &folder);
    void setLanguage(const QString &language);
    void setTeacherMode(bool teacher);
    void showTerm(const QString &termId);

private:
    void recordProgress();

    LessonLibrary m_library;
    ProgressStore m_progress;
    LessonListPage *m_listPage = nullptr;
    LessonPage *m_lessonPage = nullptr;
    GlossaryDialog *m_glossary = nullptr;
    QString m_language = QStringLiteral("en");
};
