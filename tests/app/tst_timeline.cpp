// The training timeline (P12): per-epoch weight snapshots in the worker, past-epoch reports
// through the session, and the bar on the workspace page. A past epoch must show exactly what a
// separate run trained that many epochs has; the store stays bounded; a new run clears it.
#include "apptesthelpers.h"
#include "languagemanager.h"
#include "lessonshell.h"
#include "lessonlocks.h"
#include "mainwindow.h"
#include "losschartview.h"
#include "metricchart.h"
#include "metricformat.h"
#include "metricsview.h"
#include "timelinebar.h"
#include "trainingsession.h"
#include "weighttimeline.h"
#include "workspacepage.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QtTest>

#include <memory>

using namespace engine;

namespace {
WorkspaceSpec circleSpec(int epochLimit)
{
    WorkspaceSpec spec; // circle, 500 points, 60/20/20, 2-4-2-1 tanh, lr 0.03, batch 10
    spec.training.optimizer.learningRate = 0.03;
    spec.epochLimit = epochLimit;
    return spec;
}

/// The same run as the worker's, trained `epochs` epochs in one go, without threads.
std::unique_ptr<Trainer> referenceRun(const WorkspaceSpec &spec, int epochs)
{
    const Dataset dataset = spec.makeDataset();
    const DataSplit split = splitDataset(dataset.size(), spec.split, spec.data.seed);
    TrainingData data = makeTrainingData(dataset, split, spec.features, spec.encoding());
    Network network = spec.makeNetwork(data.inputCount(), data.outputCount());
    auto trainer = std::make_unique<Trainer>(std::move(network), std::move(data), spec.training);
    trainer->train(epochs);
    return trainer;
}

/// Plays until the epoch limit stops the run.
bool trainToLimit(TrainingSession &session, QSignalSpy &reports, int limit)
{
    session.play();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000) {
        const TrainingReport &r = session.latest();
        if (!r.running && r.epoch == limit && session.isCaughtUp())
            return true;
        reports.wait(1000);
    }
    return false;
}

/// What P3 says: "After epoch N" and the validation loss.
QString metricsText(const WorkspacePage &page)
{
    const auto *metrics = page.findChild<MetricsView *>();
    return metrics->findChild<QLabel *>(QStringLiteral("epochLabel"))->text() + QLatin1Char(' ')
        + metrics->findChild<QLabel *>(QStringLiteral("validationLoss"))->text();
}

QString metricsTextOf(const TrainingReport &report)
{
    return QStringLiteral("After epoch %1 %2").arg(report.epoch).arg(metricformat::loss(report.current.validation.loss));
}

/// Asks for `epoch` and waits for the past report that answers it.
bool showAndWait(TrainingSession &session, int epoch)
{
    QSignalSpy past(&session, &TrainingSession::pastReportReceived);
    session.showEpoch(epoch);
    return past.wait(10000);
}
} // namespace

class tst_Timeline : public QObject {
    Q_OBJECT
private slots:
    void pastEpochEqualsASeparateRun();
    void scrubbingIsCoalesced();
    void longRunStaysBounded();
    void storeThinsLikeTheHistory();
    void newRunClearsTheTimeline();
    void pageShowsThePastAndGoesBackToLive();
    void keysScrubWithoutStepping();
    void lessonsShowItOnlyWhenUnlocked();
    void screenshots();
};

void tst_Timeline::pastEpochEqualsASeparateRun()
{
    const WorkspaceSpec spec = circleSpec(30);
    TrainingSession session;
    QSignalSpy reports(&session, &TrainingSession::reportReceived);
    session.load(spec);
    QVERIFY(trainToLimit(session, reports, 30));

    for (int k : {0, 1, 12, 29, 30}) {
        QVERIFY(showAndWait(session, k));
        const TrainingReport &past = session.past();
        QVERIFY(past.past);
        QCOMPARE(past.epoch, k);
        const std::unique_ptr<Trainer> reference = referenceRun(spec, k);
        QVERIFY2(past.network.parameters() == reference->network().parameters(), qPrintable(QString::number(k)));
        const EpochMetrics &expected = reference->history().back();
        QCOMPARE(past.current.epoch, k);
        QCOMPARE(past.current.validation.loss, expected.validation.loss);
        QCOMPARE(past.current.train.accuracy, expected.train.accuracy);
        QCOMPARE(past.updates, expected.updates);
        // The fields and predictions are that network's, not the live one's.
        QCOMPARE(int(past.predictions.size()), 500);
        const TrainingData &data = reference->data();
        const std::vector<int> predicted = reference->evaluator().predict(reference->network(), data.validation, data.encoding);
        for (std::size_t i = 0; i < predicted.size(); ++i)
            QCOMPARE(past.predictions[data.validation.samples[i]], predicted[i]);
        QVERIFY(!past.output.isEmpty());
    }
    // The live report is untouched by looking back.
    QCOMPARE(session.latest().epoch, 30);
    QVERIFY(session.latest().network.parameters() == referenceRun(spec, 30)->network().parameters());
}

