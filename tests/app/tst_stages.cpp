// The lesson stages: LossBowlStage (P7), OutputCalculatorStage (P8) and ActivationPlotStage (L9),
// driven through their own buttons, spin boxes, sliders and radio buttons. Each test checks the
// model and the numbers on screen (the seed's 0.3855, 21 steps at lr 0.1, SSE 0.6638, sigmoid(0)
// = 0.500), that a diverging bowl never shows "nan" or "inf", and that the texts follow a
// language change. tst_stagescreenshots saves PNGs of them (a manual check).
#include "activationplotstage.h"
#include "apppalette.h"
#include "apptesthelpers.h"
#include "bowlstepmodel.h"
#include "lossbowlplot.h"
#include "lossbowlstage.h"
#include "outputcalculatorstage.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include <cmath>

namespace {
template <typename T>
T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

QString labelText(const QWidget &parent, const char *name)
{
    const QLabel *label = child<QLabel>(parent, name);
    return label ? label->text() : QString();
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

/// Every text the stage shows or tells a screen reader: labels, buttons, tooltips, table cells.
QStringList allTexts(const QWidget &stage)
{
    QStringList texts;
    for (const QWidget *w : stage.findChildren<QWidget *>()) {
        texts << w->toolTip() << w->accessibleName() << w->accessibleDescription();
        if (auto *label = qobject_cast<const QLabel *>(w))
            texts << label->text();
        if (auto *button = qobject_cast<const QAbstractButton *>(w))
            texts << button->text();
        if (auto *spin = qobject_cast<const QAbstractSpinBox *>(w))
            texts << spin->text();
        if (auto *view = qobject_cast<const QAbstractItemView *>(w)) {
            const QAbstractItemModel *model = view->model();
            for (int r = 0; r < model->rowCount(); ++r)
                for (int c = 0; c < model->columnCount(); ++c)
                    texts << cell(*model, r, c);
        }
    }
    return texts;
}

} // namespace

class tst_Stages : public QObject
{
    Q_OBJECT

private slots:
    void bowlOneStepShowsTheSeedNumbers();
    void bowlOtherSideAndStartChoice();
    void bowlRunToTheBottom();
    void bowlTableKeepsTheLastRows();
    void bowlDivergenceStaysFinite();
    void bowlLocksAndHiddenArrow();
    void bowlWarningFollowsThePalette();
    void bowlZoomInsetForSmallSteps();
    void calculatorFixedOutputs();
    void calculatorLabelPicker();
    void calculatorLogits();
    void calculatorLocksAndHiddenParts();
    void activationReadout();
    void activationDragAndToggles();
    void stagesRetranslate();
};

void tst_Stages::bowlOneStepShowsTheSeedNumbers()
{
    LossBowlStage stage;
    QSignalSpy changed(&stage, &LossBowlStage::changed);
    QVERIFY(labelText(stage, "bowl.formula").contains(QStringLiteral("0.38 − 0.01 × (−0.55) = ?")));
    QTest::mouseClick(child<QPushButton>(stage, "bowl.step"), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(stage.model().steps(), 1);
    QVERIFY(std::abs(stage.model().w() - 0.3855) < 1e-12);
    const QString formula = labelText(stage, "bowl.formula");
    QVERIFY2(formula.contains(QStringLiteral("0.38 − 0.01 × (−0.55) = 0.3855")), qPrintable(formula));
    const QAbstractItemModel &table = *child<QTableView>(stage, "bowl.table")->model();
    QCOMPARE(table.rowCount(), 1);
    QCOMPARE(cell(table, 0, BowlStepModel::StepColumn), QStringLiteral("1"));
    QCOMPARE(cell(table, 0, BowlStepModel::WColumn), QStringLiteral("0.3800"));
    QCOMPARE(cell(table, 0, BowlStepModel::SlopeColumn), QStringLiteral("−0.5500"));
    QCOMPARE(cell(table, 0, BowlStepModel::ChangeColumn), QStringLiteral("−0.0055"));
    QCOMPARE(cell(table, 0, BowlStepModel::NewWColumn), QStringLiteral("0.3855"));
    QCOMPARE(cell(table, 0, BowlStepModel::LossColumn), QStringLiteral("0.0726"));
    QVERIFY(labelText(stage, "bowl.status").contains(QStringLiteral("0.0756")));
    QVERIFY(!child<QLabel>(stage, "bowl.status")->property("warning").toBool());

    QTest::mouseClick(child<QPushButton>(stage, "bowl.step10"), Qt::LeftButton);
    QCOMPARE(stage.model().steps(), 11);
    QCOMPARE(table.rowCount(), 11);
    QTest::mouseClick(child<QPushButton>(stage, "bowl.reset"), Qt::LeftButton);
    QCOMPARE(table.rowCount(), 0);
    QCOMPARE(stage.model().w(), 0.38);
    QCOMPARE(changed.count(), 3);
    stage.step(10); // L3 s4: ten steps from 0.38 end at 0.4303
    QCOMPARE(cell(table, 9, BowlStepModel::NewWColumn), QStringLiteral("0.4303"));
}

void tst_Stages::bowlOtherSideAndStartChoice()
{
    LossBowlStage stage;
    QComboBox *start = child<QComboBox>(stage, "bowl.w0");
    QSignalSpy changed(&stage, &LossBowlStage::changed);
    start->setFocus();
    QTest::keyClick(start, Qt::Key_Down); // a user's choice: emits activated()
    QCOMPARE(changed.count(), 1);
    QCOMPARE(stage.model().w0(), LossBowlStage::kRightStart);
    QVERIFY(labelText(stage, "bowl.formula").contains(QStringLiteral("0.93 − 0.01 × 0.55 = ?")));
    QTest::mouseClick(child<QPushButton>(stage, "bowl.step"), Qt::LeftButton);
    QVERIFY(labelText(stage, "bowl.formula").contains(QStringLiteral("0.93 − 0.01 × 0.55 = 0.9245")));

    stage.setStart(-0.5); // any other start gets its own entry
    QCOMPARE(start->count(), 3);
    QCOMPARE(start->currentIndex(), 2);
    QVERIFY(start->currentText().contains(QStringLiteral("−0.5")));
    stage.setStart(LossBowlStage::kLeftStart);
    QCOMPARE(start->count(), 2);
    QCOMPARE(start->currentIndex(), 0);
}

void tst_Stages::bowlRunToTheBottom()
{
    LossBowlStage stage;
    QDoubleSpinBox *rate = child<QDoubleSpinBox>(stage, "bowl.lr");
    rate->setValue(0.1);
    QCOMPARE(stage.model().learningRate(), 0.1);
    QVERIFY(labelText(stage, "bowl.formula").contains(QStringLiteral("0.38 − 0.1 × (−0.55) = ?")));
    QTest::mouseClick(child<QPushButton>(stage, "bowl.run"), Qt::LeftButton);
    QCOMPARE(stage.model().steps(), 21);
    QCOMPARE(child<QTableView>(stage, "bowl.table")->model()->rowCount(), 21);
    QVERIFY(labelText(stage, "bowl.readout").contains(QStringLiteral("21")));
    QVERIFY(labelText(stage, "bowl.status").contains(QStringLiteral("21")));

    // L4 s2: lr 0.9 jumps past the bottom to 0.875, then zig-zags in.
    rate->setValue(0.9);
    QVERIFY2(labelText(stage, "bowl.formula").endsWith(QStringLiteral("= ?")), "a new rate shows the next step");
    stage.reset();
    QTest::mouseClick(child<QPushButton>(stage, "bowl.step"), Qt::LeftButton);
    QVERIFY(labelText(stage, "bowl.formula").contains(QStringLiteral("= 0.875")));
    QVERIFY(labelText(stage, "bowl.status").contains(QStringLiteral("0.0756")));

    // L4 s3: lr 1.0 bounces between 0.38 and 0.93 with the same loss.
    rate->setValue(1.0);
    stage.reset();
    QTest::mouseClick(child<QPushButton>(stage, "bowl.step10"), Qt::LeftButton);
    QVERIFY(std::abs(stage.model().w() - 0.38) < 1e-9);
    QVERIFY(!child<QLabel>(stage, "bowl.status")->property("warning").toBool());
}

void tst_Stages::bowlTableKeepsTheLastRows()
{
    LossBowlStage stage;
    stage.setLearningRate(1.0); // never converges: the run stops at LossBowl::kMaxSteps
    QTest::mouseClick(child<QPushButton>(stage, "bowl.run"), Qt::LeftButton);
    QCOMPARE(stage.model().steps(), LossBowl::kMaxSteps);
    const QAbstractItemModel &table = *child<QTableView>(stage, "bowl.table")->model();
    QCOMPARE(table.rowCount(), BowlStepModel::kRows);
    QCOMPARE(cell(table, table.rowCount() - 1, BowlStepModel::StepColumn), QString::number(LossBowl::kMaxSteps));
}

void tst_Stages::bowlDivergenceStaysFinite()
{
    LossBowlStage stage;
    stage.resize(850, 600);
    stage.show();
    child<QDoubleSpinBox>(stage, "bowl.lr")->setValue(1.1);
    QTest::mouseClick(child<QPushButton>(stage, "bowl.step10"), Qt::LeftButton);
    QVERIFY(std::abs(stage.model().w() + 1.05) < 0.01);
    QLabel *status = child<QLabel>(stage, "bowl.status");
    QVERIFY(status->property("warning").toBool());
    QVERIFY(status->text().contains(QStringLiteral("overshoot")));
    QVERIFY(!stage.grab().isNull()); // paints the plot
    auto noNonFinite = [&] {
        for (const QString &text : allTexts(stage))
            if (text.contains(QStringLiteral("nan"), Qt::CaseInsensitive) || text.contains(QStringLiteral("inf"), Qt::CaseInsensitive))
                return false;
        return true;
    };
    QVERIFY(noNonFinite());

    // lr 2 triples the distance per step: the stage stops before anything overflows.
    stage.setLearningRate(2.0);
    QTest::mouseClick(child<QPushButton>(stage, "bowl.run"), Qt::LeftButton);
    QVERIFY(stage.isRunaway());
    QVERIFY(std::isfinite(stage.model().w()) && std::isfinite(stage.model().loss()));
    QVERIFY(stage.model().steps() < 50);
    QVERIFY(!child<QPushButton>(stage, "bowl.step")->isEnabled());
    QVERIFY(child<QPushButton>(stage, "bowl.reset")->isEnabled());
    QVERIFY(status->property("warning").toBool());
    QVERIFY(!stage.grab().isNull());
    QVERIFY(noNonFinite());
    const int steps = stage.model().steps();
    stage.step(5);
    QCOMPARE(stage.model().steps(), steps);
    QTest::mouseClick(child<QPushButton>(stage, "bowl.reset"), Qt::LeftButton);
    QVERIFY(child<QPushButton>(stage, "bowl.step")->isEnabled());
}

void tst_Stages::bowlLocksAndHiddenArrow()
{
    LossBowlStage stage;
    stage.setLearningRateLocked(true);
    stage.setButtonsLocked(true);
    QVERIFY(!child<QDoubleSpinBox>(stage, "bowl.lr")->isEnabled());
    for (const char *name : {"bowl.step", "bowl.step10", "bowl.run", "bowl.reset"})
        QVERIFY(!child<QPushButton>(stage, name)->isEnabled());
    QVERIFY(child<QComboBox>(stage, "bowl.w0")->isEnabled());
    stage.setStartLocked(true);
    QVERIFY(!child<QComboBox>(stage, "bowl.w0")->isEnabled());
    // The lesson still runs the steps it asks for.
    stage.step(1);
    QCOMPARE(stage.model().steps(), 1);
    stage.setButtonsLocked(false);
    QVERIFY(child<QPushButton>(stage, "bowl.step")->isEnabled());
    QVERIFY(!child<QDoubleSpinBox>(stage, "bowl.lr")->isEnabled());

    stage.resize(850, 600);
    stage.show();
    const QImage shown = stage.plot()->grab().toImage();
    stage.setNextStepShown(false);
    QVERIFY(!stage.plot()->nextStepShown());
    QVERIFY(stage.plot()->grab().toImage() != shown);
}

void tst_Stages::bowlWarningFollowsThePalette()
{
    LossBowlStage stage;
    stage.setLearningRate(1.1);
    stage.step(1);
    QLabel *status = child<QLabel>(stage, "bowl.status");
    QVERIFY(status->autoFillBackground());
    const QColor lightTint = status->palette().color(QPalette::Window);
    apppalette::apply(true);
    QCoreApplication::processEvents();
    QCOMPARE(status->palette().color(QPalette::WindowText), apppalette::dark().color(QPalette::WindowText));
    QVERIFY(status->palette().color(QPalette::Window) != lightTint);
    QVERIFY(status->palette().color(QPalette::Window).lightness() < 128); // tinted dark grey, not light
    apppalette::apply(false);
    stage.reset();
    QVERIFY(!status->autoFillBackground());
}

void tst_Stages::bowlZoomInsetForSmallSteps()
{
    LossBowlStage stage;
    stage.resize(850, 600);
    stage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stage));
    QVERIFY(stage.plot()->insetShown()); // 0.0055 at lr 0.01: about a pixel in the whole bowl
    stage.setLearningRate(1.1);
    QVERIFY(!stage.plot()->insetShown()); // a 0.6 step is plain to see
    // A diverging ball widens the view to stay in sight.
    stage.step(30);
    QVERIFY(!stage.plot()->insetShown());
    const PlotAxes axes = stage.plot()->mainAxes();
    QVERIFY(axes.containsX(stage.model().w()));
}

