#include "apptesthelpers.h"
#include "headlessrun.h"
#include "languagemanager.h"
#include "lessonlibrary.h"
#include "lessonsession.h"
#include "lessonsweep.h"
#include "lessonpage.h"
#include "steppanel.h"
#include "sweepdialog.h"
#include "sweepgrid.h"
#include "sweepheatgrid.h"
#include "sweeprunner.h"
#include "sweeptable.h"
#include "sweepvalues.h"
#include "workspacepage.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

/// The hyperparameter sweep of issue #5: grid expansion, the runner (cancel, both cores, the
/// locked test set), the dialog (validation, evaluate once, open in workspace) and L5's use.
class tst_Sweep : public QObject {
    Q_OBJECT
private slots:
    void gridExpandsEveryCombination();
    void gridChecksItsAxes();
    void valuesAreValidated();
    void testSetIsNotEvaluatedUntilAsked();
    void cancelLeavesNothingRunning();
    void usesBothCoresForSeveralCells();
    void bestCellReopenedGivesSameMetrics();
    void dialogRefusesAbsurdValues();
    void dialogEvaluatesTestOnceWithConfirmation();
    void lessonFiveSweepsThenEvaluatesTheChoice();
    void screenshots();
};

namespace {

PresetState circle(int samples = 200)
{
    PresetState state = PresetState::defaults();
    state.apply(QStringLiteral("dataset.kind"), QStringLiteral("circle"));
    state.apply(QStringLiteral("dataset.samples"), samples);
    state.apply(QStringLiteral("dataset.noise"), 25);
    return state;
}

SweepAxis axis(const QString &key, const QList<QJsonValue> &values)
{
    return SweepAxis{key, values};
}

bool waitFinished(SweepRunner &runner)
{
    QSignalSpy finished(&runner, &SweepRunner::finished);
    return !runner.isRunning() || finished.wait(60000);
}

} // namespace

void tst_Sweep::gridExpandsEveryCombination()
{
    const SweepGrid grid(circle(), {axis(QStringLiteral("training.lr"), {0.3, 0.03, 0.003}),
                                    axis(QStringLiteral("network.hidden"), {QJsonArray{2}, QJsonArray{4, 2}})},
                         40);
    QCOMPARE(grid.check(), QString());
    QCOMPARE(grid.cellCount(), 6);
    QCOMPARE(grid.coordinates(0), (QList<int>{0, 0}));
    QCOMPARE(grid.coordinates(1), (QList<int>{0, 1}));
    QCOMPARE(grid.coordinates(5), (QList<int>{2, 1}));
    QSet<QString> keys;
    for (int cell = 0; cell < grid.cellCount(); ++cell) {
        QCOMPARE(grid.cellAt(grid.coordinates(cell)), cell);
        keys.insert(grid.cellKey(cell));
        QCOMPARE(grid.cellEpochs(cell), 40);
    }
    QCOMPARE(keys.size(), 6);
    const PresetState c = grid.cellState(3); // lr 0.03, [4, 2]
    QCOMPARE(c.spec.training.optimizer.learningRate, 0.03);
    QCOMPARE(c.spec.network.hidden, (std::vector<int>{4, 2}));
    QCOMPARE(c.spec.initSeed, circle().spec.initSeed);

    const SweepGrid epochs(circle(), {axis(QStringLiteral("training.epochs"), {10, 30})}, 99);
    QCOMPARE(epochs.cellEpochs(0), 10);
    QCOMPARE(epochs.cellEpochs(1), 30);
    const SweepGrid l2(circle(), {axis(QStringLiteral("training.regularizationRate"), {0.01})}, 5);
    QCOMPARE(l2.cellState(0).spec.training.regularization, engine::Regularization::L2);
    QCOMPARE(l2.cellState(0).spec.training.regularizationRate, 0.01);
}

void tst_Sweep::gridChecksItsAxes()
{
    QVERIFY(!SweepGrid(circle(), {}, 10).check().isEmpty());
    QVERIFY(!SweepGrid(circle(), {axis(QStringLiteral("dataset.noise"), {1, 2})}, 10).check().isEmpty());
    QVERIFY(!SweepGrid(circle(), {axis(QStringLiteral("training.lr"), {0.1}), axis(QStringLiteral("training.lr"), {0.2})}, 10)
                 .check().isEmpty());
    QVERIFY(!SweepGrid(circle(), {axis(QStringLiteral("training.lr"), {-1.0})}, 10).check().isEmpty());
    QVERIFY(!SweepGrid(circle(), {axis(QStringLiteral("training.lr"), {})}, 10).check().isEmpty());
    QVERIFY(!SweepGrid(circle(), {axis(QStringLiteral("training.lr"), {0.1})}, 0).check().isEmpty());
}

