// DataPanel: every control edits the workspace's spec through the undo stack, the controls follow
// the spec (undo), the split always sums to 100, drawing edits the custom points, locks disable.
#include "datapanel.h"
#include "datasetpicker.h"
#include "splitbar.h"
#include "splitcontrol.h"
#include "workspace.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTranslator>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QtTest>

using engine::DatasetKind;
using engine::SplitPercent;

namespace {
template <typename T>
T *control(const QWidget &panel, const char *name)
{
    T *widget = panel.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no control %s", name);
    return widget;
}

/// Waits until the session reports data for which `predicate` holds.
template <typename Predicate>
bool waitForData(Workspace &workspace, Predicate predicate)
{
    QSignalSpy data(&workspace.session(), &TrainingSession::dataChanged);
    QElapsedTimer clock;
    clock.start();
    while (!(workspace.session().data().generation > 0 && predicate(workspace.session().data()))
           && clock.elapsed() < 10000)
        data.wait(10000);
    return predicate(workspace.session().data());
}

int sum(const SplitPercent &s)
{
    return s.train + s.validation + s.test;
}
} // namespace

class tst_DataPanel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void choosingADataSetChangesTheData();
    void adjustedTradesWithPartners_data();
    void adjustedTradesWithPartners();
    void splitAlwaysSumsTo100();
    void zeroValidationIsAllowed();
    void dragCommitsOnceOnRelease();
    void splitBarShowsTheReportCounts();
    void fullBatchSetsBatchSizeZero();
    void undoRestoresSpecAndControls();
    void optionsShowOnlyWhereTheyApply();
    void regenerateDrawsANewDataSeed();
    void drawingEditsTheCustomPoints();
    void drawnClassesOutliveAnotherSetsClassCount();
    void setControlEnabledLocks();
    void screenshots();

private:
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<DataPanel> m_panel;
};

void tst_DataPanel::init()
{
    m_workspace = std::make_unique<Workspace>();
    m_panel = std::make_unique<DataPanel>(m_workspace.get());
    m_panel->resize(300, 700);
    QVERIFY(waitForData(*m_workspace, [](const DataReport &r) { return r.dataset.size() == 500; }));
}

void tst_DataPanel::cleanup()
{
    m_panel.reset();
    m_workspace.reset();
}

void tst_DataPanel::choosingADataSetChangesTheData()
{
    DatasetPicker *picker = m_panel->findChild<DatasetPicker *>();
    QVERIFY(picker);
    QVERIFY(picker->button(DatasetKind::Circle)->isChecked());
    QTest::mouseClick(picker->button(DatasetKind::Spiral), Qt::LeftButton);
    QCOMPARE(m_workspace->spec().data.kind, DatasetKind::Spiral);
    QCOMPARE(m_workspace->undoStack().count(), 1);
    const engine::Dataset expected = engine::generateDataset(m_workspace->spec().data);
    QVERIFY(waitForData(*m_workspace, [&](const DataReport &r) { return r.dataset.inputs == expected.inputs; }));

    QTest::mouseClick(picker->button(DatasetKind::Digits), Qt::LeftButton);
    QCOMPARE(m_workspace->spec().data.kind, DatasetKind::Digits);
    QVERIFY(waitForData(*m_workspace, [](const DataReport &r) { return r.dataset.inputDim() == 64; }));
    QCOMPARE(m_workspace->session().data().dataset.classCount, 10);
    // Clicking the chosen set again changes nothing.
    QTest::mouseClick(picker->button(DatasetKind::Digits), Qt::LeftButton);
    QCOMPARE(m_workspace->undoStack().count(), 2);
}

void tst_DataPanel::adjustedTradesWithPartners_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<int>("value");
    QTest::addColumn<QList<int>>("expected");
    // From 60/20/20: training takes from test first, then validation, and gives to test.
    QTest::newRow("train up") << int(SplitControl::Train) << 70 << QList<int>{70, 20, 10};
    QTest::newRow("train up past test") << int(SplitControl::Train) << 90 << QList<int>{90, 10, 0};
    QTest::newRow("train down") << int(SplitControl::Train) << 30 << QList<int>{30, 20, 50};
    QTest::newRow("train at least 1") << int(SplitControl::Train) << 0 << QList<int>{1, 20, 79};
    QTest::newRow("validation 0") << int(SplitControl::Validation) << 0 << QList<int>{60, 0, 40};
    QTest::newRow("validation up past test") << int(SplitControl::Validation) << 50 << QList<int>{50, 50, 0};
    QTest::newRow("validation at most 99") << int(SplitControl::Validation) << 100 << QList<int>{1, 99, 0};
    QTest::newRow("test up past validation") << int(SplitControl::Test) << 50 << QList<int>{50, 0, 50};
    QTest::newRow("test 0") << int(SplitControl::Test) << 0 << QList<int>{60, 40, 0};
}

