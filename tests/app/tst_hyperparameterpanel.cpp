// HyperparameterPanel: choices reach the workspace spec (one undo step each), bad typed learning
// rates are refused with a message and change nothing, unsuitable losses are disabled, lesson
// locks and a language change reach every control.
#include "apptesthelpers.h"
#include "hyperparameterpanel.h"
#include "learningratebox.h"
#include "workspace.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTranslator>
#include <QtTest>

using apptest::MarkingTranslator;

using namespace engine;

namespace {
int indexOfData(const QComboBox *box, int value)
{
    return box->findData(value);
}

bool itemEnabled(const QComboBox *box, int index)
{
    return qobject_cast<const QStandardItemModel *>(box->model())->item(index)->isEnabled();
}

/// Picks an item the way a click in the popup does.
void choose(QComboBox *box, int index)
{
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
}
} // namespace

class tst_HyperparameterPanel : public QObject {
    Q_OBJECT
private slots:
    void choosingALearningRateChangesTheSpec();
    void typedLearningRateIsAccepted();
    void invalidLearningRateIsRefused_data();
    void invalidLearningRateIsRefused();
    void lossesThatDoNotFitAreDisabled();
    void outputSwitchFixesTheLossInOneUndoStep();
    void momentumShownOnlyWithMomentum();
    void spinBoxesClampAndCommit();
    void everyControlHasAnIdToolTipAndName();
    void lockDisablesAndSaysWhy();
    void languageChangeRetranslates();
};

void tst_HyperparameterPanel::choosingALearningRateChangesTheSpec()
{
    Workspace workspace;
    HyperparameterPanel panel(&workspace);
    auto *rate = panel.findChild<LearningRateBox *>(QStringLiteral("learningRate"));
    QVERIFY(rate);
    QCOMPARE(rate->count(), 11);
    QCOMPARE(rate->itemText(0), QStringLiteral("0.00001"));
    QCOMPARE(rate->currentText(), QStringLiteral("0.03"));
    choose(rate, rate->findData(0.3));
    QCOMPARE(workspace.spec().training.optimizer.learningRate, 0.3);
    QCOMPARE(workspace.undoStack().count(), 1);
    choose(rate, rate->findData(0.3)); // the same value again is not a new undo step
    QCOMPARE(workspace.undoStack().count(), 1);
    workspace.undoStack().undo();
    QCOMPARE(workspace.spec().training.optimizer.learningRate, 0.03);
    QCOMPARE(rate->currentText(), QStringLiteral("0.03"));
}

void tst_HyperparameterPanel::typedLearningRateIsAccepted()
{
    Workspace workspace;
    HyperparameterPanel panel(&workspace);
    auto *rate = panel.findChild<LearningRateBox *>(QStringLiteral("learningRate"));
    rate->lineEdit()->setText(QStringLiteral(" 0.05 "));
    emit rate->lineEdit()->editingFinished();
    QCOMPARE(workspace.spec().training.optimizer.learningRate, 0.05);
    QCOMPARE(rate->currentText(), QStringLiteral("0.05"));
    QVERIFY(panel.message().isEmpty());
    rate->lineEdit()->setText(QStringLiteral("1e-3"));
    emit rate->lineEdit()->editingFinished();
    QCOMPARE(workspace.spec().training.optimizer.learningRate, 0.001);
    QCOMPARE(rate->currentText(), QStringLiteral("0.001"));
    QCOMPARE(workspace.undoStack().count(), 2);
}

void tst_HyperparameterPanel::invalidLearningRateIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("too large") << QStringLiteral("1000");
    QTest::newRow("nan") << QStringLiteral("nan");
    QTest::newRow("infinite") << QStringLiteral("inf");
    QTest::newRow("empty") << QString();
}

void tst_HyperparameterPanel::invalidLearningRateIsRefused()
{
    QFETCH(QString, text);
    Workspace workspace;
    HyperparameterPanel panel(&workspace);
    auto *rate = panel.findChild<LearningRateBox *>(QStringLiteral("learningRate"));
    rate->lineEdit()->setText(text);
    emit rate->lineEdit()->editingFinished();
    QCOMPARE(workspace.spec().training.optimizer.learningRate, 0.03);
    QCOMPARE(workspace.undoStack().count(), 0);
    QCOMPARE(rate->currentText(), QStringLiteral("0.03"));
    QVERIFY(!panel.message().isEmpty());
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("message"))->isVisibleTo(&panel));
    // The next valid choice clears the note.
    choose(rate, rate->findData(0.1));
    QVERIFY(panel.message().isEmpty());
}

