// The decision threshold slider (L8's free-mode challenge): moving it is one undoable change that
// reaches the worker, whose confusion matrix and accuracy follow; it is shown only for binary
// classification and lessons can lock it.
#include "apptesthelpers.h"
#include "thresholdcontrol.h"

#include <QPushButton>
#include <QSlider>
#include <QtTest>

class tst_ThresholdControl : public QObject {
    Q_OBJECT
private slots:
    void movingTheSliderChangesTheMatrix();
    void shownOnlyForBinaryClassification();
    void lockedUntilUnlocked();
};

namespace {
WorkspaceSpec noisyCircle()
{
    WorkspaceSpec spec;
    spec.data.noise = 25;
    return spec;
}

/// Positive training points the network calls negative (FN), from the report's predictions.
int falseNegatives(Workspace &workspace, const TrainingReport &report)
{
    const DataReport &data = workspace.session().data();
    int misses = 0;
    for (int i : data.split.train)
        misses += data.dataset.classes[static_cast<std::size_t>(i)] == 1 && report.predictions[static_cast<std::size_t>(i)] == 0;
    return misses;
}
} // namespace

void tst_ThresholdControl::movingTheSliderChangesTheMatrix()
{
    Workspace workspace;
    ThresholdControl control(&workspace);
    workspace.loadPreset(noisyCircle());
    workspace.session().stepEpoch();
    QVERIFY(apptest::waitFor(workspace, [](const TrainingReport &r) { return r.epoch == 1; }));
    const int usualMisses = falseNegatives(workspace, workspace.session().latest());
    QVERIFY(usualMisses > 0);

    control.slider()->setValue(-90); // what a release or a key press does
    QCOMPARE(workspace.spec().training.decisionThreshold, -0.9);
    QCOMPARE(workspace.undoStack().count(), 1);
    QVERIFY(apptest::waitFor(workspace, [&](const TrainingReport &r) {
        return workspace.session().isCaughtUp() && falseNegatives(workspace, r) < usualMisses;
    }));

    workspace.undoStack().undo();
    QCOMPARE(control.slider()->value(), 0);
    QVERIFY(apptest::waitFor(workspace, [&](const TrainingReport &r) {
        return workspace.session().isCaughtUp() && falseNegatives(workspace, r) == usualMisses;
    }));
}

void tst_ThresholdControl::shownOnlyForBinaryClassification()
{
    Workspace workspace;
    ThresholdControl control(&workspace);
    control.show();
    workspace.loadPreset(noisyCircle());
    QVERIFY(control.isVisible());
    WorkspaceSpec blobs;
    blobs.data.kind = engine::DatasetKind::Blobs;
    blobs.data.classes = 3;
    workspace.loadPreset(blobs);
    QVERIFY(!control.isVisible());
    WorkspaceSpec regression;
    regression.data.kind = engine::DatasetKind::RegressPlane;
    workspace.loadPreset(regression);
    QVERIFY(!control.isVisible());
}

void tst_ThresholdControl::lockedUntilUnlocked()
{
    Workspace workspace;
    ThresholdControl control(&workspace);
    control.setControlEnabled(false);
    QVERIFY(!control.slider()->isEnabled());
    QVERIFY(!control.findChild<QPushButton *>(QStringLiteral("thresholdReset"))->isEnabled());
    control.setControlEnabled(true);
    QVERIFY(control.slider()->isEnabled());
}

QTEST_MAIN(tst_ThresholdControl)
#include "tst_thresholdcontrol.moc"