void tst_Timeline::scrubbingIsCoalesced()
{
    TrainingSession session;
    QSignalSpy reports(&session, &TrainingSession::reportReceived);
    session.load(circleSpec(40));
    QVERIFY(trainToLimit(session, reports, 40));
    QSignalSpy past(&session, &TrainingSession::pastReportReceived);
    for (int e = 0; e < 200; ++e)
        session.showEpoch(e % 40); // a fast drag back and forth
    session.showEpoch(17);
    QTRY_COMPARE(session.past().epoch, 17);
    QVERIFY(past.count() >= 1);
    QVERIFY2(past.count() <= 2, qPrintable(QString::number(past.count()))); // the first request and the newest
    QVERIFY(!past.wait(300)); // nothing else was queued
    QCOMPARE(session.past().epoch, 17);
}

void tst_Timeline::longRunStaysBounded()
{
    WorkspaceSpec spec = circleSpec(12000);
    spec.training.batchSize = 0; // full batch: 12,000 epochs in a few seconds
    TrainingSession session;
    QSignalSpy reports(&session, &TrainingSession::reportReceived);
    session.load(spec);
    QVERIFY(trainToLimit(session, reports, 12000));
    // The first epochs and the newest stay exact; the middle is thinned to a nearby epoch.
    for (int e : {0, 1, 500, 11600, 11999, 12000}) {
        QVERIFY(showAndWait(session, e));
        QCOMPARE(session.past().epoch, e);
    }
    QVERIFY(showAndWait(session, 6001));
    QVERIFY(session.past().epoch <= 6001);
    QVERIFY(session.past().epoch > 6001 - 64);
    QVERIFY(session.past().network.parameters() == referenceRun(spec, session.past().epoch)->network().parameters());
}

void tst_Timeline::storeThinsLikeTheHistory()
{
    const Network network(2, {{4, Activation::Tanh}, {2, Activation::Tanh}, {1, Activation::Tanh}},
                          Initializer::PlaygroundUniform, 1);
    WeightTimeline timeline;
    EpochMetrics metrics;
    for (int e = 0; e <= 100000; ++e) {
        metrics.epoch = e;
        timeline.record(metrics, network);
        QVERIFY(timeline.size() <= WeightTimeline::kMaxSnapshots);
    }
    const std::vector<int> epochs = timeline.epochs();
    const ThinningPolicy policy = WeightTimeline::policyFor(network.parameterCount());
    QCOMPARE(policy.limit, WeightTimeline::kMaxSnapshots);
    for (int e = 0; e < int(policy.exact); ++e)
        QCOMPARE(epochs[e], e);
    for (std::size_t i = 1; i < policy.recent; ++i)
        QCOMPARE(epochs[epochs.size() - i], 100000 - int(i) + 1);
    QVERIFY(std::is_sorted(epochs.begin(), epochs.end()));
    // The middle covers the whole run evenly: no stretch of it was thinned away.
    int widestGap = 0;
    for (std::size_t i = 1; i < epochs.size(); ++i)
        widestGap = std::max(widestGap, epochs[i] - epochs[i - 1]);
    QVERIFY2(widestGap <= 512, qPrintable(QString::number(widestGap)));
    QCOMPARE(timeline.at(70000)->metrics.epoch <= 70000, true);
    QCOMPARE(timeline.at(100000)->metrics.epoch, 100000);
    // A wide net gets fewer snapshots, so the store stays within its byte budget.
    const ThinningPolicy wide = WeightTimeline::policyFor(200000);
    QCOMPARE(wide.limit, WeightTimeline::kMinSnapshots);
    QVERIFY(WeightTimeline::policyFor(3000).limit * 3000 * sizeof(float) <= WeightTimeline::kByteBudget);
    // An edit mid-run: an older epoch keeps its own shape.
    Network wider = network;
    wider.insertNeuron(0, 4);
    metrics.epoch = 100001;
    timeline.record(metrics, wider);
    QCOMPARE(WeightTimeline::networkOf(*timeline.at(100001)).parameterCount(), wider.parameterCount());
    QCOMPARE(WeightTimeline::networkOf(*timeline.at(100000)).parameterCount(), network.parameterCount());
}