void tst_Sweep::valuesAreValidated()
{
    QString error;
    const auto lr = SweepValues::parse(QStringLiteral("training.lr"), QStringLiteral("0.3, 0.03，0.003"), &error);
    QVERIFY2(lr, qPrintable(error));
    QCOMPARE(lr->size(), 3);
    const auto hidden = SweepValues::parse(QStringLiteral("network.hidden"), QStringLiteral("2; 4, 2; 8 8 8"), &error);
    QVERIFY2(hidden, qPrintable(error));
    QCOMPARE(hidden->at(1), QJsonValue(QJsonArray{4, 2}));
    QCOMPARE(SweepValues::format(QStringLiteral("network.hidden"), *hidden), QStringLiteral("2; 4, 2; 8, 8, 8"));
    const QList<QPair<QString, QString>> bad = {
        {QStringLiteral("training.lr"), QStringLiteral("0")},
        {QStringLiteral("training.lr"), QStringLiteral("fast")},
        {QStringLiteral("training.lr"), QStringLiteral("1e9")},
        {QStringLiteral("training.lr"), QStringLiteral("0.1, 0.1")},
        {QStringLiteral("training.lr"), QStringLiteral("1 2 3 4 5 6 7")},
        {QStringLiteral("training.lr"), QStringLiteral("  ")},
        {QStringLiteral("network.hidden"), QStringLiteral("0")},
        {QStringLiteral("network.hidden"), QStringLiteral("4, 500")},
        {QStringLiteral("training.batch"), QStringLiteral("2.5")},
        {QStringLiteral("training.regularizationRate"), QStringLiteral("-0.1")},
        {QStringLiteral("network.activation"), QStringLiteral("magic")},
        {QStringLiteral("training.epochs"), QStringLiteral("100000")}};
    for (const auto &[key, text] : bad) {
        error.clear();
        QVERIFY2(!SweepValues::parse(key, text, &error), qPrintable(key + QLatin1Char(' ') + text));
        QVERIFY(error.contains(SweepValues::axisName(key)));
    }
}

void tst_Sweep::testSetIsNotEvaluatedUntilAsked()
{
    SweepRunner runner;
    const SweepGrid grid(circle(), {axis(QStringLiteral("network.hidden"), {QJsonArray{3}, QJsonArray{4, 2}})}, 30);
    QVERIFY(runner.start(grid));
    QVERIFY(waitFinished(runner));
    QCOMPARE(runner.finishedCount(), 2);
    QCOMPARE(runner.testEvaluations(), 0);
    for (int cell = 0; cell < 2; ++cell) {
        const MetricsSnapshot &m = runner.result(cell)->metrics;
        QVERIFY(!runner.result(cell)->testEvaluated);
        QVERIFY(m.value(QStringLiteral("val.loss")).has_value());
        QVERIFY(!m.value(QStringLiteral("test.loss")).has_value());
        QVERIFY(!m.value(QStringLiteral("test.acc")).has_value());
        QCOMPARE(m.value(QStringLiteral("test.n")), std::optional<double>(0));
        for (const engine::EpochMetrics &epoch : m.history)
            QCOMPARE(epoch.test.count, 0); // not even once during training
    }
    const int best = runner.bestCell();
    QVERIFY(best >= 0);
    const std::optional<SplitSnapshot> test = runner.evaluateTest(best);
    QVERIFY(test);
    QCOMPARE(runner.testEvaluations(), 1);
    QCOMPARE(test->metrics.count, 40);
    // The same numbers as a run that saw the test set all along (it only measures it).
    const MetricsSnapshot full = HeadlessRun::train(grid.cellState(best), 30);
    QCOMPARE(test->metrics.loss, full.test.metrics.loss);
    QCOMPARE(test->metrics.accuracy, full.test.metrics.accuracy);
    QCOMPARE(test->tp + test->fn + test->fp + test->tn, 40);
    // Asking again returns the record; the test set is not measured a second time.
    QCOMPARE(runner.evaluateTest(best)->metrics.loss, test->metrics.loss);
    QCOMPARE(runner.testEvaluations(), 1);
    QVERIFY(runner.result(best)->testEvaluated);
}

