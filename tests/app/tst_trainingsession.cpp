// TrainingSession + TrainingWorker: commands from the GUI thread, reports back, through the real
// worker thread. Waits on signals, never sleeps.
#include "trainingsession.h"

#include <QSignalSpy>
#include <QtTest>

using namespace engine;

namespace {
WorkspaceSpec circleSpec()
{
    WorkspaceSpec spec; // circle, 500 points, 60/20/20, 2-4-2-1 tanh, lr 0.03, batch 10
    spec.training.optimizer.learningRate = 0.03;
    return spec;
}

/// Waits until a report satisfies the predicate; fails after `timeoutMs` without one.
template <typename Predicate>
bool waitForReport(TrainingSession &session, QSignalSpy &spy, Predicate predicate, int timeoutMs = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (predicate(session.latest()))
            return true;
        spy.wait(timeoutMs);
    }
    return predicate(session.latest());
}
} // namespace

class tst_TrainingSession : public QObject {
    Q_OBJECT
private slots:
    void loadSendsDataAndEpochZero();
    void playPauseStep();
    void resetReplaysInitialWeights();
    void editWhileTraining();
    void invalidEditKeepsTheNetwork();
    void divergencePausesWithAReason();
    void closingWhileTraining();
};

void tst_TrainingSession::loadSendsDataAndEpochZero()
{
    TrainingSession session;
    QSignalSpy data(&session, &TrainingSession::dataChanged);
    QSignalSpy reports(&session, &TrainingSession::reportReceived);
    session.load(circleSpec());
    QVERIFY(data.wait());
    QCOMPARE(session.data().dataset.size(), 500);
    QCOMPARE(int(session.data().split.train.size()), 300);
    QVERIFY(reports.count() > 0 || reports.wait());
    const TrainingReport &r = session.latest();
    QCOMPARE(r.epoch, 0);
    QCOMPARE(r.network.parameterCount(), 25);
    QCOMPARE(r.output.resolution * r.output.resolution, int(r.output.values.size()));
    QCOMPARE(int(r.neurons.size()), 3);
    QCOMPARE(int(r.predictions.size()), 500);
    QCOMPARE(r.current.validation.count, 100);
    QVERIFY(!r.running);
}

void tst_TrainingSession::playPauseStep()
{
    TrainingSession session;
    QSignalSpy reports(&session, &TrainingSession::reportReceived);
    session.load(circleSpec());
    session.play();
    QVERIFY(waitForReport(session, reports, [](const TrainingReport &r) { return r.running && r.epoch >= 5; }));
    session.pause();
    QVERIFY(waitForReport(session, reports, [](const TrainingReport &r) { return !r.running; }));
    const int pausedAt = session.latest().epoch;
    const long long updates = session.latest().updates;
    session.stepBatch();
    QVERIFY(waitForReport(session, reports, [&](const TrainingReport &r) { return r.updates == updates + 1; }));
    QCOMPARE(session.latest().epoch, pausedAt + (session.latest().batchInEpoch == 0 ? 1 : 0));
    session.stepEpoch();
    QVERIFY(waitForReport(session, reports, [&](const TrainingReport &r) { return r.epoch == pausedAt + 1; }));
    QVERIFY(!session.latest().running);
}

void tst_TrainingSession::resetReplaysInitialWeights()
{
    TrainingSession session;
    QSignalSpy reports(&session, &TrainingSession::reportReceived);
    session.load(circleSpec());
    QVERIFY(reports.wait());
    const Vector<float> initial = session.latest().network.parameters();
    const quint64 generation = session.latest().generation;
    session.stepEpoch();
    QVERIFY(waitForReport(session, reports, [](const TrainingReport &r) { return r.epoch == 1; }));
    QVERIFY(session.latest().network.parameters() != initial);
    session.reset();
    QVERIFY(waitForReport(session, reports, [&](const TrainingReport &r) { return r.generation != generation; }));
    QCOMPARE(session.latest().epoch, 0);
    QVERIFY(session.latest().network.parameters() == initial);
    session.reinitialize(99);
    QVERIFY(waitForReport(session, reports, [&](const TrainingReport &r) {
        return r.generation > generation + 1;
    }));
    QVERIFY(session.latest().network.parameters() != initial);
}

