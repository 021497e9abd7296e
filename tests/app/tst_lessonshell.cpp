#include "commandline.h"
#include "discussionpause.h"
#include "lessonlistpage.h"
#include "lessonpage.h"
#include "lessonsession.h"
#include "lessonshell.h"
#include "playlistpanel.h"
#include "questionview.h"
#include "steppanel.h"
#include "workspacepage.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

/// The lesson shell around the steps: language switches keep the student's state, progress
/// survives a restart, teacher mode shows the notes, and the lesson options of the command line.
class tst_LessonShell : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void languageSwitchKeepsTheStep();
    void parameterCountHiddenUntilPredicted();
    void wrongPredictionShowsTheHint();
    void checkpointsCountInTheList();
    void showTestUnlocksWithoutTheSettingsColumn();
    void progressSurvivesARestart();
    void teacherModeShowsNotes();
    void teacherModePausesAtPredictions();
    void playlistFollowsTheLessonPlan();
    void commandLineOpensLessons_data();
    void commandLineOpensLessons();
};

void tst_LessonShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings in a test location, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("neural-lessons-test"));
    QSettings().clear();
}

void tst_LessonShell::init()
{
    QSettings().clear(); // every test starts with no saved progress
}

void tst_LessonShell::languageSwitchKeepsTheStep()
{
    LessonShell shell;
    QVERIFY(shell.openLesson(10, 0));
    LessonSession *session = shell.lessonPage()->session();
    StepPanel *panel = shell.lessonPage()->stepPanel();
    panel->predictionView()->findChild<QAbstractButton *>(QStringLiteral("option.no"))->click();
    panel->predictionView()->submitButton()->click();
    QVERIFY(session->progress().predicted);
    const auto *echo = panel->findChild<QLabel *>(QStringLiteral("predictionEcho"));
    QVERIFY(echo->text().contains(QStringLiteral("No")));

    shell.setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(session->stepIndex(), 0);
    QVERIFY(session->progress().predicted);
    echo = panel->findChild<QLabel *>(QStringLiteral("predictionEcho"));
    QVERIFY2(echo->text().contains(QStringLiteral("不能")), qPrintable(echo->text()));
    // The rebuilt question shows the stored answer, locked.
    auto *no = panel->predictionView()->findChild<QAbstractButton *>(QStringLiteral("option.no"));
    QVERIFY(no->isChecked());
    QVERIFY(!no->isEnabled());
    QVERIFY(panel->actionButton()->isEnabled());
    const auto *title = panel->findChild<QLabel *>(QStringLiteral("stepTitle"));
    QVERIFY(title->text().contains(QStringLiteral("隐藏层")));
}

void tst_LessonShell::parameterCountHiddenUntilPredicted()
{
    LessonShell shell;
    shell.show();
    QVERIFY(shell.openLesson(1, 1)); // "count the parameters": the P5 counter would answer it
    auto *count = shell.workspacePage()->findChild<QLabel *>(QStringLiteral("parameterCountLabel"));
    QVERIFY(count);
    QVERIFY(!count->isVisible());
    StepPanel *panel = shell.lessonPage()->stepPanel();
    panel->predictionView()->findChild<QLineEdit *>(QStringLiteral("numberAnswer"))->setText(QStringLiteral("13"));
    panel->predictionView()->submitButton()->click();
    QVERIFY(count->isVisible());
    shell.lessonPage()->session()->goToStep(0);
    QVERIFY(count->isVisible());
}

void tst_LessonShell::wrongPredictionShowsTheHint()
{
    LessonShell shell;
    shell.show();
    QVERIFY(shell.openLesson(1, 1)); // "how many parameters?", answer 13, with a hint
    LessonSession *session = shell.lessonPage()->session();
    StepPanel *panel = shell.lessonPage()->stepPanel();
    auto answer = [panel](const QString &number) {
        panel->predictionView()->findChild<QLineEdit *>(QStringLiteral("numberAnswer"))->setText(number);
        panel->predictionView()->submitButton()->click();
    };
    auto *hint = panel->findChild<QWidget *>(QStringLiteral("hintText"));
    QVERIFY(hint);
    QVERIFY(!hint->isVisible()); // no hint before a try

    answer(QStringLiteral("20"));
    QVERIFY(!session->progress().predicted);
    QVERIFY(session->progress().firstGuess.has_value());
    hint = panel->findChild<QWidget *>(QStringLiteral("hintText"));
    QVERIFY(hint->isVisible());
    QVERIFY(panel->predictionView()->submitButton()->isEnabled()); // a second try

    answer(QStringLiteral("20")); // the second answer is kept, right or wrong
    QVERIFY(session->progress().predicted);
    QCOMPARE(session->progress().prediction.number.value_or(0), 20.0);
    QVERIFY(!panel->predictionView()->submitButton()->isEnabled());
    const auto *echo = panel->findChild<QLabel *>(QStringLiteral("predictionEcho"));
    QVERIFY(echo->text().contains(QStringLiteral("20")));
}

