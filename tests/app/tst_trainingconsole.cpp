// The L11 console: it prints what first_network.py prints, `epoch 1/10, step 5/800, train loss
// 0.1368` every 5 steps, from batch losses the worker logs only while the console is shown:
// 10 epochs × 800 steps give 1,600 lines, and free play's reports carry no log.
#include "apptesthelpers.h"
#include "codepanel.h"
#include "lessonlibrary.h"
#include "lessonpage.h"
#include "lessonsession.h"
#include "losssparkline.h"
#include "steppanel.h"
#include "trainingconsole.h"
#include "workspacepage.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QtTest>

using apptest::waitFor;
using namespace engine;

class tst_TrainingConsole : public QObject {
    Q_OBJECT
private slots:
    void lineFormat();
    void printInterval();
    void batchLogOnlyWhenAsked();
    void l11TenEpochsPrint1600Lines();
    void newRunClears();
};

void tst_TrainingConsole::lineFormat()
{
    BatchReport batch;
    batch.epoch = 1;
    batch.batch = 4;
    batch.batchesPerEpoch = 800;
    batch.batchLoss = 0.13684;
    QCOMPARE(TrainingConsole::trainLine(batch, 10), QStringLiteral("epoch 1/10, step 5/800, train loss 0.1368"));
    batch.batchLoss = 0.0;
    QCOMPARE(TrainingConsole::trainLine(batch, 10), QStringLiteral("epoch 1/10, step 5/800, train loss 0.0000"));
}

void tst_TrainingConsole::printInterval()
{
    BatchReport batch;
    batch.batchesPerEpoch = 800;
    QList<int> printed;
    for (int i = 0; i < 20; ++i) {
        batch.batch = i;
        if (TrainingConsole::printsAfter(batch))
            printed.append(i + 1);
    }
    QCOMPARE(printed, (QList<int>{5, 10, 15, 20}));
    // Fewer than 5 steps an epoch (full batch): the listing prints each epoch's last step.
    batch.batchesPerEpoch = 3;
    batch.batch = 1;
    QVERIFY(!TrainingConsole::printsAfter(batch));
    batch.batch = 2;
    QVERIFY(TrainingConsole::printsAfter(batch));
}

void tst_TrainingConsole::batchLogOnlyWhenAsked()
{
    Workspace workspace;
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.network.parameterCount() == 25; }));
    QSignalSpy reports(&workspace.session(), &TrainingSession::reportReceived);
    workspace.session().stepEpoch();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.epoch == 1; }));
    for (const QList<QVariant> &args : reports)
        QVERIFY(args.at(0).value<TrainingReport>().batchLosses.empty()); // free play pays nothing

    workspace.session().setBatchLog(true);
    QVERIFY(workspace.session().isCaughtUp()); // not a command a lesson run waits for
    reports.clear();
    workspace.session().stepEpoch();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.epoch == 2; }));
    std::vector<BatchReport> logged;
    for (const QList<QVariant> &args : reports) {
        const TrainingReport r = args.at(0).value<TrainingReport>();
        logged.insert(logged.end(), r.batchLosses.begin(), r.batchLosses.end());
    }
    const int perEpoch = workspace.session().latest().batchesPerEpoch;
    QCOMPARE(static_cast<int>(logged.size()), perEpoch);
    for (int i = 0; i < perEpoch; ++i) {
        QCOMPARE(logged[i].epoch, 2);
        QCOMPARE(logged[i].batch, i);
        QVERIFY(logged[i].batchLoss >= 0.0);
    }
}

void tst_TrainingConsole::l11TenEpochsPrint1600Lines()
{
    LessonLibrary library;
    library.loadFolder(LessonLibrary::embeddedRoot());
    const Lesson *lesson = library.byNumber(11);
    QVERIFY(lesson);
    LessonPage page(new WorkspacePage);
    page.resize(1280, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.workspacePage()->workspace().session().setSpeed(10);
    page.startLesson(*lesson, 4);
    QCOMPARE(page.session()->step().id, QStringLiteral("s5-training-loop"));
    TrainingConsole *console = page.codePanel()->console();
    QVERIFY(console->isVisible());
    StudentAnswer jumpy;
    jumpy.ids = {QStringLiteral("jumpy")};
    page.session()->submitPrediction(jumpy);
    Workspace &workspace = page.workspacePage()->workspace();
    QVERIFY(waitFor(workspace, [&](const TrainingReport &) { return workspace.session().isCaughtUp(); }));
    page.stepPanel()->actionButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(page.session()->progress().actionDone, 120000);

    QCOMPARE(workspace.session().latest().updates, 8000LL);
    QCOMPARE(console->printedLines(), 1600LL);
    const QPlainTextEdit *output = console->output();
    QCOMPARE(output->document()->blockCount(), 1600);
    static const QRegularExpression first(QStringLiteral("^epoch 1/10, step 5/800, train loss \\d\\.\\d{4}$"));
    const QString firstLine = output->document()->firstBlock().text();
    QVERIFY2(first.match(firstLine).hasMatch(), qPrintable(firstLine));
    QVERIFY(output->document()->lastBlock().text().startsWith(QStringLiteral("epoch 10/10, step 800/800, train loss ")));
    QCOMPARE(console->sparkline()->count(), 8000LL);
    QVERIFY(console->sparkline()->maximum() > 0.0);
}

void tst_TrainingConsole::newRunClears()
{
    TrainingConsole console;
    TrainingReport report;
    report.generation = 1;
    BatchReport batch;
    batch.epoch = 1;
    batch.batchesPerEpoch = 10;
    for (int i = 0; i < 10; ++i) {
        batch.batch = i;
        report.batchLosses.push_back(batch);
    }
    console.showReport(report);
    QCOMPARE(console.printedLines(), 2LL); // steps 5 and 10, one append
    QCOMPARE(console.output()->document()->blockCount(), 2);
    report.generation = 2;
    report.batchLosses.clear();
    console.showReport(report);
    QCOMPARE(console.printedLines(), 0LL);
    QVERIFY(console.output()->toPlainText().isEmpty());
    QCOMPARE(console.sparkline()->count(), 0LL);
}

QTEST_MAIN(tst_TrainingConsole)
#include "tst_trainingconsole.moc"
