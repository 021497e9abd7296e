// Workspace: changes go through the undo stack and reach the worker; undo restores settings and
// the network (weights included); a drawn set whose points were all cleared is shown, not trained.
#include "apptesthelpers.h"
#include "datapanel.h"
#include "decisionboundaryview.h"
#include "divergencebanner.h"
#include "enginetext.h"
#include "workspace.h"
#include "workspacepage.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QtTest>

using apptest::waitFor;

using namespace engine;

class tst_Workspace : public QObject {
    Q_OBJECT
private slots:
    void startsWithAPlaygroundRun();
    void hyperparameterChangeKeepsTheRun();
    void dataChangeStartsANewRunAndUndoes();
    void networkEditUndoRestoresWeights();
    void staleNetworkEditsAreDropped();
    void clearedDrawingIsShownButNotTrained();
};

void tst_Workspace::startsWithAPlaygroundRun()
{
    Workspace workspace;
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.network.parameterCount() == 25; }));
    QCOMPARE(workspace.undoStack().count(), 0);
}

void tst_Workspace::hyperparameterChangeKeepsTheRun()
{
    Workspace workspace;
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.network.parameterCount() == 25; }));
    workspace.session().stepEpoch();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.epoch == 1; }));
    const quint64 generation = workspace.session().latest().generation;
    WorkspaceSpec spec = workspace.spec();
    spec.training.optimizer.learningRate = 0.3;
    workspace.change(spec, [] { return QStringLiteral("lr"); });
    QCOMPARE(workspace.spec().training.optimizer.learningRate, 0.3);
    workspace.session().stepEpoch();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.epoch == 2; }));
    QCOMPARE(workspace.session().latest().generation, generation); // same run, new learning rate
    workspace.undoStack().undo();
    QCOMPARE(workspace.spec().training.optimizer.learningRate, 0.03);
}

void tst_Workspace::dataChangeStartsANewRunAndUndoes()
{
    Workspace workspace;
    QSignalSpy data(&workspace.session(), &TrainingSession::dataChanged);
    QVERIFY(data.wait());
    WorkspaceSpec spec = workspace.spec();
    spec.data.kind = DatasetKind::Spiral;
    spec.data.noise = 25;
    workspace.change(spec, [] { return QStringLiteral("spiral"); });
    QVERIFY(data.wait());
    QVERIFY(workspace.session().data().dataset.size() == 500);
    QCOMPARE(workspace.spec().data.kind, DatasetKind::Spiral);
    workspace.undoStack().undo();
    QVERIFY(data.wait());
    QCOMPARE(workspace.spec().data.kind, DatasetKind::Circle);
    workspace.undoStack().redo();
    QVERIFY(data.wait());
    QCOMPARE(workspace.spec().data.noise, 25.0);
}

void tst_Workspace::networkEditUndoRestoresWeights()
{
    Workspace workspace;
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.network.parameterCount() == 25; }));
    workspace.session().stepEpoch();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.epoch == 1; }));
    const Vector<float> trained = workspace.session().latest().network.parameters();
    NetworkEdit edit;
    edit.kind = NetworkEdit::Kind::RemoveNeuron;
    edit.layer = 0;
    edit.position = 1;
    workspace.editNetwork(edit, [] { return QStringLiteral("remove"); });
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.network.parameterCount() == 20; }));
    QCOMPARE(workspace.spec().network.hidden, (std::vector<int>{3, 2}));
    workspace.undoStack().undo();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.network.parameterCount() == 25; }));
    QVERIFY(workspace.session().latest().network.parameters() == trained);
    QCOMPARE(workspace.spec().network.hidden, (std::vector<int>{4, 2}));
}