void tst_Sweep::cancelLeavesNothingRunning()
{
    SweepRunner runner;
    runner.setThreadCount(2);
    const SweepGrid grid(circle(500), {axis(QStringLiteral("training.lr"), {0.1, 0.03, 0.01, 0.003})}, 5000);
    QSignalSpy cells(&runner, &SweepRunner::cellFinished);
    QSignalSpy finished(&runner, &SweepRunner::finished);
    QVERIFY(runner.start(grid));
    QVERIFY(!runner.start(grid)); // one sweep at a time
    QTRY_VERIFY(runner.runningCells() > 0);
    runner.cancel();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!runner.isRunning());
    QCOMPARE(runner.runningCells(), 0);
    QTRY_COMPARE(runner.pool()->activeThreadCount(), 0);
    // The cells that had started stopped early; the others never trained.
    for (int cell = 0; cell < grid.cellCount(); ++cell) {
        const std::optional<SweepCellResult> &r = runner.result(cell);
        if (r) {
            QVERIFY(r->cancelled);
            QVERIFY(r->metrics.epoch < 5000);
        }
    }
    QVERIFY(cells.count() <= 2);
    QCOMPARE(runner.bestCell(), -1); // a cancelled cell is not a result to choose from
    // The runner is free for the next sweep.
    QVERIFY(runner.start(SweepGrid(circle(), {axis(QStringLiteral("training.lr"), {0.1})}, 2)));
    QVERIFY(waitFinished(runner));
    QCOMPARE(runner.finishedCount(), 1);
    QVERIFY(!runner.result(0)->cancelled);
}

void tst_Sweep::usesBothCoresForSeveralCells()
{
    const SweepGrid grid(circle(500), {axis(QStringLiteral("training.lr"), {0.1, 0.03, 0.01, 0.003})}, 300);
    SweepRunner two;
    two.setThreadCount(2);
    QVERIFY(two.start(grid));
    QVERIFY(waitFinished(two));
    QCOMPARE(two.finishedCount(), 4);
    QCOMPARE(two.maxConcurrentCells(), 2);
    SweepRunner one;
    one.setThreadCount(1);
    QVERIFY(one.start(grid));
    QVERIFY(waitFinished(one));
    QCOMPARE(one.maxConcurrentCells(), 1);
    // Threads change the wall time, never the numbers.
    for (int cell = 0; cell < 4; ++cell)
        QCOMPARE(one.result(cell)->metrics.validation.metrics.loss, two.result(cell)->metrics.validation.metrics.loss);
    QVERIFY(SweepRunner().threadCount() >= 1);
}

void tst_Sweep::bestCellReopenedGivesSameMetrics()
{
    WorkspacePage page;
    Workspace &workspace = page.workspace();
    workspace.loadPreset(circle(300).spec);
    workspace.session().setSpeed(10);
    SweepDialog dialog(&workspace);
    dialog.setAxis(0, QStringLiteral("training.lr"), QStringLiteral("0.1, 0.03"));
    dialog.setAxis(1, QStringLiteral("network.hidden"), QStringLiteral("3; 4, 2"));
    dialog.setEpochs(60);
    QVERIFY(dialog.startSweep());
    QVERIFY(dialog.heatGrid()->isVisibleTo(&dialog));
    QVERIFY(waitFinished(*dialog.runner()));
    const int best = dialog.runner()->bestCell();
    QVERIFY(best >= 0);
    QCOMPARE(dialog.chosenCell(), best);
    QCOMPARE(dialog.table()->selectedCell(), best);
    QVERIFY(dialog.table()->item(best, 0)->text().startsWith(QStringLiteral("★")));
    const MetricsSnapshot &swept = dialog.runner()->result(best)->metrics;

    QVERIFY(dialog.openButton()->isEnabled());
    dialog.openButton()->click();
    QCOMPARE(workspace.spec().epochLimit, 60);
    workspace.session().play();
    QVERIFY(apptest::waitFor(workspace, [](const TrainingReport &r) { return r.epoch >= 60 && !r.running; }));
    const TrainingReport &live = workspace.session().latest();
    QCOMPARE(live.epoch, 60);
    QCOMPARE(live.current.validation.loss, swept.validation.metrics.loss);
    QCOMPARE(live.current.validation.accuracy, swept.validation.metrics.accuracy);
    QCOMPARE(live.current.train.loss, swept.train.metrics.loss);
    QCOMPARE(dialog.runner()->testEvaluations(), 0); // opening is not evaluating
}

