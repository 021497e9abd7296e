// TrainingControls: the buttons drive the real worker (play/pause, one batch, one epoch, reset,
// new weights), the play button follows the reports, the icons follow the palette, the actions
// carry the documented shortcuts, and locks disable a control with a reason.
#include "apptesthelpers.h"
#include "trainingcontrols.h"
#include "workspace.h"

#include <QAction>
#include <QSignalSpy>
#include <QSlider>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

using apptest::MarkingTranslator;
using apptest::waitFor;

namespace {
QImage iconImage(const QToolButton *button)
{
    return button->icon().pixmap(16).toImage();
}

bool ready(const TrainingReport &report)
{
    return report.network.parameterCount() > 0;
}
} // namespace

class tst_TrainingControls : public QObject {
    Q_OBJECT
private slots:
    void playButtonFollowsTheReports();
    void iconsFollowThePalette();
    void stepAdvancesOneUpdateAndEpochOneEpoch();
    void resetGoesBackToEpochZero();
    void reinitializeIsAnUndoableNewSeed();
    void actionsHaveTheShortcuts();
    void shortcutWorksWithFocusInTheBar();
    void lockDisablesAControl();
    void languageChangeRetranslates();
};

void tst_TrainingControls::playButtonFollowsTheReports()
{
    Workspace workspace;
    TrainingControls controls(&workspace);
    QVERIFY(waitFor(workspace, ready));
    auto *play = controls.findChild<QToolButton *>(QStringLiteral("play"));
    QVERIFY(play);
    QCOMPARE(play->text(), QStringLiteral("Train"));
    const QImage playIcon = iconImage(play);
    QVERIFY(!playIcon.isNull());
    play->click();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.running; }));
    QCOMPARE(play->text(), QStringLiteral("Pause"));
    QVERIFY(iconImage(play) != playIcon); // the pause icon
    QVERIFY(play->toolTip().contains(QStringLiteral("Space")));
    play->click();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return !r.running; }));
    QCOMPARE(play->text(), QStringLiteral("Train"));
    QCOMPARE(play->accessibleName(), QStringLiteral("Train"));
    QCOMPARE(iconImage(play), playIcon);
}

void tst_TrainingControls::iconsFollowThePalette()
{
    Workspace workspace;
    TrainingControls controls(&workspace);
    QPalette dark = controls.palette();
    dark.setColor(QPalette::ButtonText, Qt::white);
    controls.setPalette(dark);
    // The style's near-black media icons would vanish on dark buttons: they take the text colour.
    for (const char *id : {"play", "step", "stepEpoch", "reset"}) {
        const QImage icon = iconImage(controls.findChild<QToolButton *>(QLatin1String(id)));
        int opaque = 0;
        for (int y = 0; y < icon.height(); ++y) {
            for (int x = 0; x < icon.width(); ++x) {
                const QColor pixel = icon.pixelColor(x, y);
                if (pixel.alpha() > 128) {
                    ++opaque;
                    QVERIFY2(pixel.lightness() > 200, id);
                }
            }
        }
        QVERIFY2(opaque > 10, id);
    }
}

void tst_TrainingControls::stepAdvancesOneUpdateAndEpochOneEpoch()
{
    Workspace workspace;
    TrainingControls controls(&workspace);
    QVERIFY(waitFor(workspace, ready));
    const long long updates = workspace.session().latest().updates;
    controls.findChild<QToolButton *>(QStringLiteral("step"))->click();
    QVERIFY(waitFor(workspace, [updates](const TrainingReport &r) { return r.updates == updates + 1; }));
    QCOMPARE(workspace.session().latest().batchInEpoch, 1);
    controls.findChild<QToolButton *>(QStringLiteral("stepEpoch"))->click();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.epoch == 1; }));
    QCOMPARE(workspace.session().latest().batchInEpoch, 0);
    QVERIFY(!workspace.session().latest().running);
}

void tst_TrainingControls::resetGoesBackToEpochZero()
{
    Workspace workspace;
    TrainingControls controls(&workspace);
    QVERIFY(waitFor(workspace, ready));
    const auto initial = workspace.session().latest().network.parameters();
    controls.stepEpochAction()->trigger();
    controls.stepEpochAction()->trigger();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.epoch == 2; }));
    QVERIFY(workspace.session().latest().network.parameters() != initial);
    const quint64 generation = workspace.session().latest().generation;
    controls.findChild<QToolButton *>(QStringLiteral("reset"))->click();
    QVERIFY(waitFor(workspace, [generation](const TrainingReport &r) { return r.generation != generation; }));
    QCOMPARE(workspace.session().latest().epoch, 0);
    QCOMPARE(workspace.session().latest().updates, 0LL);
    QVERIFY(workspace.session().latest().network.parameters() == initial); // the same initial weights
    QCOMPARE(workspace.undoStack().count(), 0);
}