void tst_LessonShell::checkpointsCountInTheList()
{
    {
        LessonShell shell;
        QVERIFY(shell.openLesson(1, 2));
        LessonSession *session = shell.lessonPage()->session();
        StudentAnswer wrong;
        wrong.ids = {QStringLiteral("yes")};
        QVERIFY(!session->submitCheckpoint(QStringLiteral("c1-reuse"), wrong));
        QCOMPARE(shell.progress().entry(QStringLiteral("01-parameters")).checkpointsRight, 0);
        StudentAnswer right;
        right.ids = {QStringLiteral("no")};
        QVERIFY(session->submitCheckpoint(QStringLiteral("c1-reuse"), right));
        QVERIFY(session->submitCheckpoint(QStringLiteral("c1-reuse"), right)); // counted once
    }
    LessonShell restarted;
    QCOMPARE(restarted.progress().entry(QStringLiteral("01-parameters")).checkpointsRight, 1);
    const QString listText = restarted.listPage()->findChild<QLabel *>(QStringLiteral("title.01-parameters"))->text();
    QVERIFY2(listText.contains(QStringLiteral("1 of")), qPrintable(listText));
}

void tst_LessonShell::showTestUnlocksWithoutTheSettingsColumn()
{
    LessonShell shell;
    shell.show();
    QVERIFY(shell.openLesson(11, 4)); // L11 s5 (index 4): the test set stays hidden
    WorkspacePage *page = shell.workspacePage();
    auto *show = page->findChild<QAbstractButton *>(QStringLiteral("showTestData"));
    QVERIFY(show);
    QVERIFY(!show->isEnabled());
    QVERIFY(!page->showTestData());

    shell.lessonPage()->session()->next(); // s6 unlocks "Show test data" and nothing else
    QVERIFY(show->isEnabled());
    QVERIFY(show->isVisible());
    QVERIFY(!page->findChild<QWidget *>(QStringLiteral("settingsTabs"))->isVisible());
    const int undoBefore = page->workspace().undoStack().count();
    show->click();
    QVERIFY(page->showTestData());
    QCOMPARE(page->workspace().undoStack().count(), undoBefore); // a view option, not an edit
}

void tst_LessonShell::progressSurvivesARestart()
{
    {
        LessonShell shell;
        QVERIFY(shell.openLesson(1, 1));
        QCOMPARE(shell.progress().entry(QStringLiteral("01-parameters")).lastStep, 1);
        shell.lessonPage()->session()->goToStep(0);
    }
    LessonShell restarted;
    const ProgressStore::Entry entry = restarted.progress().entry(QStringLiteral("01-parameters"));
    QCOMPARE(entry.lastStep, 0);
    QCOMPARE(entry.furthestStep, 1);
    auto *open = restarted.listPage()->findChild<QPushButton *>(QStringLiteral("open.01-parameters"));
    QVERIFY(open);
    QCOMPARE(open->text(), QStringLiteral("Continue"));
    open->click();
    QCOMPARE(restarted.currentWidget(), restarted.lessonPage());
    QCOMPARE(restarted.lessonPage()->session()->stepIndex(), 0);

    restarted.progress().resetAll();
    restarted.listPage()->refresh();
    QCOMPARE(restarted.listPage()->findChild<QPushButton *>(QStringLiteral("open.01-parameters"))->text(),
             QStringLiteral("Start"));
}