void tst_TrainingSession::editWhileTraining()
{
    TrainingSession session;
    QSignalSpy reports(&session, &TrainingSession::reportReceived);
    session.load(circleSpec());
    session.play();
    QVERIFY(waitForReport(session, reports, [](const TrainingReport &r) { return r.running && r.epoch >= 2; }));
    NetworkEdit edit;
    edit.kind = NetworkEdit::Kind::InsertNeuron;
    edit.layer = 0;
    edit.position = 4;
    session.edit(edit);
    QVERIFY(waitForReport(session, reports, [](const TrainingReport &r) { return r.network.parameterCount() == 30; }));
    const int epochAfterEdit = session.latest().epoch;
    QVERIFY(waitForReport(session, reports, [&](const TrainingReport &r) { return r.epoch >= epochAfterEdit + 3; }));
    QVERIFY(session.latest().running);
    QCOMPARE(int(session.latest().neurons[0].size()), 5);
    session.pause();
}

void tst_TrainingSession::invalidEditKeepsTheNetwork()
{
    TrainingSession session;
    QSignalSpy reports(&session, &TrainingSession::reportReceived);
    QSignalSpy failures(&session, &TrainingSession::commandFailed);
    session.load(circleSpec());
    QVERIFY(reports.wait());
    const Vector<float> before = session.latest().network.parameters();
    NetworkEdit edit;
    edit.kind = NetworkEdit::Kind::SetWeight;
    edit.layer = 7; // no such layer
    session.edit(edit);
    QVERIFY(failures.wait());
    QCOMPARE(failures.first().at(0).value<WorkerError>(), WorkerError::InvalidEdit);
    edit.layer = 0;
    edit.value = std::numeric_limits<double>::infinity();
    const int reportsBefore = reports.count();
    session.edit(edit);
    QVERIFY(failures.wait());
    // The worker reports after refusing; that report may arrive together with the failure.
    QTRY_VERIFY(reports.count() > reportsBefore);
    QVERIFY(session.latest().network.parameters() == before);
}

void tst_TrainingSession::divergencePausesWithAReason()
{
    WorkspaceSpec spec = circleSpec();
    spec.data.kind = DatasetKind::Spiral;
    spec.network.hidden = {8, 8};
    spec.network.activation = Activation::ReLU;
    spec.training.optimizer.learningRate = 10.0;
    // A ReLU net whose output explodes: regression output makes the loss unbounded.
    spec.data.kind = DatasetKind::RegressPlane;
    spec.network.output = Activation::Linear;
    TrainingSession session;
    QSignalSpy reports(&session, &TrainingSession::reportReceived);
    session.load(spec);
    session.play();
    QVERIFY(waitForReport(session, reports, [](const TrainingReport &r) {
        return r.divergence != Divergence::None && !r.running;
    }));
    QCOMPARE(session.latest().stopReason, StopReason::Diverged);
    for (float v : session.latest().output.values)
        QVERIFY(std::isfinite(v));
    QVERIFY(std::isfinite(session.latest().current.train.loss));
    session.reset(); // the one-click way back
    QVERIFY(waitForReport(session, reports, [](const TrainingReport &r) {
        return r.divergence == Divergence::None && r.epoch == 0;
    }));
}

void tst_TrainingSession::closingWhileTraining()
{
    auto session = std::make_unique<TrainingSession>();
    QSignalSpy reports(session.get(), &TrainingSession::reportReceived);
    WorkspaceSpec spec = circleSpec();
    spec.training.batchSize = 1; // long epochs: the worker must still stop between batches
    spec.network.hidden = {8, 8, 8, 8, 8, 8};
    session->load(spec);
    session->play();
    QVERIFY(waitForReport(*session, reports, [](const TrainingReport &r) { return r.running; }));
    session.reset(); // joins the worker thread; returns only if the worker stops mid-epoch
    QVERIFY(!session);
}

QTEST_MAIN(tst_TrainingSession)
#include "tst_trainingsession.moc"