void tst_TrainingControls::reinitializeIsAnUndoableNewSeed()
{
    Workspace workspace;
    TrainingControls controls(&workspace);
    QVERIFY(waitFor(workspace, ready));
    const auto initial = workspace.session().latest().network.parameters();
    const quint64 seed = workspace.spec().initSeed;
    controls.findChild<QToolButton *>(QStringLiteral("reinitialize"))->click();
    QVERIFY(workspace.spec().initSeed != seed);
    QVERIFY(waitFor(workspace, [&initial](const TrainingReport &r) { return r.network.parameters() != initial; }));
    QCOMPARE(workspace.undoStack().count(), 1);
    workspace.undoStack().undo();
    QCOMPARE(workspace.spec().initSeed, seed);
    QVERIFY(waitFor(workspace, [&initial](const TrainingReport &r) { return r.network.parameters() == initial; }));
}

void tst_TrainingControls::actionsHaveTheShortcuts()
{
    Workspace workspace;
    TrainingControls controls(&workspace);
    QCOMPARE(controls.playAction()->shortcut(), QKeySequence(Qt::Key_Space));
    QCOMPARE(controls.stepAction()->shortcut(), QKeySequence(Qt::Key_Right));
    QCOMPARE(controls.stepEpochAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_Right));
    QCOMPARE(controls.resetAction()->shortcut(), QKeySequence(Qt::Key_R));
    for (QAction *action : {controls.playAction(), controls.stepAction(), controls.stepEpochAction(),
                            controls.resetAction(), controls.reinitializeAction()}) {
        QVERIFY(!action->text().isEmpty());
        QVERIFY(!action->toolTip().isEmpty());
        QVERIFY(!action->icon().isNull());
    }
    QVERIFY(controls.stepAction()->toolTip().contains(controls.stepAction()->shortcut().toString(QKeySequence::NativeText)));
    auto *speed = controls.findChild<QSlider *>(QStringLiteral("speed"));
    QCOMPARE(speed->minimum(), 0);
    QCOMPARE(speed->maximum(), TrainingWorker::kMaxSpeed);
    QVERIFY(!speed->toolTip().isEmpty());
}

void tst_TrainingControls::shortcutWorksWithFocusInTheBar()
{
    Workspace workspace;
    TrainingControls controls(&workspace);
    controls.show();
    QVERIFY(QTest::qWaitForWindowActive(&controls));
    QVERIFY(waitFor(workspace, ready));
    controls.findChild<QSlider *>(QStringLiteral("speed"))->setFocus();
    const quint64 generation = workspace.session().latest().generation;
    QTest::keyClick(controls.focusWidget(), Qt::Key_R); // R is not a slider key: the shortcut gets it
    QVERIFY(waitFor(workspace, [generation](const TrainingReport &r) { return r.generation != generation; }));
    controls.findChild<QToolButton *>(QStringLiteral("play"))->setFocus();
    const long long updates = workspace.session().latest().updates;
    QTest::keyClick(controls.focusWidget(), Qt::Key_Right);
    QVERIFY(waitFor(workspace, [updates](const TrainingReport &r) { return r.updates == updates + 1; }));
}

void tst_TrainingControls::lockDisablesAControl()
{
    Workspace workspace;
    TrainingControls controls(&workspace);
    controls.setControlEnabled(QStringLiteral("play"), false);
    QVERIFY(!controls.playAction()->isEnabled());
    QCOMPARE(controls.playAction()->toolTip(), QStringLiteral("Locked in this lesson step"));
    controls.setControlEnabled(QStringLiteral("speed"), false);
    QVERIFY(!controls.findChild<QSlider *>(QStringLiteral("speed"))->isEnabled());
    controls.setControlEnabled(QStringLiteral("play"), true);
    QVERIFY(controls.playAction()->isEnabled());
}

void tst_TrainingControls::languageChangeRetranslates()
{
    Workspace workspace;
    TrainingControls controls(&workspace);
    auto *play = controls.findChild<QToolButton *>(QStringLiteral("play"));
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(play->text(), QStringLiteral("«Train»"));
    QCOMPARE(play->accessibleName(), QStringLiteral("«Train»"));
    QVERIFY(controls.findChild<QSlider *>(QStringLiteral("speed"))->toolTip().startsWith(QStringLiteral("«")));
    QVERIFY(controls.resetAction()->toolTip().startsWith(QStringLiteral("«")));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(play->text(), QStringLiteral("Train"));
}

QTEST_MAIN(tst_TrainingControls)
#include "tst_trainingcontrols.moc"
