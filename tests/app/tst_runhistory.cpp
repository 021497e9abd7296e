// The run history (issue #5): runs are recorded when the next one starts, with the final and
// best metrics a trainer of the same spec reaches; runs without a finished epoch are not; the
// ticked runs appear on the charts and go when unticked; a reopened run shows the same metrics
// and trains on exactly as before; the CSV table; the bounds (200 runs -> 50 kept, 500 points a
// run, a weight budget); the history's round trip through a workspace file, and version-1 files
// without one. With NL_SCREENSHOT_DIR set it also saves the panel in both languages.
#include "apptesthelpers.h"
#include "languagemanager.h"
#include "losschartview.h"
#include "metricchart.h"
#include "runhistoryview.h"
#include "runtablecsv.h"
#include "workspacefile.h"
#include "workspacepage.h"
#include "../files/workspacetesthelpers.h"

#include <QApplication>
#include <QChart>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace engine;

namespace {

WorkspaceSpec smallSpec(double learningRate = 0.03)
{
    WorkspaceSpec spec;
    spec.data.kind = DatasetKind::Circle;
    spec.data.samples = 100;
    spec.data.seed = 5;
    spec.split = {60, 20, 20};
    spec.network.hidden = {3};
    spec.training.optimizer.learningRate = learningRate;
    spec.training.batchSize = 10;
    return spec;
}

/// Steps `epochs` epochs and waits until the worker has done them.
bool train(Workspace &workspace, int epochs)
{
    // The report of a reset or load may still be on its way: count from the run as it is now.
    if (!apptest::waitFor(workspace, [&](const TrainingReport &) { return workspace.session().isCaughtUp(); }))
        return false;
    const int target = workspace.session().latest().epoch + epochs;
    for (int i = 0; i < epochs; ++i)
        workspace.session().stepEpoch();
    return apptest::waitFor(workspace, [&](const TrainingReport &r) {
        return workspace.session().isCaughtUp() && r.epoch == target;
    });
}

/// Resets (or runs `restart`) and waits until the worker has captured the run that ended.
bool endRun(Workspace &workspace, const std::function<void()> &restart)
{
    QSignalSpy captured(&workspace.session(), &TrainingSession::stateCaptured);
    restart();
    return captured.count() > 0 || captured.wait(10000);
}

bool sameSplit(const SplitMetrics &a, const SplitMetrics &b)
{
    return a.loss == b.loss && a.accuracy == b.accuracy && a.count == b.count;
}

bool sameMetrics(const EpochMetrics &a, const EpochMetrics &b)
{
    return a.epoch == b.epoch && sameSplit(a.train, b.train) && sameSplit(a.validation, b.validation)
        && sameSplit(a.test, b.test);
}

/// A record as the history makes it, from a run the engine trained directly.
RunRecord record(int number, const WorkspaceSpec &spec, int epochs, bool shown = false)
{
    RunRecord run = RunRecord::fromState(trainedState(spec, epochs), number,
                                         QDateTime(QDate(2026, 9, 1), QTime(8, 30), Qt::UTC), 1.5 * number);
    run.shown = shown;
    return run;
}

QStringList legendNames(const MetricChart *chart)
{
    QStringList names;
    for (QLegendMarker *marker : chart->chart()->legend()->markers())
        if (marker->isVisible())
            names << marker->label();
    return names;
}

} // namespace

class tst_RunHistory : public QObject {
    Q_OBJECT
private slots:
    void recordsRunsWhenTheNextStarts();
    void runsWithoutAnEpochAreNotRecorded();
    void overlaysFollowTheTicks();
    void reopenedRunShowsTheSameMetrics();
    void csvTable();
    void memoryIsBounded();
    void weightBudgetDropsTheOldest();
    void historyRoundTripsThroughTheFile();
    void versionOneFilesOpenWithoutHistory();
    void screenshots();
};

