#include "lessonshell.h"

#include "glossarydialog.h"
#include "lessonlistpage.h"
#include "lessonpage.h"
#include "lessonsession.h"
#include "workspacepage.h"

LessonShell::LessonShell(QWidget *parent) : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("lessonShell"));
    m_library.loadFolder(LessonLibrary::embeddedRoot());
    m_listPage = new LessonListPage(&m_library, &m_progress);
    m_lessonPage = new LessonPage(new WorkspacePage);
    addWidget(m_listPage);
    addWidget(m_lessonPage);

    connect(m_listPage, &LessonListPage::lessonChosen, this, [this](const QString &id, int step) { openLessonById(id, step); });
    connect(m_listPage, &LessonListPage::freePlayRequested, this, &LessonShell::showFreePlay);
    connect(m_lessonPage, &LessonPage::lessonListRequested, this, &LessonShell::showLessonList);
    connect(m_lessonPage, &LessonPage::termActivated, this, &LessonShell::showTerm);
    connect(m_lessonPage->session(), &LessonSession::stepChanged, this, &LessonShell::recordProgress);
    connect(m_lessonPage->session(), &LessonSession::checkpointAnswered, this, [this](const QString &key, bool right) {
        if (right)
            m_progress.recordCheckpoint(m_lessonPage->session()->lesson().id, key);
    });
}

WorkspacePage *LessonShell::workspacePage() const
{
    return m_lessonPage->workspacePage();
}

GlossaryDialog *LessonShell::glossary()
{
    if (!m_glossary) {
        m_glossary = new GlossaryDialog(this);
        m_glossary->setLanguage(m_language);
    }
    return m_glossary;
}

void LessonShell::showLessonList()
{
    m_listPage->refresh();
    setCurrentWidget(m_listPage);
}

bool LessonShell::openLesson(int number, int step)
{
    const Lesson *lesson = m_library.byNumber(number);
    return lesson && openLessonById(lesson->id, step);
}

bool LessonShell::openLessonById(const QString &id, int step)
{
    const Lesson *lesson = m_library.find(id);
    if (!lesson)
        return false;
    m_lessonPage->startLesson(*lesson, step);
    setCurrentWidget(m_lessonPage);
    return true;
}

void LessonShell::showFreePlay()
{
    m_lessonPage->showFreePlay();
    setCurrentWidget(m_lessonPage);
}

QStringList LessonShell::openFolder(const QString &folder)
{
    const LessonLoadResult &result = m_library.add(folder);
    m_listPage->refresh();
    if (!result.ok())
        return result.errors;
    openLessonById(result.lesson.id);
    return {};
}

void LessonShell::setLanguage(const QString &language)
{
    m_language = language;
    m_listPage->setLanguage(language);
    m_lessonPage->setLanguage(language);
    if (m_glossary)
        m_glossary->setLanguage(language);
}

void LessonShell::setTeacherMode(bool teacher)
{
    m_lessonPage->setTeacherMode(teacher);
}

void LessonShell::showTerm(const QString &termId)
{
    GlossaryDialog *dialog = glossary();
    dialog->showTerm(termId);
    dialog->show();
    dialog->raise();
}

void LessonShell::recordProgress()
{
    const LessonSession *session = m_lessonPage->session();
    if (!session->isActive())
        return;
    if (session->isFreeMode())
        m_progress.markDone(session->lesson().id);
    else
        m_progress.visitStep(session->lesson().id, session->stepIndex());
}