void tst_LessonShell::teacherModeShowsNotes()
{
    LessonShell shell;
    QVERIFY(shell.openLesson(10, 0));
    StepPanel *panel = shell.lessonPage()->stepPanel();
    QVERIFY(!panel->findChild<QGroupBox *>(QStringLiteral("teacherBox")));
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("showMe")));
    shell.setTeacherMode(true);
    QVERIFY(panel->findChild<QGroupBox *>(QStringLiteral("teacherBox")));
    auto *showMe = panel->findChild<QPushButton *>(QStringLiteral("showMe"));
    QVERIFY(showMe);
    showMe->click();
    QCOMPARE(shell.workspacePage()->workspace().spec().network.hidden.size(), std::size_t(0));
}

void tst_LessonShell::teacherModePausesAtPredictions()
{
    LessonShell shell;
    QVERIFY(shell.openLesson(10, 0));
    StepPanel *panel = shell.lessonPage()->stepPanel();
    QVERIFY(!panel->findChild<DiscussionPause *>());
    shell.setTeacherMode(true);
    auto *pause = panel->findChild<DiscussionPause *>();
    QVERIFY(pause);
    QCOMPARE(pause->secondsLeft(), DiscussionPause::kSeconds);
    auto *timer = pause->findChild<QPushButton *>(QStringLiteral("discussionTimer"));
    timer->click();
    QVERIFY(pause->isCounting());
    QVERIFY(timer->text().contains(QStringLiteral("1:00")) || timer->text().contains(QStringLiteral("0:59")));
    timer->click();
    QVERIFY(!pause->isCounting());
}

void tst_LessonShell::playlistFollowsTheLessonPlan()
{
    QStringList errors;
    const ClassroomPlaylist playlist = ClassroomPlaylist::load(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(playlist.totalMinutes(), 40); // 15 + 15 + 10, as seed 000 plans it
    QVERIFY(!playlist.title(QStringLiteral("core"), QStringLiteral("zh_CN")).isEmpty());

    LessonShell shell;
    PlaylistPanel panel(&shell.library());
    // L1's starred steps are 1 and 5 (CURRICULUM §4.2); each has a button that opens it.
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("playlist.L1.S1")));
    auto *fifth = panel.findChild<QPushButton *>(QStringLiteral("playlist.L1.S5"));
    QVERIFY(fifth);
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("playlist.L1.S2")));
    QSignalSpy chosen(&panel, &PlaylistPanel::stepChosen);
    fifth->click();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toInt(), 1);
    QCOMPARE(chosen.at(0).at(1).toInt(), 4);

    auto *timer = panel.findChild<QPushButton *>(QStringLiteral("timer.core"));
    QVERIFY(timer);
    timer->click();
    QCOMPARE(panel.runningBlock(), 0);
    timer->click();
    QCOMPARE(panel.runningBlock(), -1);
}

void tst_LessonShell::commandLineOpensLessons_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("lesson");
    QTest::addColumn<int>("step");
    QTest::newRow("lesson") << QStringList{"app", "--lesson", "10"} << true << 10 << 1;
    QTest::newRow("lesson and step") << QStringList{"app", "--lesson", "3", "--step", "2"} << true << 3 << 2;
    QTest::newRow("no lesson") << QStringList{"app"} << true << 0 << 1;
    QTest::newRow("lesson 13") << QStringList{"app", "--lesson", "13"} << false << 0 << 1;
    QTest::newRow("lesson text") << QStringList{"app", "--lesson", "two"} << false << 0 << 1;
    QTest::newRow("step without lesson") << QStringList{"app", "--step", "2"} << false << 0 << 1;
    QTest::newRow("step 0") << QStringList{"app", "--lesson", "1", "--step", "0"} << false << 0 << 1;
}

void tst_LessonShell::commandLineOpensLessons()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(int, lesson);
    QFETCH(int, step);
    CommandLine commandLine;
    const CommandLine::Action action = commandLine.parse(arguments);
    QCOMPARE(action == CommandLine::Action::Run, ok);
    if (!ok) {
        QVERIFY(!commandLine.errorText().isEmpty());
        return;
    }
    QCOMPARE(commandLine.lesson(), lesson);
    QCOMPARE(commandLine.step(), step);
    CommandLine flags;
    QCOMPARE(flags.parse({"app", "--teacher", "--projector"}), CommandLine::Action::Run);
    QVERIFY(flags.teacherMode() && flags.projectorMode());
}

QTEST_MAIN(tst_LessonShell)
#include "tst_lessonshell.moc"