void tst_Stages::calculatorFixedOutputs()
{
    OutputCalculatorStage stage;
    stage.setLabel(0);
    stage.setOutputs({0.37, 0.5, 0.13});
    QVERIFY2(labelText(stage, "calc.sse").contains(QStringLiteral("0.6638")), qPrintable(labelText(stage, "calc.sse")));
    QCOMPARE(labelText(stage, "calc.output0"), QStringLiteral("0.370"));
    QCOMPARE(labelText(stage, "calc.output1"), QStringLiteral("0.500"));
    QCOMPARE(labelText(stage, "calc.error0"), QStringLiteral("0.3969"));
    QCOMPARE(labelText(stage, "calc.error1"), QStringLiteral("0.2500"));
    QCOMPARE(labelText(stage, "calc.error2"), QStringLiteral("0.0169"));
    QVERIFY(labelText(stage, "calc.sum").contains(QStringLiteral("1.000")));
    QVERIFY(labelText(stage, "calc.target").contains(QStringLiteral("[1, 0, 0]")));
    const QString prediction = labelText(stage, "calc.prediction");
    QVERIFY(prediction.contains(OutputCalculatorStage::className(1)) && prediction.contains(QStringLiteral("✗")));
    QVERIFY(!child<QSlider>(stage, "calc.logit0")->isVisibleTo(&stage)); // no logits for fixed outputs

    stage.setOutputs({0.51, 0.48, 0.01}); // L2 s5: B is right but unsure
    QVERIFY(labelText(stage, "calc.sse").contains(QStringLiteral("0.4706")));
    QVERIFY(labelText(stage, "calc.prediction").contains(QStringLiteral("✓")));
}

