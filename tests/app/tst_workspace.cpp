// Workspace: changes go through the undo stack and reach the worker; undo restores settings and
// the network (weights included).
#include "apptesthelpers.h"
#include "workspace.h"

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
    workspace.change(spec, QStringLiteral("lr"));
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
    workspace.change(spec, QStringLiteral("spiral"));
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
    workspace.editNetwork(edit, QStringLiteral("remove"));
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.network.parameterCount() == 20; }));
    QCOMPARE(workspace.spec().network.hidden, (std::vector<int>{3, 2}));
    workspace.undoStack().undo();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.network.parameterCount() == 25; }));
    QVERIFY(workspace.session().latest().network.parameters() == trained);
    QCOMPARE(workspace.spec().network.hidden, (std::vector<int>{4, 2}));
}

QTEST_MAIN(tst_Workspace)
#include "tst_workspace.moc"