void tst_Sweep::dialogRefusesAbsurdValues()
{
    Workspace workspace;
    SweepDialog dialog(&workspace);
    dialog.setAxis(0, QStringLiteral("training.lr"), QStringLiteral("0.1, -3"));
    QVERIFY(!dialog.startSweep());
    QVERIFY(!dialog.messageLabel()->text().isEmpty());
    QVERIFY(!dialog.runner()->isRunning());
    dialog.setAxis(0, QStringLiteral("training.lr"), QStringLiteral("0.1, 0.2, 0.3, 0.4, 0.5"));
    dialog.setAxis(1, QStringLiteral("training.batch"), QStringLiteral("1, 2, 3, 4, 5"));
    dialog.setAxis(2, QStringLiteral("training.epochs"), QStringLiteral("1, 2, 3"));
    QVERIFY(!dialog.startSweep()); // 75 settings
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("75")));
    dialog.setAxis(1, QStringLiteral("training.lr"), QStringLiteral("0.1"));
    QVERIFY(!dialog.startSweep()); // the same hyperparameter twice
    WorkspaceSpec noValidation = workspace.spec();
    noValidation.split = {80, 0, 20};
    workspace.loadPreset(noValidation);
    dialog.setAxis(1, QString(), QString());
    dialog.setAxis(2, QString(), QString());
    QVERIFY(!dialog.startSweep()); // nothing to compare on
    QVERIFY(!dialog.runner()->isRunning());
}

void tst_Sweep::dialogEvaluatesTestOnceWithConfirmation()
{
    Workspace workspace;
    workspace.loadPreset(circle().spec);
    SweepDialog dialog(&workspace);
    dialog.setAxis(0, QStringLiteral("training.lr"), QStringLiteral("0.1, 0.03"));
    dialog.setAxis(1, QString(), QString());
    dialog.setEpochs(20);
    dialog.show();
    QVERIFY(dialog.startSweep());
    QVERIFY(!dialog.evaluateButton()->isEnabled()); // not while training
    QVERIFY(waitFinished(*dialog.runner()));
    QVERIFY(!dialog.heatGrid()->isVisibleTo(&dialog)); // one axis: a table only
    dialog.chooseCell(1);
    QVERIFY(dialog.evaluateButton()->isEnabled());
    dialog.evaluateButton()->click();
    auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("sweepTestConfirm"));
    QVERIFY(box);
    QCOMPARE(dialog.runner()->testEvaluations(), 0); // nothing measured before the answer
    box->button(QMessageBox::Yes)->click();
    QCOMPARE(dialog.runner()->testEvaluations(), 1);
    QVERIFY(dialog.runner()->result(1)->testEvaluated);
    QVERIFY(!dialog.testLabel()->text().isEmpty());
    const int testLoss = 4; // training loss/accuracy, validation loss/accuracy, test loss
    QVERIFY(dialog.table()->measureItem(1, testLoss)->text() != SweepTable::tr("locked"));
    QCOMPARE(dialog.table()->measureItem(0, testLoss)->text(), SweepTable::tr("locked"));
    // A second evaluation, of another cell, is refused and says so.
    dialog.chooseCell(0);
    dialog.evaluateButton()->click();
    for (const QMessageBox *box2 : dialog.findChildren<QMessageBox *>(QStringLiteral("sweepTestConfirm")))
        QVERIFY(!box2->isVisible()); // no second confirmation: it is refused outright
    QCOMPARE(dialog.runner()->testEvaluations(), 1);
    QVERIFY(!dialog.runner()->result(0)->testEvaluated);
    QVERIFY(!dialog.messageLabel()->text().isEmpty());
}