void tst_DataPanel::adjustedTradesWithPartners()
{
    QFETCH(int, part);
    QFETCH(int, value);
    QFETCH(QList<int>, expected);
    const SplitPercent s = SplitControl::adjusted({60, 20, 20}, static_cast<SplitControl::Part>(part), value);
    QCOMPARE((QList<int>{s.train, s.validation, s.test}), expected);
}

void tst_DataPanel::splitAlwaysSumsTo100()
{
    SplitControl *split = m_panel->findChild<SplitControl *>();
    QRandomGenerator random(42);
    for (int i = 0; i < 200; ++i) {
        const auto part = static_cast<SplitControl::Part>(random.bounded(3));
        const int value = random.bounded(-5, 106);
        switch (random.bounded(3)) {
        case 0: split->slider(part)->setValue(value); break;
        case 1: split->spinBox(part)->setValue(value); break;
        default: // keyboard on the slider, as a student would
            split->slider(part)->setFocus();
            QTest::keyClick(split->slider(part), value % 2 ? Qt::Key_PageUp : Qt::Key_Left);
        }
        const SplitPercent spec = m_workspace->spec().split;
        QCOMPARE(sum(spec), 100);
        QVERIFY(spec.train >= 1 && spec.validation >= 0 && spec.test >= 0);
        for (auto p : {SplitControl::Train, SplitControl::Validation, SplitControl::Test}) {
            const int share = p == SplitControl::Train ? spec.train : p == SplitControl::Validation ? spec.validation
                                                                                                      : spec.test;
            QCOMPARE(split->spinBox(p)->value(), share);
            QCOMPARE(split->slider(p)->value(), share);
        }
    }
    // The last split reaches the worker.
    const SplitPercent last = m_workspace->spec().split;
    QVERIFY(waitForData(*m_workspace, [&](const DataReport &r) {
        return r.split.train.size() == engine::splitDataset(500, last, 1).train.size()
            && r.split.validation.size() == engine::splitDataset(500, last, 1).validation.size();
    }));
}

void tst_DataPanel::zeroValidationIsAllowed()
{
    SplitControl *split = m_panel->findChild<SplitControl *>();
    split->spinBox(SplitControl::Validation)->setValue(0);
    QCOMPARE(m_workspace->spec().split.validation, 0);
    QCOMPARE(m_workspace->spec().split.test, 40);
    QCOMPARE(m_workspace->undoStack().text(m_workspace->undoStack().count() - 1), QStringLiteral("Change the split to 60/0/40"));
    QVERIFY(waitForData(*m_workspace, [](const DataReport &r) { return r.split.validation.empty(); }));
    QCOMPARE(static_cast<int>(m_workspace->session().data().split.test.size()), 200);
}

void tst_DataPanel::dragCommitsOnceOnRelease()
{
    SplitControl *split = m_panel->findChild<SplitControl *>();
    QSlider *train = split->slider(SplitControl::Train);
    train->setSliderDown(true);
    for (int v = 61; v <= 95; ++v)
        train->setValue(v);
    train->setValue(70); // dragging back keeps validation: the drag starts from 60/20/20
    QCOMPARE(m_workspace->undoStack().count(), 0);
    QCOMPARE(split->spinBox(SplitControl::Validation)->value(), 20);
    QCOMPARE(split->spinBox(SplitControl::Test)->value(), 10);
    train->setSliderDown(false); // emits sliderReleased
    QCOMPARE(m_workspace->undoStack().count(), 1);
    QCOMPARE(m_workspace->spec().split.train, 70);
    QCOMPARE(m_workspace->spec().split.test, 10);
}

void tst_DataPanel::splitBarShowsTheReportCounts()
{
    SplitBar *bar = m_panel->findChild<SplitBar *>();
    const engine::DataSplit &split = m_workspace->session().data().split;
    QCOMPARE(bar->counts()[0], static_cast<int>(split.train.size()));
    QCOMPARE(bar->counts()[1], static_cast<int>(split.validation.size()));
    QCOMPARE(bar->counts()[2], 100);
    // Segments are proportional: 60 % of the bar for training.
    bar->resize(300, bar->sizeHint().height());
    QVERIFY(qAbs(bar->segment(0).width() / (bar->width() - 1) - 0.6) < 0.01);
    // While dragging, the counts preview the engine's rounding.
    SplitControl *control = m_panel->findChild<SplitControl *>();
    control->slider(SplitControl::Train)->setSliderDown(true);
    control->slider(SplitControl::Train)->setValue(80);
    QCOMPARE(bar->counts()[0], 400);
    QCOMPARE(bar->counts()[2], 0);
    QVERIFY(bar->segment(2).isEmpty());
}

