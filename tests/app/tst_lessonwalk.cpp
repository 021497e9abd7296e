#include "apptesthelpers.h"
#include "lessonlibrary.h"
#include "lessonpage.h"
#include "lessonsession.h"
#include "questionview.h"
#include "steppanel.h"
#include "trainingsession.h"
#include "workspacepage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

/// Walks every step of every lesson through the real widgets, in both languages: predict,
/// make the asked-for change, run, reveal, answer every checkpoint correctly, and go on until
/// free mode. It proves each lesson can be finished and that every answer key is consistent.
class tst_LessonWalk : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void walk_data();
    void walk();

private:
    void answer(QuestionView *view, const LessonQuestion &q, const VariableLookup &lookup);
    LessonLibrary m_library;
};

namespace {
/// Clicks like a user (enabled check, pressed/released/clicked signals). QAbstractButton::click()
/// rather than a synthesized mouse event: QTest delivers those through the window, where a
/// button scrolled out of the step column's view would never receive them.
void click(QAbstractButton *button)
{
    QVERIFY(button->isEnabled() && button->isVisible());
    button->click();
}
} // namespace

void tst_LessonWalk::initTestCase()
{
    m_library.loadFolder(LessonLibrary::embeddedRoot());
    QCOMPARE(m_library.entries().size(), 12);
}

void tst_LessonWalk::walk_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
        for (const LessonLoadResult &entry : m_library.entries())
            QTest::newRow(qPrintable(entry.lesson.id + QLatin1Char('/') + language)) << entry.lesson.id << language;
}

void tst_LessonWalk::answer(QuestionView *view, const LessonQuestion &q, const VariableLookup &lookup)
{
    using Type = LessonQuestion::Type;
    switch (q.type) {
    case Type::Choice:
    case Type::Multi:
        for (const QString &id : q.answerIds) {
            auto *button = view->findChild<QAbstractButton *>(QStringLiteral("option.") + id);
            QVERIFY2(button, qPrintable(id));
            click(button);
            QVERIFY2(button->isChecked(), qPrintable(QStringLiteral("%1 enabled %2 visible %3").arg(id).arg(button->isEnabled()).arg(button->isVisible())));
        }
        break;
    case Type::Number: {
        auto *edit = view->findChild<QLineEdit *>(QStringLiteral("numberAnswer"));
        QVERIFY(edit);
        const std::optional<double> value = q.hasLiveAnswer() ? q.live.evaluate(lookup) : std::optional<double>(q.number);
        edit->setText(QString::number(value.value_or(0.0), 'g', 12));
        break;
    }
    case Type::Sort:
        for (const QString &item : q.items) {
            auto *combo = view->findChild<QComboBox *>(QStringLiteral("sort.") + item);
            QVERIFY(combo);
            combo->setCurrentIndex(combo->findData(q.sortAnswer.value(item)));
        }
        break;
    case Type::Order: {
        StudentAnswer a;
        a.ids = q.answerIds; // dragging rows is not something QTest can do reliably
        view->setAnswer(a);
        break;
    }
    case Type::Free:
        break;
    }
    QVERIFY(view->submitButton()->isEnabled());
    click(view->submitButton());
}

void tst_LessonWalk::walk()
{
    QFETCH(QString, id);
    QFETCH(QString, language);
    const Lesson *lesson = m_library.find(id);
    QVERIFY(lesson);
    LessonPage page(new WorkspacePage);
    page.resize(1280, 720);
    page.setLanguage(language);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.workspacePage()->workspace().session().setSpeed(10);
    page.startLesson(*lesson);
    LessonSession *session = page.session();
    StepPanel *panel = page.stepPanel();

    for (int index = 0; index < lesson->steps.size(); ++index) {
        const QString where = id + QLatin1Char(' ') + lesson->steps[index].id;
        QCOMPARE(session->stepIndex(), index);
        const LessonStep &step = session->step();
        QCOMPARE(page.currentStage(), step.stage);
        if (step.hasPrediction) {
            QVERIFY2(!panel->actionButton() || !panel->actionButton()->isEnabled(), qPrintable(where)); // R1
            answer(panel->predictionView(), step.prediction, session->lookup());
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(session->progress().predicted, qPrintable(where));
        }
        session->applySolution();
        if (session->hasAction()) {
            QVERIFY2(panel->actionButton()->isEnabled(), qPrintable(where));
            click(panel->actionButton());
            QTRY_VERIFY2_WITH_TIMEOUT(session->progress().actionDone, qPrintable(where), 120000);
        }
        if (panel->revealButton()) {
            QTRY_VERIFY2(panel->revealButton()->isEnabled(), qPrintable(where));
            click(panel->revealButton());
            QVERIFY(session->progress().revealed);
        }
        const QList<QuestionView *> checkpoints = panel->checkpointViews();
        QCOMPARE(checkpoints.size(), step.checkpoints.size());
        for (int q = 0; q < checkpoints.size(); ++q) {
            answer(checkpoints[q], step.checkpoints[q], session->lookup());
            if (QTest::currentTestFailed())
                return;
            const auto *result = checkpoints[q]->findChild<QLabel *>(QStringLiteral("questionResult"));
            QVERIFY(result);
            if (step.checkpoints[q].type != LessonQuestion::Type::Free)
                QVERIFY2(result->text().contains(QStringLiteral("✓")),
                         qPrintable(where + QLatin1Char('/') + step.checkpoints[q].id + QLatin1Char(' ') + result->text()));
        }
        QTRY_VERIFY2_WITH_TIMEOUT(panel->nextButton()->isEnabled(), qPrintable(where), 60000);
        click(panel->nextButton());
    }
    QVERIFY(session->isFreeMode());
}

QTEST_MAIN(tst_LessonWalk)
#include "tst_lessonwalk.moc"