void tst_Sweep::lessonFiveSweepsThenEvaluatesTheChoice()
{
    LessonLibrary library;
    library.loadFolder(LessonLibrary::embeddedRoot());
    const Lesson *lesson = library.find(QStringLiteral("05-train-val-test"));
    QVERIFY(lesson);
    const int s3 = lesson->stepIndex(QStringLiteral("s3-choose"));
    const int s4 = lesson->stepIndex(QStringLiteral("s4-open-test"));
    QVERIFY(!lesson->steps[s3].sweep.isEmpty());
    QVERIFY(lesson->steps[s4].evaluateTest);

    LessonPage page(new WorkspacePage);
    page.startLesson(*lesson, s3);
    LessonSession *session = page.session();
    StudentAnswer answer;
    answer.ids = {QStringLiteral("val-loss")};
    session->submitPrediction(answer);
    session->runAction();
    QTRY_VERIFY_WITH_TIMEOUT(session->progress().actionDone, 60000);
    const SweepRunner *runner = session->sweep()->runner();
    QCOMPARE(runner->cellCount(), 3);
    QCOMPARE(runner->testEvaluations(), 0);
    QVERIFY(session->lookup()(QStringLiteral("best.val.loss")).has_value());
    QVERIFY(!session->lookup()(QStringLiteral("chosen.test.loss")).has_value());
    // The step column shows the sweep: one column per network, the test numbers locked.
    const SweepTable *table = page.stepPanel()->findChild<SweepTable *>();
    QVERIFY(table);
    QCOMPARE(table->runner(), runner);
    QCOMPARE(table->columnCount(), 3);
    QCOMPARE(table->measureItem(runner->bestCell(), 2)->text(),
             QString::number(runner->result(runner->bestCell())->metrics.validation.metrics.loss, 'f', 3));
    QCOMPARE(table->measureItem(0, 4)->text(), SweepTable::tr("locked"));
    // The student keeps another row than the best.
    const int other = (runner->bestCell() + 1) % 3;
    session->sweep()->choose(other);
    QCOMPARE(*session->lookup()(QStringLiteral("chosen.val.loss")), runner->result(other)->metrics.validation.metrics.loss);

    session->next();
    QCOMPARE(session->stepIndex(), s4);
    QVERIFY(!session->goalsMet());
    answer.ids = {QStringLiteral("close")};
    session->submitPrediction(answer);
    session->runAction();
    QTRY_VERIFY(session->progress().actionDone);
    QCOMPARE(runner->testEvaluations(), 1);
    QVERIFY(runner->result(other)->testEvaluated);
    QVERIFY(session->lookup()(QStringLiteral("chosen.test.acc")).has_value());
    QVERIFY(session->goalsMet());
    session->sweep()->choose(runner->bestCell()); // the choice is final once tested
    QCOMPARE(session->sweep()->chosenCell(), other);
}

void tst_Sweep::screenshots()
{
    // A manual check, as tst_stagescreenshots: the finished 3x3 sweep and L5's sweep step in
    // both languages, saved when NL_SCREENSHOT_DIR is set. NL_SCREENSHOT_QM may name a catalogue
    // with strings not yet in the shipped one.
    const QString dir = apptest::screenshotDir();
    if (dir.isEmpty())
        QSKIP("set NL_SCREENSHOT_DIR to save screenshots");
    QVERIFY(apptest::prepareScreenshots(dir));
    LanguageManager languages;
    LessonLibrary library;
    library.loadFolder(LessonLibrary::embeddedRoot());
    const Lesson *lesson = library.find(QStringLiteral("05-train-val-test"));
    QVERIFY(lesson);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QVERIFY(languages.setLanguage(language));
        QTranslator extra;
        if (language != QLatin1String("en") && extra.load(qEnvironmentVariable("NL_SCREENSHOT_QM")))
            QCoreApplication::installTranslator(&extra);
        Workspace workspace;
        PresetState preset = circle(500);
        workspace.loadPreset(preset.spec);
        SweepDialog dialog(&workspace);
        dialog.resize(1120, 640);
        dialog.setAxis(0, QStringLiteral("training.lr"), QStringLiteral("0.3, 0.03, 0.003"));
        dialog.setAxis(1, QStringLiteral("network.hidden"), QStringLiteral("2; 4; 8"));
        dialog.setEpochs(200);
        dialog.show();
        QVERIFY(dialog.startSweep());
        QVERIFY(waitFinished(*dialog.runner()));
        QCoreApplication::processEvents();
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/sweep-3x3-") + language + QStringLiteral(".png")));

        LessonPage page(new WorkspacePage);
        page.resize(1280, 720);
        page.setLanguage(language);
        page.show();
        page.startLesson(*lesson, lesson->stepIndex(QStringLiteral("s3-choose")));
        StudentAnswer answer;
        answer.ids = {QStringLiteral("val-loss")};
        page.session()->submitPrediction(answer);
        page.session()->runAction();
        QTRY_VERIFY_WITH_TIMEOUT(page.session()->progress().actionDone, 60000);
        QCoreApplication::processEvents();
        QVERIFY(page.grab().save(dir + QStringLiteral("/l5-s3-") + language + QStringLiteral(".png")));
        QCoreApplication::removeTranslator(&extra);
    }
}

QTEST_MAIN(tst_Sweep)
#include "tst_sweep.moc"