void tst_RunHistory::recordsRunsWhenTheNextStarts()
{
    Workspace workspace;
    RunHistory &history = workspace.runHistory();
    const WorkspaceSpec first = smallSpec(0.03);
    workspace.loadPreset(first);
    QCOMPARE(history.currentNumber(), 1);
    QVERIFY(train(workspace, 6));
    QVERIFY(history.runs().empty()); // recorded only when the next run starts
    QVERIFY(endRun(workspace, [&] { workspace.session().reset(); }));
    QTRY_COMPARE(history.runs().size(), std::size_t(1));

    // The final and best metrics are those a trainer of the same spec reaches.
    const WorkspaceState expected = trainedState(first, 6);
    const RunRecord &run = history.runs().front();
    QCOMPARE(run.number, 1);
    QCOMPARE(run.epochs(), 6);
    QVERIFY(sameMetrics(run.last(), expected.trainer.history.back()));
    int bestEpoch = -1;
    double bestLoss = 0.0;
    for (const EpochMetrics &m : expected.trainer.history)
        if (m.epoch > 0 && (bestEpoch < 0 || m.validation.loss < bestLoss))
            bestEpoch = m.epoch, bestLoss = m.validation.loss;
    QVERIFY(run.best());
    QCOMPARE(run.best()->epoch, bestEpoch);
    QCOMPARE(run.best()->validation.loss, bestLoss);
    QVERIFY(run.network.parameters() == expected.network.parameters());
    QCOMPARE(run.spec.training.optimizer.learningRate, 0.03);
    QCOMPARE(run.spec.data.seed, first.data.seed);
    QVERIFY(run.started.isValid() && run.started <= QDateTime::currentDateTimeUtc());
    QCOMPARE(history.currentNumber(), 2);

    // A new preset ends the run too; the record has the settings the run had, not the new ones.
    QVERIFY(train(workspace, 2));
    QVERIFY(endRun(workspace, [&] { workspace.loadPreset(smallSpec(0.5)); }));
    QTRY_COMPARE(history.runs().size(), std::size_t(2));
    QCOMPARE(history.runs().back().number, 2);
    QCOMPARE(history.runs().back().epochs(), 2);
    QCOMPARE(history.runs().back().spec.training.optimizer.learningRate, 0.03);

    // So do new weights; playing counts as training time.
    workspace.session().play();
    QVERIFY(apptest::waitFor(workspace, [](const TrainingReport &r) { return r.running && r.epoch >= 3; }));
    QVERIFY(endRun(workspace, [&] { workspace.session().reinitialize(77); }));
    QTRY_COMPARE(history.runs().size(), std::size_t(3));
    QCOMPARE(history.runs().back().spec.training.optimizer.learningRate, 0.5);
    QVERIFY(history.runs().back().seconds > 0.0);
    QCOMPARE(history.currentNumber(), 4);
}

void tst_RunHistory::runsWithoutAnEpochAreNotRecorded()
{
    Workspace workspace;
    workspace.loadPreset(smallSpec());
    QVERIFY(endRun(workspace, [&] { workspace.session().reset(); }));
    workspace.session().stepBatch(); // mid-epoch: no epoch finished
    QVERIFY(apptest::waitFor(workspace, [&](const TrainingReport &r) { return workspace.session().isCaughtUp() && r.updates == 1; }));
    QVERIFY(endRun(workspace, [&] { workspace.session().reset(); }));
    QVERIFY(apptest::waitFor(workspace, [&](const TrainingReport &) { return workspace.session().isCaughtUp(); }));
    QVERIFY(workspace.runHistory().runs().empty());
    QCOMPARE(workspace.runHistory().currentNumber(), 1);
}