void tst_Timeline::newRunClearsTheTimeline()
{
    TrainingSession session;
    QSignalSpy reports(&session, &TrainingSession::reportReceived);
    session.load(circleSpec(10));
    QVERIFY(trainToLimit(session, reports, 10));
    QVERIFY(showAndWait(session, 6));
    QCOMPARE(session.past().epoch, 6);
    QSignalSpy live(&session, &TrainingSession::liveResumed);
    session.reset();
    QCOMPARE(live.count(), 1);
    QVERIFY(!session.isShowingPast());
    const quint64 generation = session.latest().generation;
    QVERIFY(reports.wait());
    QTRY_VERIFY(session.latest().generation != generation);
    // Only epoch 0 of the new run is stored.
    QVERIFY(showAndWait(session, 6));
    QCOMPARE(session.past().epoch, 0);
    QVERIFY(session.past().network.parameters() == session.latest().network.parameters());
}

void tst_Timeline::pageShowsThePastAndGoesBackToLive()
{
    WorkspacePage page;
    page.resize(1280, 720);
    page.show();
    Workspace &workspace = page.workspace();
    TrainingSession &session = workspace.session();
    workspace.loadPreset(circleSpec(20));
    QSignalSpy reports(&session, &TrainingSession::reportReceived);
    QVERIFY(trainToLimit(session, reports, 20));
    TimelineBar *bar = page.timeline();
    QCOMPARE(page.panel(QStringLiteral("P12")), bar);
    QTRY_COMPARE(bar->slider()->maximum(), 20);
    QVERIFY(!bar->liveButton()->isEnabled());

    QSignalSpy past(&session, &TrainingSession::pastReportReceived);
    bar->slider()->setValue(5); // as a drag does
    QVERIFY(past.wait());
    QVERIFY(bar->isShowingPast());
    QVERIFY(bar->liveButton()->isEnabled());
    QVERIFY(bar->epochLabel()->text().contains(QStringLiteral("5")));
    QCOMPARE(metricsText(page), metricsTextOf(session.past()));
    QLineSeries *marker = page.findChild<LossChartView *>()->lossChart()->viewedEpochLine();
    QCOMPARE(marker->count(), 2);
    QCOMPARE(marker->at(0).x(), 5.0);

    WorkspaceSpec longer = workspace.spec();
    longer.epochLimit = 0;
    workspace.change(longer, [] { return QStringLiteral("no limit"); });
    QVERIFY(session.isShowingPast()); // new hyperparameters keep the view
    // Play returns to live.
    session.play();
    QVERIFY(!session.isShowingPast());
    QVERIFY(apptest::waitFor(workspace, [](const TrainingReport &r) { return r.running && r.epoch >= 30; }));
    QVERIFY(!bar->isShowingPast());
    QCOMPARE(marker->count(), 0);
    QTRY_VERIFY(bar->slider()->maximum() >= 30);
    QCOMPARE(bar->slider()->value(), bar->slider()->maximum());

    // Look back while it runs: live reports only move the range.
    bar->slider()->setValue(10);
    QVERIFY(past.wait());
    QCOMPARE(session.past().epoch, 10);
    const int maxBefore = bar->slider()->maximum();
    QVERIFY(apptest::waitFor(workspace, [&](const TrainingReport &r) { return r.epoch > maxBefore + 20; }));
    QTRY_VERIFY(bar->slider()->maximum() > maxBefore);
    QCOMPARE(bar->slider()->value(), 10);
    QCOMPARE(metricsText(page), metricsTextOf(session.past()));
    QVERIFY(session.isRunning());

    // Back to live: the views follow the live run again.
    bar->liveButton()->click();
    QVERIFY(!session.isShowingPast());
    QCOMPARE(marker->count(), 0);
    session.pause();
    QVERIFY(apptest::waitFor(workspace, [](const TrainingReport &r) { return !r.running; }));
    // Paused mid-epoch, P3 says "in epoch …": compare the numbers.
    QCOMPARE(page.findChild<MetricsView *>()->findChild<QLabel *>(QStringLiteral("validationLoss"))->text(),
             metricformat::loss(session.latest().current.validation.loss));
}

