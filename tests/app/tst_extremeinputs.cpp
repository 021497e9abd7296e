// Extreme but legal input never hangs the GUI (issue #7): learning rate 10 on every data set,
// no hidden layer, 8 layers of 64 neurons on digits, batch 1 on 10,000 points, and changing
// everything while training. The real WorkspacePage runs each; a 10 ms timer in the GUI thread
// must keep ticking (the longest gap between two ticks stays under five seconds, which a GUI thread
// that trained or waited on the worker would break), and a run that diverges says so in the
// banner while every number shown stays finite.
#include "apptesthelpers.h"
#include "divergencebanner.h"
#include "workspacepage.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <cmath>

using namespace engine;

namespace {
/// Counts a 10 ms timer's ticks in the GUI thread and remembers the longest gap between two.
class Heartbeat : public QObject {
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_maxGapMs = std::max(m_maxGapMs, m_sinceTick.restart());
            ++m_ticks;
        });
        m_sinceTick.start();
        m_timer.start(10);
    }
    void restart()
    {
        m_ticks = 0;
        m_maxGapMs = 0;
        m_sinceTick.restart();
    }
    int ticks() const { return m_ticks; }
    qint64 maxGapMs() const { return m_maxGapMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    int m_ticks = 0;
    qint64 m_maxGapMs = 0;
};

/// Five seconds between two ticks: a hang, not a slow or shared machine (a Release build on 2 busy
/// cores stalled 1.1 s once while every setting changed). The latency itself is measured in
/// the benchmark (neural-lessons-bench --gui), never asserted here.
constexpr qint64 kMaxGapMs = 5000;

bool allFinite(const EpochMetrics &m)
{
    for (const SplitMetrics *s : {&m.train, &m.validation, &m.test})
        if (!std::isfinite(s->loss) || !std::isfinite(s->accuracy))
            return false;
    return true;
}

/// Waits on reports (at most `ms`) until the latest one satisfies `predicate`.
template <typename Predicate>
bool waitUntil(Workspace &workspace, Predicate predicate, int ms = 60000)
{
    QSignalSpy reports(&workspace.session(), &TrainingSession::reportReceived);
    QElapsedTimer clock;
    clock.start();
    while (!predicate(workspace.session().latest()) && clock.elapsed() < ms)
        reports.wait(1000);
    return predicate(workspace.session().latest());
}
} // namespace

class tst_ExtremeInputs : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void learningRateTenOnEveryDataSet_data();
    void learningRateTenOnEveryDataSet();
    void noHiddenLayer();
    void eightLayersOf64OnDigits();
    void batchOneOnTenThousandPoints();
    void changingEverythingWhileTraining();

private:
    /// Loads `spec` as a preset and waits until the page shows its data.
    bool load(const WorkspaceSpec &spec);
    void verifyResponsive();

    std::unique_ptr<WorkspacePage> m_page;
    std::unique_ptr<Heartbeat> m_heartbeat;
};

void tst_ExtremeInputs::init()
{
    m_page = std::make_unique<WorkspacePage>();
    m_page->resize(1280, 720);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_heartbeat = std::make_unique<Heartbeat>();
}

void tst_ExtremeInputs::cleanup()
{
    m_heartbeat.reset();
    m_page.reset();
}

bool tst_ExtremeInputs::load(const WorkspaceSpec &spec)
{
    Workspace &workspace = m_page->workspace();
    QSignalSpy data(&workspace.session(), &TrainingSession::dataChanged);
    workspace.loadPreset(spec);
    return (data.count() > 0 || data.wait(60000))
           && waitUntil(workspace, [&](const TrainingReport &) { return workspace.session().isCaughtUp(); });
}

void tst_ExtremeInputs::verifyResponsive()
{
    QVERIFY2(m_heartbeat->ticks() > 0, "the GUI thread's timer never fired");
    QVERIFY2(m_heartbeat->maxGapMs() < kMaxGapMs,
             qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(m_heartbeat->maxGapMs())));
}