void tst_Workspace::staleNetworkEditsAreDropped()
{
    // Two quick clicks on "remove a neuron" of a two-neuron layer, both made from the same
    // (stale) picture: the second no longer fits and must not shrink the spec's layer to 0.
    Workspace workspace;
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.network.parameterCount() == 25; }));
    NetworkEdit edit;
    edit.kind = NetworkEdit::Kind::RemoveNeuron;
    edit.layer = 1;
    edit.position = 1;
    workspace.editNetwork(edit, [] { return QStringLiteral("remove"); });
    workspace.editNetwork(edit, [] { return QStringLiteral("remove"); });
    QCOMPARE(workspace.spec().network.hidden, (std::vector<int>{4, 1}));
    QCOMPARE(workspace.undoStack().count(), 1);
    QSignalSpy failures(&workspace.session(), &TrainingSession::commandFailed);
    QVERIFY(waitFor(workspace, [&](const TrainingReport &) { return workspace.session().isCaughtUp(); }));
    QCOMPARE(workspace.session().latest().network.layer(1).units, 1);
    QCOMPARE(failures.count(), 0);
}

void tst_Workspace::clearedDrawingIsShownButNotTrained()
{
    WorkspacePage page;
    page.resize(1280, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    Workspace &workspace = page.workspace();
    TrainingSession &session = workspace.session();
    const auto caughtUp = [&](const TrainingReport &) { return session.isCaughtUp(); };
    const auto button = [&](const char *name) { return page.findChild<QAbstractButton *>(QLatin1String(name)); };
    QTest::mouseClick(button("dataset.custom"), Qt::LeftButton);
    QVERIFY(waitFor(workspace, caughtUp));
    DecisionBoundaryView *plot = page.boundaryView();
    QVERIFY(plot->visiblePointCount() > 0);

    // Cleared: the empty set loads, so the plot shows no points over the untrained network's output.
    QSignalSpy failures(&session, &TrainingSession::commandFailed);
    QTest::mouseClick(button("clearPoints"), Qt::LeftButton);
    QVERIFY(workspace.spec().customPoints.empty());
    QVERIFY(waitFor(workspace, caughtUp));
    QCOMPARE(failures.count(), 0);
    QCOMPARE(session.data().dataset.size(), 0);
    QCOMPARE(plot->visiblePointCount(), 0);
    QCOMPARE(plot->caption(), QStringLiteral("No points yet: click in the plot to draw some"));
    QCOMPARE(session.latest().output.values.size(), std::size_t(session.latest().output.resolution)
                                                        * std::size_t(session.latest().output.resolution));
    QVERIFY(session.latest().output.resolution > 0);

    // Training is refused with a message the user can act on; nothing trains, nothing breaks.
    auto *banner = page.findChild<DivergenceBanner *>();
    for (const char *control : {"play", "step", "stepEpoch"}) {
        QTest::mouseClick(button(control), Qt::LeftButton);
        QVERIFY(waitFor(workspace, caughtUp));
        QTRY_VERIFY(!failures.isEmpty());
        QCOMPARE(failures.takeFirst().first().value<WorkerError>(), WorkerError::NoTrainingData);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), EngineText::workerErrorText(WorkerError::NoTrainingData));
        QVERIFY(!session.latest().running);
        QCOMPARE(session.latest().updates, 0);
    }

    // Points of both classes (left click: the chosen class, right click: the other one) train.
    for (int i = 0; i < 6; ++i) {
        QTest::mouseClick(plot, Qt::LeftButton, {}, plot->planeToWidget(QPointF(2 + 0.3 * i, 2)).toPoint());
        QTest::mouseClick(plot, Qt::RightButton, {}, plot->planeToWidget(QPointF(-2 - 0.3 * i, -2)).toPoint());
    }
    QCOMPARE(workspace.spec().customPoints.size(), std::size_t(12));
    QVERIFY(waitFor(workspace, caughtUp));
    QVERIFY(plot->visiblePointCount() > 0);
    QVERIFY(!banner->isVisible()); // the note is over
    QTest::mouseClick(button("stepEpoch"), Qt::LeftButton);
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.epoch == 1; }));
    QVERIFY(failures.isEmpty());

    // Undo brings the cleared set back, still shown and not trained.
    while (workspace.spec().customPoints.size() > 0 && workspace.undoStack().canUndo())
        workspace.undoStack().undo();
    QVERIFY(workspace.spec().customPoints.empty());
    QVERIFY(waitFor(workspace, caughtUp));
    QCOMPARE(plot->visiblePointCount(), 0);
    QVERIFY(failures.isEmpty());
}

QTEST_MAIN(tst_Workspace)
#include "tst_workspace.moc"
