// DivergenceBanner: a run that diverges (plane regression, 8-8 ReLU, linear output, learning
// rate 10) shows an explanation; "Reset to the start" and "Lower the learning rate and reset"
// bring the run back and hide it; a refused command shows a dismissible note with the details.
#include "apptesthelpers.h"
#include "divergencebanner.h"
#include "workspace.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

using apptest::MarkingTranslator;
using apptest::waitFor;

using namespace engine;

namespace {
WorkspaceSpec divergingSpec()
{
    WorkspaceSpec spec;
    spec.data.kind = DatasetKind::RegressPlane;
    spec.network.hidden = {8, 8};
    spec.network.activation = Activation::ReLU;
    spec.network.output = Activation::Linear;
    spec.training.optimizer.learningRate = 10.0;
    return spec;
}

/// Loads the diverging spec, plays, and waits until the worker reports the divergence.
bool diverge(Workspace &workspace)
{
    QSignalSpy data(&workspace.session(), &TrainingSession::dataChanged);
    workspace.loadPreset(divergingSpec());
    if (!data.wait(10000))
        return false;
    workspace.session().play();
    return waitFor(workspace, [](const TrainingReport &r) { return r.divergence != Divergence::None && !r.running; });
}
} // namespace

class tst_DivergenceBanner : public QObject {
    Q_OBJECT
private slots:
    void hiddenWhileTrainingIsFine();
    void divergenceShowsAndResetHides();
    void lowerTheLearningRateAndReset();
    void dismissedDivergenceStaysHidden();
    void refusedCommandShowsADismissibleNote();
};

void tst_DivergenceBanner::hiddenWhileTrainingIsFine()
{
    Workspace workspace;
    DivergenceBanner banner(&workspace);
    workspace.session().stepEpoch();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.epoch == 1; }));
    QVERIFY(banner.isHidden());
    QVERIFY(banner.text().isEmpty());
}

void tst_DivergenceBanner::divergenceShowsAndResetHides()
{
    Workspace workspace;
    QWidget window;
    auto *banner = new DivergenceBanner(&workspace, &window);
    window.show();
    QVERIFY(diverge(workspace));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("learning rate")));
    QVERIFY(!banner->accessibleName().isEmpty());
    auto *reset = banner->findChild<QPushButton *>(QStringLiteral("resetToStart"));
    QVERIFY(reset->isVisible());
    reset->click();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.divergence == Divergence::None; }));
    QVERIFY(!banner->isVisible());
    QCOMPARE(workspace.session().latest().epoch, 0);
    QCOMPARE(workspace.spec().training.optimizer.learningRate, 10.0);
}

void tst_DivergenceBanner::lowerTheLearningRateAndReset()
{
    Workspace workspace;
    QWidget window;
    auto *banner = new DivergenceBanner(&workspace, &window);
    window.show();
    QVERIFY(diverge(workspace));
    auto *lower = banner->findChild<QPushButton *>(QStringLiteral("lowerLearningRate"));
    QVERIFY(lower->toolTip().contains(QStringLiteral("10")));
    lower->click();
    QCOMPARE(workspace.spec().training.optimizer.learningRate, 1.0);
    QCOMPARE(workspace.undoStack().count(), 1);
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.divergence == Divergence::None; }));
    QVERIFY(!banner->isVisible());
    QCOMPARE(workspace.session().latest().epoch, 0);
}

void tst_DivergenceBanner::dismissedDivergenceStaysHidden()
{
    Workspace workspace;
    QWidget window;
    auto *banner = new DivergenceBanner(&workspace, &window);
    window.show();
    QVERIFY(diverge(workspace));
    banner->findChild<QToolButton *>(QStringLiteral("dismiss"))->click();
    QVERIFY(!banner->isVisible());
    const long long updates = workspace.session().latest().updates;
    workspace.session().stepBatch(); // still diverged: a new report of the same run
    QVERIFY(QSignalSpy(&workspace.session(), &TrainingSession::reportReceived).wait(10000));
    QCOMPARE(workspace.session().latest().updates, updates);
    QVERIFY(!banner->isVisible());
}

void tst_DivergenceBanner::refusedCommandShowsADismissibleNote()
{
    Workspace workspace;
    QWidget window;
    auto *banner = new DivergenceBanner(&workspace, &window);
    window.show();
    QSignalSpy failures(&workspace.session(), &TrainingSession::commandFailed);
    // Softmax cross-entropy on a two-class set: the worker refuses to build the run. (Workspace::
    // change would fall back to MSE, so the bad spec goes to the session directly.)
    WorkspaceSpec spec = workspace.spec();
    spec.training.loss = LossKind::SoftmaxCrossEntropy;
    workspace.session().load(spec);
    QVERIFY(failures.wait(10000));
    QCOMPARE(failures.first().first().value<WorkerError>(), WorkerError::InvalidSpec);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("previous run")));
    auto *details = banner->findChild<QLabel *>(QStringLiteral("details"));
    QVERIFY(details->isVisible());
    QVERIFY(details->text().contains(QStringLiteral("loss"))); // the engine's own words
    QVERIFY(!banner->findChild<QPushButton *>(QStringLiteral("resetToStart"))->isVisible());
    MarkingTranslator translator; // the note follows a language change
    QCoreApplication::installTranslator(&translator);
    QTRY_VERIFY(banner->text().startsWith(QStringLiteral("«")));
    QCoreApplication::removeTranslator(&translator);
    QTRY_VERIFY(!banner->text().startsWith(QStringLiteral("«")));
    banner->findChild<QToolButton *>(QStringLiteral("dismiss"))->click();
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(tst_DivergenceBanner)
#include "tst_divergencebanner.moc"