void tst_ExtremeInputs::learningRateTenOnEveryDataSet_data()
{
    QTest::addColumn<DatasetKind>("kind");
    QTest::addColumn<Activation>("activation");
    const QList<std::pair<const char *, DatasetKind>> kinds = {
        {"circle", DatasetKind::Circle}, {"xor", DatasetKind::Xor}, {"gauss", DatasetKind::Gauss},
        {"spiral", DatasetKind::Spiral}, {"reg-plane", DatasetKind::RegressPlane},
        {"reg-gauss", DatasetKind::RegressGauss}, {"moons", DatasetKind::Moons}, {"blobs", DatasetKind::Blobs},
        {"spiral3", DatasetKind::Spiral3}, {"random", DatasetKind::RandomLabels},
        {"imbalanced", DatasetKind::GaussImbalanced}, {"digits", DatasetKind::Digits}};
    for (const auto &[name, kind] : kinds) {
        QTest::addRow("%s tanh", name) << kind << Activation::Tanh;
        QTest::addRow("%s relu", name) << kind << Activation::ReLU;
    }
}

void tst_ExtremeInputs::learningRateTenOnEveryDataSet()
{
    QFETCH(DatasetKind, kind);
    QFETCH(Activation, activation);
    WorkspaceSpec spec;
    spec.data.kind = kind;
    spec.network.activation = activation;
    spec.training.optimizer.learningRate = 10.0;
    QVERIFY(load(spec));
    Workspace &workspace = m_page->workspace();
    m_heartbeat->restart();
    workspace.session().play();
    // Either the run diverges and stops, or it trains on (a bounded output can survive lr 10).
    QVERIFY(waitUntil(workspace, [](const TrainingReport &r) {
        return (r.divergence != Divergence::None && !r.running) || r.epoch >= 20;
    }));
    workspace.session().pause();
    QVERIFY(waitUntil(workspace, [](const TrainingReport &r) { return !r.running; }));
    verifyResponsive();

    const TrainingReport &report = workspace.session().latest();
    QVERIFY(allFinite(report.current)); // nothing non-finite reaches the views
    auto *banner = m_page->findChild<DivergenceBanner *>();
    QVERIFY(banner);
    if (report.divergence != Divergence::None) {
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("learning rate")));
        // Play again does not restart a diverged run behind the banner's back.
        workspace.session().play();
        QVERIFY(waitUntil(workspace, [&](const TrainingReport &) { return workspace.session().isCaughtUp(); }));
        QVERIFY(!workspace.session().isRunning());
    } else {
        QVERIFY(!banner->isVisible());
    }
}

void tst_ExtremeInputs::noHiddenLayer()
{
    WorkspaceSpec spec;
    spec.network.hidden = {};
    QVERIFY(load(spec));
    Workspace &workspace = m_page->workspace();
    QCOMPARE(workspace.session().latest().network.layerCount(), 1);
    m_heartbeat->restart();
    workspace.session().play();
    QVERIFY(waitUntil(workspace, [](const TrainingReport &r) { return r.epoch >= 20; }));
    workspace.session().pause();
    QVERIFY(waitUntil(workspace, [](const TrainingReport &r) { return !r.running; }));
    verifyResponsive();
    QVERIFY(allFinite(workspace.session().latest().current));
    // A circle is not linearly separable: a perceptron stays near loss 1 (L10 step 1), but the
    // run must not blow up either.
    QVERIFY(workspace.session().latest().current.train.loss < 1.5);
}

void tst_ExtremeInputs::eightLayersOf64OnDigits()
{
    WorkspaceSpec spec;
    spec.data.kind = DatasetKind::Digits;
    spec.network.hidden = std::vector<int>(8, 64);
    spec.network.activation = Activation::ReLU;
    QVERIFY(load(spec));
    Workspace &workspace = m_page->workspace();
    QCOMPARE(workspace.session().latest().network.layerCount(), 9);
    m_heartbeat->restart();
    workspace.session().play();
    QVERIFY(waitUntil(workspace, [](const TrainingReport &r) { return r.epoch >= 3; }));
    // A whole epoch in one command, while reports of the running one are still coming in.
    workspace.session().stepEpoch();
    QVERIFY(waitUntil(workspace, [&](const TrainingReport &r) { return workspace.session().isCaughtUp() && !r.running; }));
    verifyResponsive();
    QVERIFY(allFinite(workspace.session().latest().current));
}