void tst_HyperparameterPanel::lossesThatDoNotFitAreDisabled()
{
    Workspace workspace; // circle: two classes, tanh output
    HyperparameterPanel panel(&workspace);
    auto *loss = panel.findChild<QComboBox *>(QStringLiteral("loss"));
    auto *output = panel.findChild<QComboBox *>(QStringLiteral("outputActivation"));
    const int bce = indexOfData(loss, static_cast<int>(LossKind::BinaryCrossEntropy));
    const int softmaxCe = indexOfData(loss, static_cast<int>(LossKind::SoftmaxCrossEntropy));
    QVERIFY(itemEnabled(loss, indexOfData(loss, static_cast<int>(LossKind::MeanSquared))));
    QVERIFY(itemEnabled(loss, indexOfData(loss, static_cast<int>(LossKind::HalfSquared))));
    QVERIFY(!itemEnabled(loss, bce));
    QVERIFY(!itemEnabled(loss, softmaxCe));
    QVERIFY(loss->itemData(bce, Qt::ToolTipRole).toString().contains(QStringLiteral("Sigmoid")));
    QVERIFY(loss->itemData(softmaxCe, Qt::ToolTipRole).toString().contains(QStringLiteral("softmax")));

    choose(output, indexOfData(output, static_cast<int>(Activation::Sigmoid)));
    QCOMPARE(workspace.spec().network.output, Activation::Sigmoid);
    QVERIFY(itemEnabled(loss, bce));
    QVERIFY(!itemEnabled(loss, softmaxCe));
    choose(loss, bce);
    QCOMPARE(workspace.spec().training.loss, LossKind::BinaryCrossEntropy);

    WorkspaceSpec spiral3 = workspace.spec();
    spiral3.data.kind = DatasetKind::Spiral3;
    spiral3.training.loss = LossKind::MeanSquared;
    workspace.change(spiral3, [] { return QStringLiteral("three classes"); });
    QVERIFY(itemEnabled(loss, softmaxCe));
    QVERIFY(!output->isEnabled()); // three classes always have a softmax output
    QCOMPARE(output->currentData().toInt(), static_cast<int>(Activation::Softmax));
}

void tst_HyperparameterPanel::outputSwitchFixesTheLossInOneUndoStep()
{
    Workspace workspace;
    WorkspaceSpec spec = workspace.spec();
    spec.network.output = Activation::Sigmoid;
    spec.training.loss = LossKind::BinaryCrossEntropy;
    workspace.loadPreset(spec);
    HyperparameterPanel panel(&workspace);
    auto *output = panel.findChild<QComboBox *>(QStringLiteral("outputActivation"));
    choose(output, indexOfData(output, static_cast<int>(Activation::Tanh)));
    QCOMPARE(workspace.spec().network.output, Activation::Tanh);
    QCOMPARE(workspace.spec().training.loss, LossKind::MeanSquared);
    QVERIFY(!panel.message().isEmpty());
    QCOMPARE(workspace.undoStack().count(), 1);
    workspace.undoStack().undo();
    QCOMPARE(workspace.spec().network.output, Activation::Sigmoid);
    QCOMPARE(workspace.spec().training.loss, LossKind::BinaryCrossEntropy);
    QCOMPARE(panel.findChild<QComboBox *>(QStringLiteral("loss"))->currentData().toInt(),
             static_cast<int>(LossKind::BinaryCrossEntropy));
}

void tst_HyperparameterPanel::momentumShownOnlyWithMomentum()
{
    Workspace workspace;
    HyperparameterPanel panel(&workspace);
    auto *optimizer = panel.findChild<QComboBox *>(QStringLiteral("optimizer"));
    auto *momentum = panel.findChild<QLabel *>(QStringLiteral("momentum"));
    QVERIFY(!momentum->isVisibleTo(&panel));
    choose(optimizer, indexOfData(optimizer, static_cast<int>(OptimizerKind::Momentum)));
    QCOMPARE(workspace.spec().training.optimizer.kind, OptimizerKind::Momentum);
    QVERIFY(momentum->isVisibleTo(&panel));
    QCOMPARE(momentum->text(), QLocale().toString(0.9));
    choose(optimizer, indexOfData(optimizer, static_cast<int>(OptimizerKind::Adam)));
    QVERIFY(!momentum->isVisibleTo(&panel));
}