void tst_RunHistory::overlaysFollowTheTicks()
{
    WorkspacePage page;
    page.resize(1280, 720);
    page.show(); // legend markers report themselves visible only on screen
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    Workspace &workspace = page.workspace();
    RunHistory &history = workspace.runHistory();
    LossChartView *chart = page.chartView();
    workspace.loadPreset(smallSpec());
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(train(workspace, i + 1));
        QVERIFY(endRun(workspace, [&] { workspace.session().reset(); }));
        QTRY_COMPARE(history.runs().size(), std::size_t(i));
    }
    // The three newest ended runs are shown, each with one legend entry.
    QCOMPARE(history.shownRuns(), (QList<int>{2, 3, 4}));
    QCOMPARE(chart->overlayCount(), 3);
    QCOMPARE(chart->lossChart()->overlays().numbers(), (QList<int>{2, 3, 4}));
    QTRY_VERIFY(legendNames(chart->lossChart()).contains(QStringLiteral("Run 4")));
    const QStringList names = legendNames(chart->lossChart());
    QVERIFY2(names.contains(QStringLiteral("Run 2")) && names.contains(QStringLiteral("Training")), qPrintable(names.join(',')));
    QCOMPARE(names.count(QStringLiteral("Run 3")), 1);
    // Run 4 trained 5 epochs: its validation curve ends there, in its colour.
    const QList<QLineSeries *> series = chart->lossChart()->overlays().series();
    QVERIFY(std::any_of(series.begin(), series.end(), [](QLineSeries *s) {
        return s->name() == QStringLiteral("Run 4") && s->points().last().x() == 5.0
            && s->pen().color().rgb() == RunHistory::color(4).rgb();
    }));

    // Ticks in the panel take runs off and put them on.
    QTableWidget *table = page.runHistoryView()->table();
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(page.runHistoryView()->runAt(0), 4); // newest first
    table->item(0, RunHistoryView::RunColumn)->setCheckState(Qt::Unchecked);
    QCOMPARE(chart->overlayCount(), 2);
    QVERIFY(!legendNames(chart->lossChart()).contains(QStringLiteral("Run 4")));
    table->item(3, RunHistoryView::RunColumn)->setCheckState(Qt::Checked); // run 1
    QCOMPARE(chart->lossChart()->overlays().numbers(), (QList<int>{1, 2, 3}));
    QCOMPARE(chart->accuracyChart()->overlays().count(), 3);

    // "Clear old runs" unticks them all; the history keeps them.
    auto *clear = chart->findChild<QPushButton *>(QStringLiteral("clearOldRunsButton"));
    QVERIFY(clear->isEnabled());
    clear->click();
    QCOMPARE(chart->overlayCount(), 0);
    QVERIFY(chart->lossChart()->overlays().series().isEmpty());
    QCOMPARE(history.runs().size(), std::size_t(4));
    QVERIFY(!clear->isEnabled());

    // Run 1 ticked by hand stays when new runs end; deleting a run takes it off.
    history.setShown(1, true);
    QVERIFY(train(workspace, 1));
    QVERIFY(endRun(workspace, [&] { workspace.session().reset(); }));
    QTRY_COMPARE(history.runs().size(), std::size_t(5));
    QCOMPARE(history.shownRuns(), (QList<int>{1, 5}));
    table->selectRow(0);
    page.findChild<QPushButton *>(QStringLiteral("deleteRunButton"))->click();
    QCOMPARE(history.runs().size(), std::size_t(4));
    QCOMPARE(chart->lossChart()->overlays().numbers(), (QList<int>{1}));
}