void tst_DataPanel::fullBatchSetsBatchSizeZero()
{
    auto *full = control<QCheckBox>(*m_panel, "fullBatch");
    auto *batch = control<QSpinBox>(*m_panel, "batchSize");
    batch->setValue(5);
    QCOMPARE(m_workspace->spec().training.batchSize, 5);
    QTest::mouseClick(full, Qt::LeftButton);
    QCOMPARE(m_workspace->spec().training.batchSize, 0);
    QVERIFY(!batch->isEnabled());
    QTest::mouseClick(full, Qt::LeftButton);
    QCOMPARE(m_workspace->spec().training.batchSize, 5);
    QVERIFY(batch->isEnabled());
}

void tst_DataPanel::undoRestoresSpecAndControls()
{
    auto *noise = control<QSlider>(*m_panel, "noise");
    noise->setValue(25);
    QCOMPARE(m_workspace->spec().data.noise, 25.0);
    QCOMPARE(m_workspace->undoStack().undoText(), QStringLiteral("Change noise to 25 %"));
    auto *samples = control<QSpinBox>(*m_panel, "samples");
    samples->setValue(1000);
    QVERIFY(waitForData(*m_workspace, [](const DataReport &r) { return r.dataset.size() == 1000; }));

    m_workspace->undoStack().undo();
    QCOMPARE(m_workspace->spec().data.samples, 500);
    QCOMPARE(samples->value(), 500);
    m_workspace->undoStack().undo();
    QCOMPARE(m_workspace->spec().data.noise, 0.0);
    QCOMPARE(noise->value(), 0);
    QVERIFY(m_panel->findChildren<QLabel *>().size() > 0);
    bool labelShowsZero = false;
    for (QLabel *label : m_panel->findChildren<QLabel *>())
        labelShowsZero = labelShowsZero || label->text() == QStringLiteral("0 %");
    QVERIFY(labelShowsZero);
    // Undo of a data-set choice moves the picker back.
    DatasetPicker *picker = m_panel->findChild<DatasetPicker *>();
    QTest::mouseClick(picker->button(DatasetKind::Moons), Qt::LeftButton);
    m_workspace->undoStack().undo();
    QCOMPARE(picker->kind(), DatasetKind::Circle);
    QVERIFY(picker->button(DatasetKind::Circle)->isChecked());
}

void tst_DataPanel::optionsShowOnlyWhereTheyApply()
{
    DatasetPicker *picker = m_panel->findChild<DatasetPicker *>();
    m_panel->show();
    auto visible = [this](const char *name) { return control<QWidget>(*m_panel, name)->isVisible(); };
    QVERIFY(visible("noise") && visible("samples") && !visible("classes") && !visible("positiveFraction"));
    QVERIFY(!visible("clearPoints"));
    QTest::mouseClick(picker->button(DatasetKind::Blobs), Qt::LeftButton);
    QVERIFY(visible("classes"));
    QCOMPARE(control<QSpinBox>(*m_panel, "classes")->minimum(), 3);
    control<QSpinBox>(*m_panel, "classes")->setValue(5);
    QCOMPARE(m_workspace->spec().data.classes, 5);
    QVERIFY(waitForData(*m_workspace, [](const DataReport &r) { return r.dataset.classCount == 5; }));
    QTest::mouseClick(picker->button(DatasetKind::GaussImbalanced), Qt::LeftButton);
    QVERIFY(visible("positiveFraction") && !visible("classes"));
    control<QSpinBox>(*m_panel, "positiveFraction")->setValue(25);
    QCOMPARE(m_workspace->spec().data.positiveFraction, 0.25);
    QTest::mouseClick(picker->button(DatasetKind::Digits), Qt::LeftButton);
    QVERIFY(!visible("noise") && !visible("samples") && !visible("positiveFraction"));
}