void tst_Stages::calculatorLabelPicker()
{
    OutputCalculatorStage stage;
    stage.setOutputs({0.37, 0.5, 0.13});
    QSignalSpy changed(&stage, &OutputCalculatorStage::changed);
    stage.resize(850, 600);
    stage.show();
    QRadioButton *dog = child<QRadioButton>(stage, "calc.label1");
    QTest::mouseClick(dog, Qt::LeftButton, {}, QPoint(dog->height() / 2, dog->height() / 2));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(stage.model().label(), 1);
    QVERIFY(labelText(stage, "calc.target").contains(QStringLiteral("[0, 1, 0]")));
    QCOMPARE(dog->text(), QStringLiteral("1"));
    QCOMPARE(child<QRadioButton>(stage, "calc.label0")->text(), QStringLiteral("0"));
    QVERIFY(labelText(stage, "calc.prediction").contains(QStringLiteral("✓")));
    QVERIFY(labelText(stage, "calc.sse").contains(QStringLiteral("0.4038"))); // 0.37² + (1 − 0.5)² + 0.13²
}

void tst_Stages::calculatorLogits()
{
    OutputCalculatorStage stage;
    stage.setLabel(0);
    stage.setLogits({1.05, 1.35, 0.0});
    QVERIFY(child<QSlider>(stage, "calc.logit0")->isVisibleTo(&stage));
    QVERIFY2(labelText(stage, "calc.sse").contains(QStringLiteral("0.663")), qPrintable(labelText(stage, "calc.sse")));
    QCOMPARE(labelText(stage, "calc.output0"), QStringLiteral("0.370"));
    QCOMPARE(labelText(stage, "calc.output1"), QStringLiteral("0.500"));
    QCOMPARE(labelText(stage, "calc.output2"), QStringLiteral("0.130"));
    QCOMPARE(child<QDoubleSpinBox>(stage, "calc.logitValue0")->value(), 1.05);

    QSignalSpy changed(&stage, &OutputCalculatorStage::changed);
    QSlider *cat = child<QSlider>(stage, "calc.logit0");
    cat->setValue(135); // L2 s4: the tie
    QVERIFY(labelText(stage, "calc.prediction").contains(OutputCalculatorStage::className(1)));
    QCOMPARE(labelText(stage, "calc.output0"), QStringLiteral("0.443"));
    cat->setValue(200);
    QCOMPARE(stage.model().logits()[0], 2.0);
    QCOMPARE(stage.model().argmax(), 0);
    QCOMPARE(labelText(stage, "calc.output0"), QStringLiteral("0.603"));
    QVERIFY(labelText(stage, "calc.sse").contains(QStringLiteral("0.263")));
    QVERIFY(labelText(stage, "calc.sum").contains(QStringLiteral("1.000")));
    QVERIFY(labelText(stage, "calc.prediction").contains(QStringLiteral("✓")));
    QCOMPARE(child<QDoubleSpinBox>(stage, "calc.logitValue0")->value(), 2.0);
    child<QDoubleSpinBox>(stage, "calc.logitValue0")->setValue(3.0);
    QCOMPARE(cat->value(), 300);
    QVERIFY(labelText(stage, "calc.sse").contains(QStringLiteral("0.063")));
    QCOMPARE(changed.count(), 3);

    stage.setLogits({9.0, 0.0, -9.0}); // clamped to the sliders' range
    QCOMPARE(stage.model().logits()[0], OutputCalculatorStage::kLogitLimit);
}