void tst_RunHistory::reopenedRunShowsTheSameMetrics()
{
    Workspace workspace;
    RunHistory &history = workspace.runHistory();
    const WorkspaceSpec spec = smallSpec(0.1);
    workspace.loadPreset(spec);
    QVERIFY(train(workspace, 5));
    QVERIFY(endRun(workspace, [&] { workspace.session().reset(); }));
    QTRY_COMPARE(history.runs().size(), std::size_t(1));
    WorkspaceSpec other = spec;
    other.training.optimizer.learningRate = 0.9;
    workspace.change(other, [] { return QStringLiteral("lr"); });
    QVERIFY(train(workspace, 2));

    const RunRecord first = history.runs().front();
    QVERIFY(endRun(workspace, [&] { workspace.reopenRun(1); }));
    QVERIFY(apptest::waitFor(workspace, [&](const TrainingReport &r) { return workspace.session().isCaughtUp() && r.epoch == 5; }));
    // The run in progress (two epochs at 0.9) was recorded; run 1 is the one in progress again.
    QTRY_COMPARE(history.runs().size(), std::size_t(2));
    QCOMPARE(history.runs().back().spec.training.optimizer.learningRate, 0.9);
    QCOMPARE(history.reopenedFrom(), 1);
    QCOMPARE(workspace.spec().training.optimizer.learningRate, 0.1);
    const TrainingReport &report = workspace.session().latest();
    QVERIFY(report.network.parameters() == first.network.parameters());
    QVERIFY(sameMetrics(report.current, first.last()));
    QVERIFY(sameMetrics(report.newEpochs.back(), first.last()));

    // It trains on exactly as if it had never stopped.
    QVERIFY(train(workspace, 2));
    QVERIFY(sameMetrics(workspace.session().latest().current, trainedState(spec, 7).trainer.history.back()));

    // Reopened and left untrained, it is not recorded a second time.
    QVERIFY(endRun(workspace, [&] { workspace.reopenRun(1); }));
    QTRY_COMPARE(history.runs().size(), std::size_t(3)); // the 7-epoch continuation
    QCOMPARE(history.runs().back().epochs(), 7);
    QVERIFY(endRun(workspace, [&] { workspace.session().reset(); }));
    QVERIFY(apptest::waitFor(workspace, [&](const TrainingReport &) { return workspace.session().isCaughtUp(); }));
    QCOMPARE(history.runs().size(), std::size_t(3));
}

void tst_RunHistory::csvTable()
{
    std::vector<RunRecord> runs{record(1, smallSpec(0.03), 4), record(2, smallSpec(0.5), 3)};
    const QString table = RunTableCsv::table(runs);
    const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList header = lines[0].split(QLatin1Char(','));
    QCOMPARE(header.first(), QStringLiteral("run"));
    QVERIFY(header.contains(QStringLiteral("best_validation_loss")));
    for (int i = 1; i < 3; ++i)
        QCOMPARE(lines[i].split(QLatin1Char(',')).size(), header.size());
    // Newest first, as in the panel; numbers read back exactly.
    auto field = [&](int line, const char *name) { return lines[line].split(QLatin1Char(','))[header.indexOf(QLatin1String(name))]; };
    QCOMPARE(field(1, "run"), QStringLiteral("2"));
    QCOMPARE(field(2, "run"), QStringLiteral("1"));
    QCOMPARE(field(2, "epochs"), QStringLiteral("4"));
    QCOMPARE(field(2, "learning_rate"), QStringLiteral("0.03"));
    QCOMPARE(field(2, "hidden"), QStringLiteral("3"));
    QCOMPARE(field(2, "dataset"), QStringLiteral("circle"));
    QCOMPARE(field(2, "started_utc"), QStringLiteral("2026-09-01T08:30:00Z"));
    QCOMPARE(field(2, "train_loss").toDouble(), runs[0].last().train.loss);
    QCOMPARE(field(2, "test_accuracy").toDouble(), runs[0].last().test.accuracy);
    QCOMPARE(field(2, "best_epoch").toInt(), runs[0].best()->epoch);
    QCOMPARE(field(2, "best_validation_loss").toDouble(), runs[0].best()->validation.loss);

    // The panel's Export writes the same table, UTF-8.
    Workspace workspace;
    WorkspaceState state = trainedState(smallSpec(), 1);
    state.runs = runs;
    state.nextRun = 3;
    workspace.loadState(state);
    RunHistoryView view(&workspace);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runs.csv"));
    QVERIFY(view.exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), table);
}

