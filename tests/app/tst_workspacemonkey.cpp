// A seeded monkey fires random user actions at the real main window: training controls, every
// setting, data sets (digits and drawn points too), features, network edits, undo/redo and the
// language. Afterwards the network, the spec, the views and the undo stack must still agree, no
// report may hold a NaN, and the app must still train.
// NL_MONKEY_ACTIONS sets the number of actions (default 1000), NL_MONKEY_SEED replays another
// sequence; the seed is printed so a failure can be replayed.
#include "apptesthelpers.h"
#include "languagemanager.h"
#include "lessonshell.h"
#include "mainwindow.h"
#include "monkey.h"
#include "networkview.h"
#include "workspacepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QChartView>
#include <QLabel>
#include <QLogValueAxis>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QValueAxis>
#include <QXYSeries>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>
#include <cmath>

using apptest::waitFor;
using namespace engine;

namespace {
constexpr quint32 kDefaultSeed = 20240611;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

bool finite(const EpochMetrics &m)
{
    for (const SplitMetrics *s : {&m.train, &m.validation, &m.test})
        if (!std::isfinite(s->loss) || !std::isfinite(s->accuracy))
            return false;
    return true;
}

bool finite(const FieldGrid &grid)
{
    return std::all_of(grid.values.begin(), grid.values.end(), [](float v) { return std::isfinite(v); });
}

/// What is not finite in a report (empty when everything is).
QString nonFinite(const TrainingReport &r)
{
    if (!r.network.parameters().allFinite())
        return QStringLiteral("weights");
    if (!finite(r.current))
        return QStringLiteral("current metrics (losses %1 %2 %3, batch %4 of %5, %6 updates)")
            .arg(r.current.train.loss).arg(r.current.validation.loss).arg(r.current.test.loss)
            .arg(r.batchInEpoch).arg(r.batchesPerEpoch).arg(r.updates);
    for (const EpochMetrics &m : r.newEpochs)
        if (!finite(m))
            return QStringLiteral("metrics of epoch %1").arg(m.epoch);
    if (!finite(r.output))
        return QStringLiteral("output heatmap");
    for (const auto &layer : r.neurons)
        for (const FieldGrid &grid : layer)
            if (!finite(grid))
                return QStringLiteral("neuron heatmap");
    for (double g : r.gradientMagnitudes)
        if (!std::isfinite(g))
            return QStringLiteral("gradient magnitudes");
    return {};
}

QAbstractButton *button(const MainWindow &window, const char *name)
{
    for (QAbstractButton *b : window.findChildren<QAbstractButton *>(QLatin1String(name)))
        if (b->isVisible())
            return b;
    return nullptr;
}
} // namespace

class tst_WorkspaceMonkey : public QObject {
    Q_OBJECT
private slots:
    void randomActionsKeepTheWorkspaceConsistent();

private:
    void checkNetworkMatchesSpec(MainWindow &window);
    void checkViewsAreFinite(MainWindow &window);
    void checkUndoStack(MainWindow &window);
    void checkStillTrains(MainWindow &window);
};