void tst_DataPanel::regenerateDrawsANewDataSeed()
{
    const std::uint64_t before = m_workspace->spec().data.seed;
    QTest::mouseClick(control<QPushButton>(*m_panel, "regenerate"), Qt::LeftButton);
    const std::uint64_t after = m_workspace->spec().data.seed;
    QVERIFY(after != before);
    QCOMPARE(static_cast<std::uint64_t>(control<QSpinBox>(*m_panel, "dataSeed")->value()), after);
    // The same seed typed in gives the same data back.
    control<QSpinBox>(*m_panel, "dataSeed")->setValue(static_cast<int>(before));
    QCOMPARE(m_workspace->spec().data.seed, before);
    control<QSpinBox>(*m_panel, "initSeed")->setValue(9);
    QCOMPARE(m_workspace->spec().initSeed, 9u);
}

void tst_DataPanel::drawingEditsTheCustomPoints()
{
    QSignalSpy drawing(m_panel.get(), &DataPanel::drawingModeChanged);
    m_panel->addPoint(1, 1, 1); // not drawing yet: ignored
    QCOMPARE(m_workspace->undoStack().count(), 0);

    DatasetPicker *picker = m_panel->findChild<DatasetPicker *>();
    QTest::mouseClick(picker->button(DatasetKind::Custom), Qt::LeftButton);
    QCOMPARE(m_workspace->spec().data.kind, DatasetKind::Custom);
    QCOMPARE(drawing.count(), 1);
    QCOMPARE(drawing.at(0).at(0).toBool(), true);
    QCOMPARE(drawing.at(0).at(1).toInt(), 1); // positive (blue) first
    const std::size_t starter = m_workspace->spec().customPoints.size();
    QVERIFY(starter > 0); // starts from a sample of the circle, never an untrainable empty set

    m_panel->addPoint(1.5, -2.0, 0);
    QCOMPARE(m_workspace->spec().customPoints.size(), starter + 1);
    const engine::LabeledPoint &added = m_workspace->spec().customPoints.back();
    QCOMPARE(added.x, 1.5);
    QCOMPARE(added.y, -2.0);
    QCOMPARE(added.label, 0.0);
    QVERIFY(waitForData(*m_workspace, [&](const DataReport &r) { return r.dataset.size() == int(starter) + 1; }));
    m_panel->addPoint(0, 0, 3); // no such class in a binary set
    QCOMPARE(m_workspace->spec().customPoints.size(), starter + 1);

    m_panel->erasePoints({0, 1, 1, 9999});
    QCOMPARE(m_workspace->spec().customPoints.size(), starter - 1);
    QCOMPARE(m_workspace->undoStack().undoText(), QStringLiteral("Erase 2 point(s)"));

    // Three classes: a class picker per class; points of class 2 may be drawn.
    control<QSpinBox>(*m_panel, "classes")->setValue(3);
    QCOMPARE(m_workspace->spec().customTask, engine::Task::MultiClass);
    m_panel->addPoint(2, 2, 2);
    QCOMPARE(m_workspace->spec().customPoints.back().label, 2.0);
    QVERIFY(waitForData(*m_workspace, [](const DataReport &r) { return r.dataset.classCount == 3; }));

    QTest::mouseClick(control<QPushButton>(*m_panel, "clearPoints"), Qt::LeftButton);
    QVERIFY(m_workspace->spec().customPoints.empty());
    m_workspace->undoStack().undo();
    QVERIFY(!m_workspace->spec().customPoints.empty());

    QTest::mouseClick(picker->button(DatasetKind::Xor), Qt::LeftButton);
    QCOMPARE(drawing.last().at(0).toBool(), false);
}

void tst_DataPanel::drawnClassesOutliveAnotherSetsClassCount()
{
    // Drawn points of three classes, then random labels with two classes, then the drawing again:
    // the class count is shared, and the drawing must still load with its three classes.
    DatasetPicker *picker = m_panel->findChild<DatasetPicker *>();
    QTest::mouseClick(picker->button(DatasetKind::Custom), Qt::LeftButton);
    control<QSpinBox>(*m_panel, "classes")->setValue(3);
    m_panel->addPoint(2, 2, 2);
    QTest::mouseClick(picker->button(DatasetKind::RandomLabels), Qt::LeftButton);
    control<QSpinBox>(*m_panel, "classes")->setValue(2);
    QCOMPARE(m_workspace->spec().data.classes, 2);
    QSignalSpy failures(&m_workspace->session(), &TrainingSession::commandFailed);
    QTest::mouseClick(picker->button(DatasetKind::Custom), Qt::LeftButton);
    QCOMPARE(m_workspace->spec().data.classes, 3);
    QVERIFY(waitForData(*m_workspace, [](const DataReport &r) {
        return r.dataset.task == engine::Task::MultiClass && r.dataset.classCount == 3;
    }));
    QCOMPARE(failures.count(), 0);
}