void tst_RunHistory::memoryIsBounded()
{
    Workspace workspace;
    RunHistory &history = workspace.runHistory();
    WorkspaceSpec spec = smallSpec();
    spec.data.samples = 20;
    spec.training.batchSize = 0;
    spec.epochLimit = 1200;
    workspace.loadPreset(spec);
    // One long run: its curves are thinned to the bound, evenly, first and last epoch kept.
    workspace.session().setSpeed(TrainingWorker::kMaxSpeed);
    workspace.session().play();
    QVERIFY(apptest::waitFor(workspace, [](const TrainingReport &r) { return !r.running && r.epoch == 1200; }));
    QVERIFY(endRun(workspace, [&] { workspace.session().reset(); }));
    QTRY_COMPARE(history.runs().size(), std::size_t(1));
    const RunRecord &longRun = history.runs().front();
    QVERIFY(longRun.trainer.history.size() <= std::size_t(RunRecord::kMaxPoints + 1));
    // Evenly: no stretch of the run is left without points.
    QVERIFY(longRun.trainer.history.size() > std::size_t(RunRecord::kMaxPoints / 4));
    for (std::size_t i = 1; i < longRun.trainer.history.size(); ++i)
        QVERIFY(longRun.trainer.history[i].epoch - longRun.trainer.history[i - 1].epoch <= 16);
    QCOMPARE(longRun.trainer.history.front().epoch, 0);
    QCOMPARE(longRun.last().epoch, 1200);
    QVERIFY(longRun.best());

    // 200 runs: the newest 50 stay, numbered on.
    for (int i = 2; i <= 200; ++i) {
        workspace.session().stepEpoch();
        QVERIFY(endRun(workspace, [&] { workspace.session().reset(); }));
    }
    QTRY_COMPARE(history.currentNumber(), 201);
    QCOMPARE(history.runs().size(), std::size_t(RunRecord::kMaxRuns));
    QCOMPARE(history.runs().front().number, 151);
    QCOMPARE(history.runs().back().number, 200);
    QCOMPARE(history.shownRuns(), (QList<int>{198, 199, 200}));
}

void tst_RunHistory::weightBudgetDropsTheOldest()
{
    Workspace workspace;
    RunHistory &history = workspace.runHistory();
    WorkspaceSpec spec = smallSpec();
    spec.data.samples = 20;
    spec.training.batchSize = 0;
    spec.network.hidden = {64, 64, 64, 64};
    workspace.loadPreset(spec);
    for (int i = 1; i <= 10; ++i) {
        workspace.session().stepEpoch();
        QVERIFY(endRun(workspace, [&] { workspace.session().reset(); }));
    }
    QTRY_COMPARE(history.currentNumber(), 11);
    long long weights = 0;
    for (const RunRecord &run : history.runs())
        weights += run.network.parameterCount();
    QVERIFY(weights <= RunRecord::kMaxParameters);
    const long long each = history.runs().back().network.parameterCount();
    QCOMPARE(static_cast<long long>(history.runs().size()), RunRecord::kMaxParameters / each);
    QCOMPARE(history.runs().back().number, 10);
}