void tst_Stages::calculatorLocksAndHiddenParts()
{
    OutputCalculatorStage stage;
    stage.setLogits({1.05, 1.35, 0.0});
    stage.setLogitLocked(1, true);
    stage.setLabelLocked(true);
    QVERIFY(child<QSlider>(stage, "calc.logit0")->isEnabled());
    QVERIFY(!child<QSlider>(stage, "calc.logit1")->isEnabled());
    QVERIFY(!child<QDoubleSpinBox>(stage, "calc.logitValue1")->isEnabled());
    QVERIFY(!child<QRadioButton>(stage, "calc.label2")->isEnabled());
    QVERIFY(!child<QRadioButton>(stage, "calc.label2")->toolTip().isEmpty());

    stage.setErrorsShown(false);
    stage.setPredictionShown(false);
    QVERIFY(!labelText(stage, "calc.sse").contains(QStringLiteral("0.66")));
    QVERIFY(labelText(stage, "calc.sse").contains(QStringLiteral("?")));
    QVERIFY(labelText(stage, "calc.error0").contains(QStringLiteral("?")));
    QVERIFY(!labelText(stage, "calc.prediction").contains(OutputCalculatorStage::className(1)));
    stage.setErrorsShown(true);
    QVERIFY(labelText(stage, "calc.sse").contains(QStringLiteral("0.663")));
}