void tst_DataPanel::setControlEnabledLocks()
{
    auto *noise = control<QSlider>(*m_panel, "noise");
    const QString tip = noise->toolTip();
    QVERIFY(!tip.isEmpty());
    m_panel->setControlEnabled(QStringLiteral("noise"), false);
    QVERIFY(!noise->isEnabled());
    QCOMPARE(noise->toolTip(), QStringLiteral("Locked in this lesson step"));
    m_panel->setControlEnabled(QStringLiteral("noise"), true);
    QVERIFY(noise->isEnabled());
    QCOMPARE(noise->toolTip(), tip);

    SplitControl *split = m_panel->findChild<SplitControl *>();
    m_panel->setControlEnabled(QStringLiteral("split"), false);
    for (auto p : {SplitControl::Train, SplitControl::Validation, SplitControl::Test})
        QVERIFY(!split->slider(p)->isEnabled() && !split->spinBox(p)->isEnabled());
    m_panel->setControlEnabled(QStringLiteral("split.validation"), true);
    QVERIFY(split->slider(SplitControl::Validation)->isEnabled());
    QVERIFY(split->spinBox(SplitControl::Validation)->isEnabled());
    QVERIFY(!split->slider(SplitControl::Train)->isEnabled());

    m_panel->setControlEnabled(QStringLiteral("dataset"), false);
    for (QWidget *button : m_panel->findChild<DatasetPicker *>()->buttons())
        QVERIFY(!button->isEnabled());
    // Every documented id names at least one control.
    for (const QString &id : DataPanel::controlIds()) {
        m_panel->setControlEnabled(id, false);
        bool found = false;
        for (QWidget *w : m_panel->findChildren<QWidget *>())
            found = found || ((w->objectName() == id || w->objectName().startsWith(id + QLatin1Char('.'))) && !w->isEnabled());
        QVERIFY2(found, qPrintable(id));
    }
}

// Not a check: with NL_SCREENSHOT_DIR set, saves the panel as PNGs to look at, optionally at
// NL_SCREENSHOT_WIDTH pixels, with the font scaled by NL_SCREENSHOT_FONT_SCALE, a dark palette
// when NL_SCREENSHOT_DARK is set, and the translations of NL_SCREENSHOT_QM installed.
void tst_DataPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("NL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set NL_SCREENSHOT_DIR to save screenshots");
    const int width = qEnvironmentVariableIntValue("NL_SCREENSHOT_WIDTH") > 0
                          ? qEnvironmentVariableIntValue("NL_SCREENSHOT_WIDTH")
                          : 300;
    const double scale = qEnvironmentVariable("NL_SCREENSHOT_FONT_SCALE", QStringLiteral("1")).toDouble();
    QFont font = QApplication::font();
    font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(font.pointSizeF() * scale);
    QApplication::setFont(font);
    if (qEnvironmentVariableIsSet("NL_SCREENSHOT_DARK")) {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
        QApplication::setPalette(dark);
    }
    QTranslator translator;
    if (qEnvironmentVariableIsSet("NL_SCREENSHOT_QM"))
        QVERIFY(translator.load(qEnvironmentVariable("NL_SCREENSHOT_QM")) && QCoreApplication::installTranslator(&translator));
    m_panel = std::make_unique<DataPanel>(m_workspace.get());
    m_panel->show();
    const QString suffix = qEnvironmentVariable("NL_SCREENSHOT_SUFFIX");
    auto save = [&](const QString &name) {
        const int height = m_panel->heightForWidth(width);
        m_panel->resize(width, height > 0 ? height : m_panel->sizeHint().height());
        QCoreApplication::processEvents();
        QVERIFY(m_panel->grab().save(dir + QLatin1Char('/') + name + suffix + QStringLiteral(".png")));
    };
    save(QStringLiteral("datapanel-circle"));
    DatasetPicker *picker = m_panel->findChild<DatasetPicker *>();
    QTest::mouseClick(picker->button(DatasetKind::Blobs), Qt::LeftButton);
    QVERIFY(waitForData(*m_workspace, [](const DataReport &r) { return r.dataset.classCount == 3; }));
    save(QStringLiteral("datapanel-blobs"));
    QTest::mouseClick(picker->button(DatasetKind::Custom), Qt::LeftButton);
    QTest::mouseClick(control<QCheckBox>(*m_panel, "fullBatch"), Qt::LeftButton);
    m_panel->setControlEnabled(QStringLiteral("split"), false);
    save(QStringLiteral("datapanel-custom"));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(tst_DataPanel)
#include "tst_datapanel.moc"