void tst_HyperparameterPanel::spinBoxesClampAndCommit()
{
    Workspace workspace;
    HyperparameterPanel panel(&workspace);
    auto *dropout = panel.findChild<QDoubleSpinBox *>(QStringLiteral("dropout"));
    dropout->setValue(5.0); // absurd: clamped to the largest sensible value
    QCOMPARE(workspace.spec().training.dropout, 0.9);
    auto *patience = panel.findChild<QSpinBox *>(QStringLiteral("patience"));
    auto *restore = panel.findChild<QCheckBox *>(QStringLiteral("restoreBest"));
    QVERIFY(!restore->isEnabled()); // only meaningful with early stopping
    patience->setValue(-3);
    QCOMPARE(workspace.spec().training.patience, 0);
    patience->setValue(20);
    QCOMPARE(workspace.spec().training.patience, 20);
    QVERIFY(restore->isEnabled());
    restore->click();
    QVERIFY(workspace.spec().training.restoreBest);
    auto *regularization = panel.findChild<QComboBox *>(QStringLiteral("regularization"));
    auto *rate = panel.findChild<QComboBox *>(QStringLiteral("regularizationRate"));
    QVERIFY(!rate->isEnabled());
    choose(regularization, indexOfData(regularization, static_cast<int>(Regularization::L2)));
    QVERIFY(rate->isEnabled());
    choose(rate, rate->findData(0.003));
    QCOMPARE(workspace.spec().training.regularization, Regularization::L2);
    QCOMPARE(workspace.spec().training.regularizationRate, 0.003);
    panel.findChild<QCheckBox *>(QStringLiteral("reshuffle"))->click();
    QVERIFY(workspace.spec().training.reshuffle);
    panel.findChild<QSpinBox *>(QStringLiteral("epochLimit"))->setValue(200);
    QCOMPARE(workspace.spec().epochLimit, 200);
    QCOMPARE(workspace.undoStack().count(), 7);
    while (workspace.undoStack().canUndo())
        workspace.undoStack().undo();
    QCOMPARE(dropout->value(), 0.0);
    QCOMPARE(patience->value(), 0);
    QVERIFY(!restore->isChecked());
}

void tst_HyperparameterPanel::everyControlHasAnIdToolTipAndName()
{
    Workspace workspace;
    HyperparameterPanel panel(&workspace);
    for (const QString &id : HyperparameterPanel::controlIds()) {
        auto *control = panel.findChild<QWidget *>(id);
        QVERIFY2(control, qPrintable(id));
        QVERIFY2(!control->toolTip().isEmpty(), qPrintable(id));
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(id));
    }
}

void tst_HyperparameterPanel::lockDisablesAndSaysWhy()
{
    Workspace workspace;
    HyperparameterPanel panel(&workspace);
    auto *rate = panel.findChild<QWidget *>(QStringLiteral("learningRate"));
    const QString toolTip = rate->toolTip();
    panel.setControlEnabled(QStringLiteral("learningRate"), false);
    QVERIFY(!rate->isEnabled());
    QCOMPARE(rate->toolTip(), QStringLiteral("Locked in this lesson step"));
    // A spec change must not unlock it.
    WorkspaceSpec spec = workspace.spec();
    spec.training.dropout = 0.1;
    workspace.change(spec, [] { return QStringLiteral("dropout"); });
    QVERIFY(!rate->isEnabled());
    panel.setControlEnabled(QStringLiteral("learningRate"), true);
    QVERIFY(rate->isEnabled());
    QCOMPARE(rate->toolTip(), toolTip);
    panel.setControlEnabled(QStringLiteral("restoreBest"), false);
    QCOMPARE(panel.findChild<QWidget *>(QStringLiteral("restoreBest"))->toolTip(),
             QStringLiteral("Locked in this lesson step"));
}

void tst_HyperparameterPanel::languageChangeRetranslates()
{
    Workspace workspace;
    HyperparameterPanel panel(&workspace);
    auto *rate = panel.findChild<LearningRateBox *>(QStringLiteral("learningRate"));
    rate->lineEdit()->setText(QStringLiteral("abc"));
    emit rate->lineEdit()->editingFinished();
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator); // posts LanguageChange to every window
    QTRY_VERIFY(panel.message().contains(QStringLiteral("«")));
    QVERIFY(panel.findChild<QWidget *>(QStringLiteral("dropout"))->toolTip().startsWith(QStringLiteral("«")));
    QVERIFY(panel.findChild<QComboBox *>(QStringLiteral("loss"))->itemText(0).startsWith(QStringLiteral("«")));
    QVERIFY(panel.findChild<QCheckBox *>(QStringLiteral("reshuffle"))->text().startsWith(QStringLiteral("«")));
    QCoreApplication::removeTranslator(&translator);
    QTRY_VERIFY(!panel.findChild<QCheckBox *>(QStringLiteral("reshuffle"))->text().startsWith(QStringLiteral("«")));
}

QTEST_MAIN(tst_HyperparameterPanel)
#include "tst_hyperparameterpanel.moc"