void tst_Stages::activationReadout()
{
    ActivationPlotStage stage;
    const QTableWidget *table = child<QTableWidget>(stage, "plot.readout");
    const int value = table->columnCount() - 1;
    QCOMPARE(stage.x(), 0.0);
    QCOMPARE(table->item(ActivationPlot::Sigmoid, value)->text(), QStringLiteral("0.500"));
    QCOMPARE(table->item(ActivationPlot::Tanh, value)->text(), QStringLiteral("0.000"));
    QVERIFY(table->item(ActivationPlot::Sigmoid, 1)->text().contains(QStringLiteral("1 / (1 + e⁻ˣ)")));
    QVERIFY(table->item(ActivationPlot::ReLU, 1)->text().contains(QStringLiteral("max(0, x)")));
    QCOMPARE(table->item(ActivationPlot::Tanh, 2)->text(), QStringLiteral("(−1, 1)"));

    QSignalSpy changed(&stage, &ActivationPlotStage::changed);
    child<QSlider>(stage, "plot.x")->setValue(200);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(stage.x(), 2.0);
    QCOMPARE(child<QDoubleSpinBox>(stage, "plot.xValue")->value(), 2.0);
    QCOMPARE(table->item(ActivationPlot::Tanh, value)->text(), QStringLiteral("0.964"));
    QCOMPARE(table->item(ActivationPlot::ReLU, value)->text(), QStringLiteral("2.000"));
    child<QDoubleSpinBox>(stage, "plot.xValue")->setValue(-6.0);
    QCOMPARE(child<QSlider>(stage, "plot.x")->value(), -600);
    QCOMPARE(table->item(ActivationPlot::Sigmoid, value)->text(), QStringLiteral("0.002"));
    QCOMPARE(table->item(ActivationPlot::ReLU, value)->text(), QStringLiteral("0.000"));
    QCOMPARE(table->item(ActivationPlot::Linear, value)->text(), QStringLiteral("−6.000"));
    stage.setX(42.0);
    QCOMPARE(stage.x(), ActivationPlot::kMaxX);
    QCOMPARE(table->item(ActivationPlot::Sigmoid, value)->text(), QStringLiteral("0.998"));

    stage.setXLocked(true);
    QVERIFY(!child<QSlider>(stage, "plot.x")->isEnabled());
    QVERIFY(!child<QDoubleSpinBox>(stage, "plot.xValue")->isEnabled());
}