void tst_WorkspaceMonkey::randomActionsKeepTheWorkspaceConsistent()
{
    // The offscreen platform says this for every dialog the monkey opens; it is not a finding.
    static QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.contains(QLatin1String("does not support propagateSizeHints")))
                previous(type, context, message);
        });
    const quint32 seed = static_cast<quint32>(envInt("NL_MONKEY_SEED", kDefaultSeed));
    const int actions = envInt("NL_MONKEY_ACTIONS", 1000);
    qInfo("monkey: seed %u, %d actions (set NL_MONKEY_SEED / NL_MONKEY_ACTIONS to change)", seed, actions);

    // Declared before the window, so they outlive its session's last signal.
    int reports = 0;
    QString badReport;
    QStringList failures;
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(&languages);
    window.lessonShell()->showFreePlay();
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Workspace &workspace = window.workspace();
    TrainingSession &session = workspace.session();
    connect(&session, &TrainingSession::reportReceived, this, [&](const TrainingReport &r) {
        ++reports;
        const QString problem = nonFinite(r);
        if (!problem.isEmpty() && badReport.isEmpty())
            badReport = QStringLiteral("%1 in report %2 (epoch %3)").arg(problem).arg(reports).arg(r.epoch);
    });
    // The one refusal a user can provoke on purpose: training a drawn set without points.
    connect(&session, &TrainingSession::commandFailed, this, [&](WorkerError error, const QString &detail) {
        if (error != WorkerError::NoTrainingData)
            failures << QStringLiteral("error %1: %2").arg(int(error)).arg(detail);
    });
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.network.layerCount() > 0; }));

    Monkey monkey(window, seed);
    QRandomGenerator pace(seed);
    for (int i = 0; i < actions; ++i) {
        if (monkey.act().isEmpty())
            QFAIL("no action was possible");
        // Reports arrive while the monkey works: sometimes at once, sometimes several actions later.
        if (pace.bounded(3) == 0)
            QCoreApplication::processEvents();
    }
    qInfo() << "monkey: actions" << monkey.counts();
    const auto printRecent = qScopeGuard([&] {
        if (QTest::currentTestFailed())
            qInfo() << "monkey: last actions" << monkey.recent();
    });

    session.pause();
    QVERIFY(waitFor(workspace, [&](const TrainingReport &r) { return session.isCaughtUp() && !r.running; }));
    qInfo("monkey: %d reports; final spec has hidden layers %s", reports,
          qPrintable(QString::number(workspace.spec().network.hidden.size())));
    QVERIFY2(badReport.isEmpty(), qPrintable(badReport));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    checkNetworkMatchesSpec(window);
    if (QTest::currentTestFailed())
        return;
    checkViewsAreFinite(window);
    if (QTest::currentTestFailed())
        return;
    checkUndoStack(window);
    if (QTest::currentTestFailed())
        return;
    checkStillTrains(window);
    QVERIFY2(badReport.isEmpty(), qPrintable(badReport));
}

void tst_WorkspaceMonkey::checkNetworkMatchesSpec(MainWindow &window)
{
    Workspace &workspace = window.workspace();
    const WorkspaceSpec &spec = workspace.spec();
    const Dataset data = spec.makeDataset();
    const int inputs = data.isPlanar() ? featureCount(spec.features) : data.inputDim();
    if (spec.data.kind == DatasetKind::Digits)
        QCOMPARE(inputs, 64);
    const int outputs = spec.task() == Task::MultiClass ? data.classCount : 1;

    const Network &network = workspace.session().latest().network;
    QCOMPARE(network.inputCount(), inputs);
    QCOMPARE(network.outputCount(), outputs);
    QCOMPARE(network.outputActivation(), spec.outputActivation());
    std::vector<int> hidden;
    for (int l = 0; l < network.hiddenLayerCount(); ++l) {
        hidden.push_back(network.layer(l).units);
        QCOMPARE(network.layer(l).activation, spec.network.activation);
    }
    QCOMPARE(hidden, spec.network.hidden);
    // However fast the clicks, the editor's limits hold.
    QVERIFY(int(hidden.size()) <= NetworkView::kMaxHiddenLayers);
    for (int units : hidden)
        QVERIFY2(units >= 1 && units <= NetworkView::kMaxNeurons, qPrintable(QString::number(units)));

    // The data on screen is the spec's.
    const DataReport &shown = workspace.session().data();
    QCOMPARE(shown.dataset.size(), data.size());
    QVERIFY(shown.dataset.inputs == data.inputs);

    // The editor shows the same network: its parameter count and one stepper per hidden layer.
    auto *count = window.findChild<QLabel *>(QStringLiteral("parameterCountLabel"));
    QVERIFY(count);
    const QRegularExpressionMatch number = QRegularExpression(QStringLiteral("(\\d+)")).match(count->text());
    QVERIFY2(number.hasMatch(), qPrintable(count->text()));
    QCOMPARE(number.captured(1).toInt(), network.parameterCount());
    const auto steppers = window.findChildren<QWidget *>(QRegularExpression(QStringLiteral("^layerNeurons\\d+$")));
    QCOMPARE(steppers.size(), qsizetype(spec.network.hidden.size()));
}