void tst_Timeline::keysScrubWithoutStepping()
{
    WorkspacePage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    Workspace &workspace = page.workspace();
    TrainingSession &session = workspace.session();
    workspace.loadPreset(circleSpec(8));
    QSignalSpy reports(&session, &TrainingSession::reportReceived);
    QVERIFY(trainToLimit(session, reports, 8));
    const long long updates = session.latest().updates;
    QSlider *slider = page.timeline()->slider();
    QTRY_COMPARE(slider->maximum(), 8);
    slider->setFocus();
    QSignalSpy past(&session, &TrainingSession::pastReportReceived);
    QTest::keyClick(slider, Qt::Key_Left); // → and ← are the slider's while it has the focus
    QCOMPARE(slider->value(), 7);
    QVERIFY(past.wait());
    QCOMPARE(session.past().epoch, 7);
    QTest::keyClick(slider, Qt::Key_Home);
    QVERIFY(past.wait());
    QCOMPARE(session.past().epoch, 0);
    QTest::keyClick(slider, Qt::Key_End); // the right end is the live run
    QVERIFY(!session.isShowingPast());
    QVERIFY(!page.timeline()->isShowingPast());
    QCOMPARE(session.latest().updates, updates); // no batch was trained by the arrow keys
    QVERIFY(session.isCaughtUp());
}

void tst_Timeline::lessonsShowItOnlyWhenUnlocked()
{
    WorkspacePage page;
    page.show();
    TimelineBar *bar = page.timeline();
    QVERIFY(bar->isVisible()); // free play
    LessonLocks::apply(page, {QStringLiteral("training.lr")});
    QVERIFY(bar->isHidden());
    LessonLocks::apply(page, {QStringLiteral("timeline")});
    QVERIFY(!bar->isHidden());
    LessonLocks::apply(page, {});
    QVERIFY(bar->isHidden());
    LessonLocks::unlockAll(page);
    QVERIFY(!bar->isHidden());
    // Hiding it while it shows the past goes back to live.
    Workspace &workspace = page.workspace();
    TrainingSession &session = workspace.session();
    workspace.loadPreset(circleSpec(4));
    QSignalSpy reports(&session, &TrainingSession::reportReceived);
    QVERIFY(trainToLimit(session, reports, 4));
    QVERIFY(showAndWait(session, 2));
    LessonLocks::apply(page, {});
    QVERIFY(!session.isShowingPast());
    QVERIFY(!bar->isShowingPast());
}

// Free play at 1280x720 after L7's run to epoch 300, scrubbed back to epoch 50, in both
// languages; saved as PNGs when NL_SCREENSHOT_DIR is set (a manual check: it skips otherwise).
void tst_Timeline::screenshots()
{
    const QString dir = qEnvironmentVariable("NL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set NL_SCREENSHOT_DIR to save screenshots");
    QVERIFY(QDir().mkpath(dir));
    QFont font = QApplication::font();
    font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);
    WorkspaceSpec spec = circleSpec(300); // L7's preset
    spec.data.noise = 25;
    spec.split = {10, 45, 45};
    spec.network.hidden = {8, 8, 8};
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        MainWindow window(&languages);
        window.resize(1280, 720);
        window.lessonShell()->showFreePlay();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Workspace &workspace = window.workspace();
        TrainingSession &session = workspace.session();
        workspace.loadPreset(spec);
        QSignalSpy reports(&session, &TrainingSession::reportReceived);
        QVERIFY(trainToLimit(session, reports, 300));
        QSignalSpy past(&session, &TrainingSession::pastReportReceived);
        window.workspacePage()->timeline()->slider()->setValue(50);
        QVERIFY(past.wait());
        QCoreApplication::processEvents(); // layouts settle before grabbing
        QVERIFY(window.grab().save(dir + QStringLiteral("/timeline-epoch50-") + language + QStringLiteral(".png")));
    }
}

QTEST_MAIN(tst_Timeline)
#include "tst_timeline.moc"