void tst_Stages::activationDragAndToggles()
{
    ActivationPlotStage stage;
    stage.resize(850, 600);
    stage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stage));
    ActivationPlot *plot = stage.plot();
    const PlotAxes axes = plot->axes();
    QTest::mouseClick(plot, Qt::LeftButton, {}, axes.map(3.02, 0.0).toPoint());
    QCOMPARE(stage.x(), 3.0); // snapped to 0.1
    stage.setXLocked(true);
    QTest::mouseClick(plot, Qt::LeftButton, {}, axes.map(-2.0, 0.0).toPoint());
    QCOMPARE(stage.x(), 3.0);

    QCheckBox *relu = child<QCheckBox>(stage, "plot.relu");
    QVERIFY(plot->curveShown(ActivationPlot::ReLU));
    const QImage before = plot->grab().toImage();
    QTest::mouseClick(relu, Qt::LeftButton, {}, QPoint(relu->height() / 2, relu->height() / 2));
    QVERIFY(!plot->curveShown(ActivationPlot::ReLU));
    QVERIFY(plot->grab().toImage() != before);
}

void tst_Stages::stagesRetranslate()
{
    LossBowlStage bowl;
    OutputCalculatorStage calculator;
    ActivationPlotStage activations;
    bowl.step(1);
    apptest::MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::processEvents(); // LanguageChange is posted
    const QString mark = QStringLiteral("«");
    QVERIFY(child<QPushButton>(bowl, "bowl.step")->text().startsWith(mark));
    QVERIFY(labelText(bowl, "bowl.formula").startsWith(mark));
    QVERIFY(labelText(bowl, "bowl.formula").contains(QStringLiteral("0.3855")));
    QVERIFY(labelText(bowl, "bowl.status").startsWith(mark));
    QVERIFY(child<QTableView>(bowl, "bowl.table")->model()->headerData(0, Qt::Horizontal).toString().startsWith(mark));
    QVERIFY(child<QComboBox>(bowl, "bowl.w0")->itemText(0).startsWith(mark));
    QVERIFY(labelText(calculator, "calc.class0").startsWith(mark));
    QVERIFY(labelText(calculator, "calc.sse").startsWith(mark));
    QVERIFY(labelText(calculator, "calc.prediction").startsWith(mark));
    QVERIFY(child<QRadioButton>(calculator, "calc.label0")->accessibleName().startsWith(mark));
    QVERIFY(child<QCheckBox>(activations, "plot.sigmoid")->text().startsWith(mark));
    QVERIFY(child<QTableWidget>(activations, "plot.readout")->horizontalHeaderItem(3)->text().startsWith(mark));
    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::processEvents();
    QVERIFY(!child<QPushButton>(bowl, "bowl.step")->text().startsWith(mark));
}

// Manual check: NL_SCREENSHOT_DIR=/tmp/shots ctest -R tst_stages (QT_SCALE_FACTOR=1.5 for the
// projector). Saves every stage in English and Chinese, light and dark, at the lesson area's size.
QTEST_MAIN(tst_Stages)
#include "tst_stages.moc"
