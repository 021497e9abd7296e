// L11 step 4, "one update in slow motion": the run button makes one update on the worker and the
// lesson walks zero_grad → forward → criterion → backward → step, lighting each line of the
// listing in turn; P6 shows the gradients cleared, then filled in at backward, and the weights
// change only at step, to exactly what one engine update gives.
#include "apptesthelpers.h"
#include "codepanel.h"
#include "codeview.h"
#include "lessonlibrary.h"
#include "lessonpage.h"
#include "lessonsession.h"
#include "parameterinspector.h"
#include "parametertablemodel.h"
#include "steppanel.h"
#include "trainer.h"
#include "updatereplay.h"
#include "workspacepage.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QTabWidget>
#include <QtTest>

using namespace engine;

class tst_UpdateReplay : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void walksTheFivePhases();
    void leavingTheStepEndsTheReplay();
    void resetDuringTheReplayLetsTheStepRunAgain();

private:
    /// L11 opened at s4, the prediction made; `page` is shown.
    void openStep4(LessonPage &page);
    LessonLibrary m_library;
};

namespace {
struct Snapshot {
    UpdateReplay::Phase phase;
    QList<int> litLines;
    std::vector<double> values;     ///< P6, by parameter index
    std::vector<double> gradients;  ///< P6, by parameter index (empty when unknown)
    QString caption;
    bool actionDone;
    bool reportsHeld;
};

Snapshot snapshot(LessonPage &page, UpdateReplay::Phase phase)
{
    const ParameterTableModel *model = page.workspacePage()->parameterInspector()->model();
    Snapshot s{phase, page.codePanel()->view(CodePanel::PyTorchTab)->highlightedLines(), {}, {},
               page.workspacePage()->parameterInspector()->caption(), page.session()->progress().actionDone,
               page.workspacePage()->reportsHeld()};
    s.values.resize(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row)
        s.values[model->parameterIndex(row)] = model->value(row);
    if (model->hasGradient()) {
        s.gradients.resize(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            s.gradients[model->parameterIndex(row)] = model->gradient(row);
    }
    return s;
}

/// The loss of the batch an update trained on.
struct LossObserver : TrainingObserver {
    double loss = -1.0;
    bool onBatchEnd(const BatchReport &report) override
    {
        loss = report.batchLoss;
        return true;
    }
};

std::vector<double> values(const Vector<float> &v)
{
    return std::vector<double>(v.data(), v.data() + v.size());
}

void compareClose(const std::vector<double> &a, const std::vector<double> &b)
{
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        QVERIFY2(std::abs(a[i] - b[i]) <= 1e-6, qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(a[i]).arg(b[i])));
}
} // namespace

void tst_UpdateReplay::initTestCase()
{
    m_library.loadFolder(LessonLibrary::embeddedRoot());
    const Lesson *lesson = m_library.byNumber(11);
    QVERIFY(lesson);
    const LessonStep &s4 = lesson->steps[3];
    QCOMPARE(s4.id, QStringLiteral("s4-one-update"));
    QVERIFY(s4.run.slowMotion);
    QCOMPARE(s4.run.kind, LessonRun::Kind::Batches);
    QCOMPARE(s4.run.count, 1);
}