void tst_RunHistory::historyRoundTripsThroughTheFile()
{
    WorkspaceState state = trainedState(smallSpec(), 2);
    state.runs = {record(3, smallSpec(0.03), 4, true), record(7, smallSpec(0.5), 3)};
    state.nextRun = 9;
    QString error;
    const std::optional<WorkspaceState> read = WorkspaceFile::fromJson(WorkspaceFile::toJson(state), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->nextRun, 9);
    QCOMPARE(read->runs.size(), std::size_t(2));
    for (std::size_t i = 0; i < 2; ++i) {
        const RunRecord &a = state.runs[i], &b = read->runs[i];
        QCOMPARE(b.number, a.number);
        QCOMPARE(b.started, a.started);
        QCOMPARE(b.seconds, a.seconds);
        QCOMPARE(b.shown, a.shown);
        QCOMPARE(b.spec.training.optimizer.learningRate, a.spec.training.optimizer.learningRate);
        QCOMPARE(b.spec.data.seed, a.spec.data.seed);
        QVERIFY(b.network.parameters() == a.network.parameters());
        QCOMPARE(b.trainer.history.size(), a.trainer.history.size());
        QVERIFY(sameMetrics(b.last(), a.last()));
        QCOMPARE(b.best()->epoch, a.best()->epoch);
        QCOMPARE(b.trainer.optimizer.steps, a.trainer.optimizer.steps);
    }

    // Opening it in the app restores the history and its overlays, and numbering goes on.
    WorkspacePage page;
    page.workspace().loadState(*read);
    QCOMPARE(page.workspace().runHistory().runs().size(), std::size_t(2));
    QCOMPARE(page.workspace().runHistory().currentNumber(), 9);
    QCOMPARE(page.chartView()->lossChart()->overlays().numbers(), (QList<int>{3}));
    QCOMPARE(page.runHistoryView()->table()->rowCount(), 2);
}

void tst_RunHistory::versionOneFilesOpenWithoutHistory()
{
    QJsonObject root = QJsonDocument::fromJson(WorkspaceFile::toJson(trainedState(smallSpec(), 2))).object();
    root.remove(QStringLiteral("runs"));
    root[QStringLiteral("version")] = 1;
    QString error;
    const std::optional<WorkspaceState> read = WorkspaceFile::fromJson(QJsonDocument(root).toJson(), &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->runs.empty());
    QCOMPARE(read->nextRun, 1);
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(QJsonDocument::fromJson(WorkspaceFile::toJson(*read)).object().value(QStringLiteral("version")).toInt(),
             WorkspaceFile::kVersion);
}

void tst_RunHistory::screenshots()
{
    const QString dir = apptest::screenshotDir();
    if (dir.isEmpty())
        QSKIP("set NL_SCREENSHOT_DIR to save screenshots");
    QVERIFY(apptest::prepareScreenshots(dir));
    // Three runs of L4's network at three learning rates; two of them overlaid.
    WorkspaceSpec spec = smallSpec();
    spec.data.samples = 300;
    spec.network.hidden = {4, 2};
    WorkspaceState state = trainedState(spec, 60);
    int number = 0;
    for (double rate : {0.003, 0.03, 0.3}) {
        WorkspaceSpec run = spec;
        run.training.optimizer.learningRate = rate;
        ++number;
        state.runs.push_back(record(number, run, 40 + 20 * number, number != 1));
    }
    state.nextRun = 4;
    QString error;
    QVERIFY(WorkspaceFile::save(dir + QStringLiteral("/run-history.nlw"), state, &error));
    LanguageManager languages;
    // Strings not yet merged into the catalogue can come from a catalogue of their own.
    QTranslator pending;
    const QString pendingPath = qEnvironmentVariable("NL_SCREENSHOT_QM");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QVERIFY(languages.setLanguage(language));
        if (!pendingPath.isEmpty() && language == QLatin1String("zh_CN")) {
            QVERIFY(pending.load(pendingPath));
            QCoreApplication::installTranslator(&pending);
        }
        WorkspacePage page;
        page.workspace().loadState(state);
        QVERIFY(apptest::waitFor(page.workspace(), [](const TrainingReport &r) { return r.epoch == 60; }));
        page.resize(1280, 720);
        page.show();
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("resultTabs"));
        for (int tab : {0, 3}) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const QString name = tab == 0 ? QStringLiteral("/run-overlays-") : QStringLiteral("/run-history-");
            QVERIFY(page.grab().save(dir + name + language + QStringLiteral(".png")));
        }
    }
}

QTEST_MAIN(tst_RunHistory)
#include "tst_runhistory.moc"