void tst_ExtremeInputs::batchOneOnTenThousandPoints()
{
    // 10,000 points is the most a workspace file may hold (WorkspaceReader::kMaxPoints).
    WorkspaceSpec spec;
    spec.data.kind = DatasetKind::Custom;
    spec.customTask = Task::Binary;
    QRandomGenerator random(7);
    for (int i = 0; i < 10000; ++i) {
        const double x = random.bounded(12.0) - 6.0;
        const double y = random.bounded(12.0) - 6.0;
        spec.customPoints.push_back({x, y, x * y > 0 ? 1.0 : 0.0});
    }
    spec.training.batchSize = 1;
    QVERIFY(load(spec));
    Workspace &workspace = m_page->workspace();
    QCOMPARE(workspace.session().data().dataset.size(), 10000);
    m_heartbeat->restart();
    workspace.session().play();
    QVERIFY(waitUntil(workspace, [](const TrainingReport &r) { return r.epoch >= 2; }));
    workspace.session().stepEpoch(); // 5,000 updates in one command
    QVERIFY(waitUntil(workspace, [&](const TrainingReport &r) { return workspace.session().isCaughtUp() && !r.running; }));
    verifyResponsive();
    QVERIFY(allFinite(workspace.session().latest().current));
    QVERIFY(workspace.session().latest().updates >= 2 * 5000);
}

void tst_ExtremeInputs::changingEverythingWhileTraining()
{
    QVERIFY(load(WorkspaceSpec()));
    Workspace &workspace = m_page->workspace();
    m_heartbeat->restart();
    workspace.session().play();
    QRandomGenerator random(11);
    const DatasetKind kinds[] = {DatasetKind::Circle, DatasetKind::Spiral, DatasetKind::RegressGauss,
                                 DatasetKind::Blobs, DatasetKind::Digits, DatasetKind::Xor};
    const Activation activations[] = {Activation::Tanh, Activation::ReLU, Activation::Sigmoid,
                                      Activation::Linear, Activation::LeakyReLU};
    const double rates[] = {0.00001, 0.03, 1.0, 10.0};
    for (int i = 0; i < 300; ++i) {
        WorkspaceSpec spec = workspace.spec();
        bool changed = true;
        switch (random.bounded(9)) {
        case 0: spec.data.kind = kinds[random.bounded(6)]; break;
        case 1: spec.training.optimizer.learningRate = rates[random.bounded(4)]; break;
        case 2: spec.training.batchSize = random.bounded(2) ? 1 : 30; break;
        case 3: spec.network.activation = activations[random.bounded(5)]; break;
        case 4: spec.network.hidden = std::vector<int>(random.bounded(9), 1 + random.bounded(64)); break;
        case 5: spec.features = 1 + random.bounded((1u << kFeatureKinds) - 1); break;
        case 6: spec.data.noise = random.bounded(51); break;
        case 7: workspace.undoStack().undo(); changed = false; break;
        default: workspace.session().togglePlay(); changed = false; break;
        }
        if (changed)
            workspace.change(spec, [] { return QStringLiteral("change"); });
        QCoreApplication::processEvents();
    }
    workspace.session().play();
    // However the commands piled up, the worker works through them and the run is the last spec.
    QVERIFY(waitUntil(workspace, [&](const TrainingReport &) { return workspace.session().isCaughtUp(); }));
    workspace.session().pause();
    QVERIFY(waitUntil(workspace, [&](const TrainingReport &r) { return workspace.session().isCaughtUp() && !r.running; }));
    verifyResponsive();
    const TrainingReport &report = workspace.session().latest();
    QCOMPARE(report.network.layerCount(), int(workspace.spec().network.hidden.size()) + 1);
    QVERIFY(allFinite(report.current));
}

QTEST_MAIN(tst_ExtremeInputs)
#include "tst_extremeinputs.moc"