void tst_UpdateReplay::openStep4(LessonPage &page)
{
    page.resize(1280, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.startLesson(*m_library.byNumber(11), 3);
    Workspace &workspace = page.workspacePage()->workspace();
    QVERIFY(apptest::waitFor(workspace, [&](const TrainingReport &r) {
        return workspace.session().isCaughtUp() && r.network.parameterCount() == 3;
    }));
    StudentAnswer no;
    no.ids = {QStringLiteral("no")};
    page.session()->submitPrediction(no);
    QVERIFY(page.session()->progress().predicted);
    // The step rings P6, which brings its tab to the front.
    auto *tabs = page.workspacePage()->findChild<QTabWidget *>(QStringLiteral("resultTabs"));
    QCOMPARE(tabs->currentWidget(), page.workspacePage()->parameterInspector());
}

void tst_UpdateReplay::walksTheFivePhases()
{
    LessonPage page(new WorkspacePage);
    openStep4(page);
    if (QTest::currentTestFailed())
        return;
    UpdateReplay *replay = page.updateReplay();
    QCOMPARE(replay->phaseInterval(), UpdateReplay::kDefaultPhaseMs);
    replay->setPhaseInterval(150); // the order matters here, not the pace

    // The update one engine step makes from the same preset.
    const WorkspaceSpec spec = page.workspacePage()->workspace().spec();
    const Dataset dataset = spec.makeDataset();
    const DataSplit split = splitDataset(dataset.size(), spec.split, spec.data.seed);
    TrainingData data = makeTrainingData(dataset, split, spec.features, spec.encoding());
    Network network = spec.makeNetwork(data.inputCount(), data.outputCount());
    Trainer trainer(std::move(network), std::move(data), spec.training);
    const std::vector<double> before = values(trainer.network().parameters());
    LossObserver observer;
    QCOMPARE(trainer.stepBatch(&observer), StopReason::None);
    const std::vector<double> after = values(trainer.network().parameters());
    const std::vector<double> gradient = values(trainer.lastGradient());
    QVERIFY(before != after);

    QList<Snapshot> seen;
    connect(replay, &UpdateReplay::phaseChanged, this,
            [&](UpdateReplay::Phase phase) { seen.append(snapshot(page, phase)); });
    QAbstractButton *run = page.stepPanel()->actionButton();
    QVERIFY(run && run->isEnabled());
    run->click();
    QTRY_VERIFY_WITH_TIMEOUT(page.session()->progress().actionDone, 20000);

    using P = UpdateReplay::Phase;
    const QList<P> order = {P::Waiting, P::ZeroGrad, P::Forward, P::Criterion, P::Backward, P::Step, P::Idle};
    QCOMPARE(seen.size(), order.size());
    const CodeView *code = page.codePanel()->view(CodePanel::PyTorchTab);
    for (int i = 0; i < order.size(); ++i) {
        const Snapshot &s = seen[i];
        QCOMPARE(s.phase, order[i]);
        QVERIFY2(!s.actionDone || s.phase == P::Idle, "the action ends with the replay");
        if (s.phase == P::Waiting || s.phase == P::Idle)
            continue;
        // Exactly the phase's line is lit.
        const CodeListing::Range range = code->listing().rangeOf(UpdateReplay::anchor(s.phase));
        QVERIFY(range.first > 0);
        QCOMPARE(s.litLines, QList<int>{range.first});
        QVERIFY(!s.caption.isEmpty());
        const bool stepped = s.phase == P::Step;
        QCOMPARE(s.reportsHeld, !stepped);
        // The weights are the old ones until optimizer.step().
        compareClose(s.values, stepped ? after : before);
        QCOMPARE(s.gradients.size(), before.size());
        if (s.phase < P::Backward)
            QVERIFY(std::all_of(s.gradients.begin(), s.gradients.end(), [](double g) { return g == 0.0; }));
        else
            compareClose(s.gradients, gradient);
    }
    QVERIFY2(seen[3].caption.contains(QString::number(observer.loss, 'f', 4)), qPrintable(seen[3].caption));
    // Afterwards: the step's lines are lit again, the views show the new weights, P6 is live.
    QCOMPARE(code->highlightedAnchors(), page.session()->step().code);
    QVERIFY(!page.workspacePage()->reportsHeld());
    compareClose(snapshot(page, P::Idle).values, after);
    QCOMPARE(page.workspacePage()->workspace().session().latest().updates, 1LL);
    QVERIFY(page.workspacePage()->parameterInspector()->caption().isEmpty());
}

void tst_UpdateReplay::leavingTheStepEndsTheReplay()
{
    LessonPage page(new WorkspacePage);
    openStep4(page);
    if (QTest::currentTestFailed())
        return;
    UpdateReplay *replay = page.updateReplay();
    QSignalSpy phases(replay, &UpdateReplay::phaseChanged);
    QSignalSpy finished(replay, &UpdateReplay::finished);
    page.stepPanel()->actionButton()->click();
    QTRY_VERIFY(replay->phase() == UpdateReplay::Phase::Forward);
    page.session()->goToStep(4);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!replay->isRunning());
    QVERIFY(!page.workspacePage()->reportsHeld()); // nothing stays frozen
    QCOMPARE(page.codePanel()->view(CodePanel::PyTorchTab)->highlightedAnchors(), page.session()->step().code);
}

void tst_UpdateReplay::resetDuringTheReplayLetsTheStepRunAgain()
{
    LessonPage page(new WorkspacePage);
    openStep4(page);
    if (QTest::currentTestFailed())
        return;
    UpdateReplay *replay = page.updateReplay();
    replay->setPhaseInterval(100);
    QAbstractButton *run = page.stepPanel()->actionButton();
    run->click();
    QTRY_VERIFY(replay->phase() == UpdateReplay::Phase::Forward);
    Workspace &workspace = page.workspacePage()->workspace();
    workspace.session().reset(); // what the Reset button does
    QTRY_VERIFY_WITH_TIMEOUT(!replay->isRunning(), 10000);
    QTRY_VERIFY(!page.session()->isActionRunning());
    QVERIFY(!page.session()->progress().actionDone); // the update was undone: not done
    QCOMPARE(workspace.session().latest().updates, 0LL);
    QTRY_VERIFY(run->isEnabled());
    run->click();
    QTRY_VERIFY_WITH_TIMEOUT(page.session()->progress().actionDone, 20000);
    QCOMPARE(workspace.session().latest().updates, 1LL);
}

QTEST_MAIN(tst_UpdateReplay)
#include "tst_updatereplay.moc"