void tst_WorkspaceMonkey::checkViewsAreFinite(MainWindow &window)
{
    const QRegularExpression notANumber(QStringLiteral("\\b(nan|inf|infinity)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (const QLabel *label : window.findChildren<QLabel *>())
        QVERIFY2(!notANumber.match(label->text()).hasMatch(), qPrintable(label->objectName() + ": " + label->text()));

    const auto charts = window.findChildren<QChartView *>();
    QVERIFY(!charts.isEmpty());
    for (const QChartView *view : charts) {
        for (const QAbstractSeries *series : view->chart()->series())
            if (const auto *xy = qobject_cast<const QXYSeries *>(series))
                for (const QPointF &p : xy->points())
                    QVERIFY2(std::isfinite(p.x()) && std::isfinite(p.y()), qPrintable(xy->objectName()));
        for (const QAbstractAxis *axis : view->chart()->axes()) {
            if (const auto *value = qobject_cast<const QValueAxis *>(axis))
                QVERIFY(std::isfinite(value->min()) && std::isfinite(value->max()));
            if (const auto *log = qobject_cast<const QLogValueAxis *>(axis))
                QVERIFY(std::isfinite(log->min()) && std::isfinite(log->max()) && log->min() > 0);
        }
    }
}

void tst_WorkspaceMonkey::checkUndoStack(MainWindow &window)
{
    QUndoStack &undo = window.workspace().undoStack();
    QVERIFY(undo.index() >= 0 && undo.index() <= undo.count());
    QCOMPARE(apptest::undoAction(window)->isEnabled(), undo.canUndo());
    QCOMPARE(apptest::undoAction(window, false)->isEnabled(), undo.canRedo());
}

void tst_WorkspaceMonkey::checkStillTrains(MainWindow &window)
{
    Workspace &workspace = window.workspace();
    TrainingSession &session = workspace.session();
    const auto caughtUp = [&](const TrainingReport &r) { return session.isCaughtUp() && !r.running; };
    if (session.data().split.train.empty()) {
        // The monkey cleared the drawn points: a user picks a set with points to train on.
        QAbstractButton *circle = window.findChild<QAbstractButton *>(QStringLiteral("dataset.circle"));
        window.findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->setCurrentIndex(0);
        QTest::mouseClick(circle, Qt::LeftButton);
        QVERIFY(waitFor(workspace, caughtUp));
    }
    // A diverged run is reset first; a step that diverges again gets a smaller learning rate.
    for (int attempt = 0; attempt < 6; ++attempt) {
        if (session.latest().divergence != Divergence::None) {
            WorkspaceSpec spec = workspace.spec();
            spec.training.optimizer.learningRate = 0.001;
            workspace.change(spec, [] { return QStringLiteral("lower the learning rate"); });
            QTest::mouseClick(button(window, "reset"), Qt::LeftButton);
            QVERIFY(waitFor(workspace, caughtUp));
        }
        const int before = session.latest().epoch;
        QAbstractButton *step = button(window, "stepEpoch");
        QVERIFY(step && step->isEnabled());
        QTest::mouseClick(step, Qt::LeftButton);
        QVERIFY(waitFor(workspace, caughtUp));
        if (session.latest().divergence == Divergence::None) {
            QCOMPARE(session.latest().epoch, before + 1);
            return;
        }
    }
    QFAIL("every step diverged");
}

QTEST_MAIN(tst_WorkspaceMonkey)
#include "tst_workspacemonkey.moc"
