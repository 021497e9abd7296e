// P3, P4, P9, P11: MetricsView, ConfusionMatrixView, GradientBarsView and CountersView show the
// numbers of a report, keep the test set hidden until asked, and emit the right samples on a click.
#include "confusiongrid.h"
#include "confusionmatrixview.h"
#include "countersview.h"
#include "gradientbarsview.h"
#include "metricsview.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <cmath>
#include <limits>

namespace {

engine::SplitMetrics split(double loss, double accuracy, int count, bool hasAccuracy = true)
{
    engine::SplitMetrics m;
    m.loss = loss;
    m.accuracy = accuracy;
    m.count = count;
    m.hasAccuracy = hasAccuracy;
    return m;
}

// Ten points with chosen classes, split 6 / 2 / 2 by hand.
DataReport handBuiltData(const std::vector<int> &classes, engine::Task task, int classCount, quint64 generation = 1)
{
    std::vector<engine::LabeledPoint> points;
    for (std::size_t i = 0; i < classes.size(); ++i)
        points.push_back({double(i), 0.0, double(classes[i])});
    DataReport data;
    data.generation = generation;
    data.dataset = engine::Dataset::fromPoints(points, task, classCount);
    const int n = int(classes.size());
    for (int i = 0; i < n; ++i)
        (i < n * 6 / 10 ? data.split.train : i < n * 8 / 10 ? data.split.validation : data.split.test).push_back(i);
    return data;
}

TrainingReport predictionReport(const std::vector<int> &predictions, quint64 generation = 1)
{
    TrainingReport report;
    report.generation = generation;
    report.predictions = predictions;
    return report;
}

// Translates every string to "X:" + source, to see which texts follow a language change.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("X:") + QString::fromUtf8(source);
    }
};

QLabel *label(const QWidget &parent, const char *name)
{
    return parent.findChild<QLabel *>(QLatin1String(name));
}

} // namespace

class tst_MetricsViews : public QObject
{
    Q_OBJECT

private slots:
    void metricsShowNumbersAndHideTest();
    void metricsRegressionHasNoAccuracy();
    void confusionBinaryCounts();
    void confusionClickEmitsSamples();
    void confusionMultiClass();
    void confusionFollowsTraining();
    void confusionWithoutMatrix();
    void gradientBarsFollowMagnitudes();
    void countersShowCounts();
    void viewsRetranslate();
};

void tst_MetricsViews::metricsShowNumbersAndHideTest()
{
    MetricsView view;
    view.setData(handBuiltData({1, 0, 1, 0, 1, 0, 1, 0, 1, 0}, engine::Task::Binary, 2));
    QCOMPARE(label(view, "trainingCount")->text(), QStringLiteral("6"));
    QCOMPARE(label(view, "trainingLoss")->text(), QStringLiteral("\u2014"));
    QCOMPARE(label(view, "epochLabel")->text(), QStringLiteral("Not trained yet"));

    TrainingReport report;
    report.generation = 1;
    report.epoch = 12;
    report.current.train = split(0.1234, 0.953, 300);
    report.current.validation = split(0.1734, 0.9, 100);
    report.current.test = split(0.4321, 0.87, 100);
    view.setReport(report);
    view.show();
    QCOMPARE(label(view, "trainingCount")->text(), QStringLiteral("300"));
    QCOMPARE(label(view, "trainingLoss")->text(), QStringLiteral("0.1234"));
    QCOMPARE(label(view, "trainingAccuracy")->text(), QStringLiteral("0.953 (95.3%)"));
    QCOMPARE(label(view, "validationAccuracy")->text(), QStringLiteral("0.900 (90.0%)"));
    QCOMPARE(label(view, "epochLabel")->text(), QStringLiteral("After epoch 12"));
    QVERIFY(label(view, "gapLabel")->text().endsWith(QStringLiteral(": +0.0500")));
    // Test: the count is shown, the results are not.
    QCOMPARE(label(view, "testCount")->text(), QStringLiteral("100"));
    QVERIFY(!label(view, "testLoss")->isVisible());
    QVERIFY(!label(view, "testAccuracy")->isVisible());
    QVERIFY(view.findChild<QWidget *>(QStringLiteral("testHidden"))->isVisible());

    view.setShowTest(true);
    QVERIFY(label(view, "testLoss")->isVisible());
    QCOMPARE(label(view, "testLoss")->text(), QStringLiteral("0.4321"));
    QCOMPARE(label(view, "testAccuracy")->text(), QStringLiteral("0.870 (87.0%)"));
    QVERIFY(!view.findChild<QWidget *>(QStringLiteral("testHidden"))->isVisible());

    // Mid-epoch, non-finite and empty values.
    report.batchInEpoch = 3;
    report.batchesPerEpoch = 30;
    report.current.train.loss = std::numeric_limits<double>::quiet_NaN();
    report.current.validation.count = 0;
    view.setReport(report);
    QCOMPARE(label(view, "epochLabel")->text(), QStringLiteral("In epoch 13, after batch 3 of 30"));
    QCOMPARE(label(view, "trainingLoss")->text(), QStringLiteral("\u2014"));
    QVERIFY(label(view, "gapLabel")->text().endsWith(QStringLiteral(": \u2014")));
}

void tst_MetricsViews::metricsRegressionHasNoAccuracy()
{
    MetricsView view;
    std::vector<engine::LabeledPoint> points{{0, 0, 0.5}, {1, 0, -0.5}};
    DataReport data;
    data.dataset = engine::Dataset::fromPoints(points, engine::Task::Regression, 0);
    data.split.train = {0, 1};
    view.setData(data);
    TrainingReport report;
    report.current.train = split(0.02, 0.0, 2, false);
    view.setReport(report);
    QCOMPARE(label(view, "trainingLoss")->text(), QStringLiteral("0.0200"));
    QCOMPARE(label(view, "trainingAccuracy")->text(), QStringLiteral("\u2014"));
}

void tst_MetricsViews::confusionBinaryCounts()
{
    ConfusionMatrixView view;
    // Samples 0-5 train, 6-7 validation, 8-9 test.
    view.setData(handBuiltData({1, 1, 1, 0, 0, 0, 1, 0, 1, 0}, engine::Task::Binary, 2));
    view.setReport(predictionReport({1, 0, 1, 1, 0, 0, 0, 0, 1, 1}));
    ConfusionGrid *grid = view.grid();
    QCOMPARE(grid->classCount(), 2);
    QCOMPARE(grid->count(1, 1), 2); // TP: 0, 2
    QCOMPARE(grid->count(1, 0), 1); // FN: 1
    QCOMPARE(grid->count(0, 1), 1); // FP: 3
    QCOMPARE(grid->count(0, 0), 2); // TN: 4, 5
    QCOMPARE(view.cellSamples(0, 0), (QList<int>{4, 5}));
    QVERIFY(label(view, "accuracyLabel")->text().contains(QStringLiteral("4 / 6 = 0.667 (66.7%)")));

    // The textbook layout: TP FN on the first row, FP TN on the second.
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect tp = grid->cellRect(1, 1), fn = grid->cellRect(1, 0), fp = grid->cellRect(0, 1), tn = grid->cellRect(0, 0);
    QVERIFY(!tp.isEmpty());
    QVERIFY(tp.right() < fn.left() && tp.bottom() < fp.top());
    QCOMPARE(tn.topLeft(), QPoint(fn.left(), fp.top()));
    // Correct cells are tinted teal, mistakes red.
    const QImage image = grid->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const QColor correct = image.pixelColor((tp.topLeft() + QPoint(4, 4)) * ratio);
    const QColor wrong = image.pixelColor((fn.topLeft() + QPoint(4, 4)) * ratio);
    QVERIFY2(correct.green() > correct.red() + 40, qPrintable(correct.name()));
    QVERIFY2(wrong.red() > wrong.green() + 40, qPrintable(wrong.name()));

    // Validation and, once shown, test.
    auto *box = view.findChild<QComboBox *>(QStringLiteral("splitBox"));
    QCOMPARE(box->count(), 2);
    view.setCurrentSplit(ConfusionMatrixView::Validation);
    QCOMPARE(view.cellSamples(1, 0), QList<int>{6});
    QCOMPARE(view.cellSamples(0, 0), QList<int>{7});
    view.setCurrentSplit(ConfusionMatrixView::Test); // not offered yet
    QCOMPARE(view.currentSplit(), ConfusionMatrixView::Validation);
    view.setShowTest(true);
    QCOMPARE(box->count(), 3);
    view.setCurrentSplit(ConfusionMatrixView::Test);
    QCOMPARE(view.cellSamples(1, 1), QList<int>{8});
    QCOMPARE(view.cellSamples(0, 1), QList<int>{9});
    view.setShowTest(false);
    QCOMPARE(box->count(), 2);
    QCOMPARE(view.currentSplit(), ConfusionMatrixView::Validation);
    QCOMPARE(view.cellSamples(1, 0), QList<int>{6});
}

void tst_MetricsViews::confusionClickEmitsSamples()
{
    ConfusionMatrixView view;
    view.setData(handBuiltData({1, 1, 1, 0, 0, 0, 1, 0, 1, 0}, engine::Task::Binary, 2));
    view.setReport(predictionReport({1, 0, 1, 1, 0, 0, 0, 0, 1, 1}));
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy clicked(&view, &ConfusionMatrixView::cellClicked);
    ConfusionGrid *grid = view.grid();

    QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(1, 1).center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst().at(0).value<QList<int>>(), (QList<int>{0, 2}));
    QCOMPARE(view.selectedSamples(), (QList<int>{0, 2}));

    QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(0, 1).center());
    QCOMPARE(clicked.takeFirst().at(0).value<QList<int>>(), QList<int>{3});

    // The same cell again clears the selection.
    QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(0, 1).center());
    QCOMPARE(clicked.takeFirst().at(0).value<QList<int>>(), QList<int>());
    QVERIFY(view.selectedSamples().isEmpty());

    // Outside the cells: nothing.
    QTest::mouseClick(grid, Qt::LeftButton, {}, QPoint(1, 1));
    QCOMPARE(clicked.count(), 0);
}

void tst_MetricsViews::confusionMultiClass()
{
    ConfusionMatrixView view;
    const std::vector<int> classes{0, 1, 2, 2, 1, 0, 0, 1, 2, 0};
    view.setData(handBuiltData(classes, engine::Task::MultiClass, 3));
    view.setReport(predictionReport({0, 2, 2, 1, 1, 0, 0, 1, 2, 0}));
    view.resize(500, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ConfusionGrid *grid = view.grid();
    QCOMPARE(grid->classCount(), 3);
    QCOMPARE(grid->count(0, 0), 2);
    QCOMPARE(grid->count(1, 2), 1);
    QCOMPARE(grid->count(2, 1), 1);
    QCOMPARE(grid->count(2, 2), 1);
    QCOMPARE(grid->count(1, 1), 1);
    // Classes in index order: row 2 below row 1, column 1 left of column 2; cells square.
    QVERIFY(grid->cellRect(2, 0).top() > grid->cellRect(1, 0).top());
    QVERIFY(grid->cellRect(0, 1).left() < grid->cellRect(0, 2).left());
    QCOMPARE(grid->cellRect(1, 1).width(), grid->cellRect(1, 1).height());

    QSignalSpy clicked(&view, &ConfusionMatrixView::cellClicked);
    QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(2, 1).center());
    QCOMPARE(clicked.takeFirst().at(0).value<QList<int>>(), QList<int>{3});
}

void tst_MetricsViews::confusionFollowsTraining()
{
    ConfusionMatrixView view;
    view.setData(handBuiltData({1, 1, 1, 0, 0, 0, 1, 0, 1, 0}, engine::Task::Binary, 2));
    view.setReport(predictionReport({1, 0, 1, 1, 0, 0, 0, 0, 1, 1}));
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy changed(&view, &ConfusionMatrixView::selectedSamplesChanged);
    QSignalSpy clicked(&view, &ConfusionMatrixView::cellClicked);
    QTest::mouseClick(view.grid(), Qt::LeftButton, {}, view.grid()->cellRect(1, 1).center());
    QCOMPARE(changed.takeFirst().at(0).value<QList<int>>(), (QList<int>{0, 2}));

    // Training moves sample 1 into TP: the selection follows, without a click signal.
    view.setReport(predictionReport({1, 1, 1, 1, 0, 0, 0, 0, 1, 1}));
    QCOMPARE(changed.takeFirst().at(0).value<QList<int>>(), (QList<int>{0, 1, 2}));
    view.setReport(predictionReport({1, 1, 1, 1, 0, 0, 0, 0, 1, 1}));
    QCOMPARE(changed.count(), 0); // no change, no signal
    QCOMPARE(clicked.count(), 1);

    // New data (a new generation) drops the selection.
    view.setData(handBuiltData({0, 0, 0, 0, 0, 1, 1, 1, 1, 1}, engine::Task::Binary, 2, 2));
    QCOMPARE(changed.takeFirst().at(0).value<QList<int>>(), QList<int>());
    QVERIFY(view.selectedSamples().isEmpty());
}

void tst_MetricsViews::confusionWithoutMatrix()
{
    ConfusionMatrixView view;
    QCOMPARE(view.grid()->classCount(), 0);
    // Predictions of an older generation do not fit the new data.
    view.setData(handBuiltData({1, 1, 1, 0, 0, 0, 1, 0, 1, 0}, engine::Task::Binary, 2, 5));
    view.setReport(predictionReport({1, 0, 1}, 4));
    QCOMPARE(view.grid()->classCount(), 0);
    std::vector<engine::LabeledPoint> points{{0, 0, 0.5}, {1, 0, -0.5}};
    DataReport regression;
    regression.dataset = engine::Dataset::fromPoints(points, engine::Task::Regression, 0);
    regression.split.train = {0, 1};
    view.setData(regression);
    view.setReport(TrainingReport());
    QCOMPARE(view.grid()->classCount(), 0);
    QVERIFY(view.cellSamples(0, 0).isEmpty());
}

void tst_MetricsViews::gradientBarsFollowMagnitudes()
{
    GradientBarsView view;
    view.resize(600, 300);
    TrainingReport report;
    report.gradientMagnitudes = {1e-3, 1e-6, 0.5, std::numeric_limits<double>::quiet_NaN(), 0.0, 3.2e-4};
    view.setReport(report);
    QCOMPARE(view.layerCount(), 6);
    QCOMPARE(view.layerName(0), QStringLiteral("Layer 1 (hidden)"));
    QCOMPARE(view.layerName(5), QStringLiteral("Output"));
    QCOMPARE(view.valueText(5), QStringLiteral("3.2e-04"));
    QCOMPARE(view.valueText(3), QStringLiteral("\u2014"));
    // Longer bars for larger magnitudes; nothing for NaN or 0.
    QVERIFY(view.barRect(2).width() > view.barRect(0).width());
    QVERIFY(view.barRect(0).width() > view.barRect(5).width());
    QVERIFY(view.barRect(5).width() > view.barRect(1).width());
    QVERIFY(view.barRect(1).width() > 0);
    QVERIFY(view.barRect(3).isEmpty());
    QVERIFY(view.barRect(4).isEmpty());
    // A log axis: three decades (1e-6 .. 1e-3) are a third of the nine-decade axis.
    const double decades = (view.barRect(0).width() - view.barRect(1).width()) / 3.0;
    QVERIFY(std::abs(view.barRect(2).width() - view.barRect(0).width() - decades * std::log10(500.0)) < 1.0);
    // Rows in layer order, one below the other.
    QVERIFY(view.barRect(1).top() > view.barRect(0).bottom());
    // Painting a report with NaN does not fail, and bars are drawn in the bar colour.
    const QImage image = view.grab().toImage();
    const QPointF inBar = view.barRect(2).center() * image.devicePixelRatio();
    QCOMPARE(image.pixelColor(inBar.toPoint()), QColor(0x08, 0x77, 0xBD));
}

void tst_MetricsViews::countersShowCounts()
{
    CountersView view;
    TrainingReport report;
    report.epoch = 232;
    report.batchInEpoch = 7;
    report.batchesPerEpoch = 30;
    report.updates = 12007;
    report.samplesSeen = 120070;
    report.msPerEpoch = 0.0213;
    view.setReport(report);
    QCOMPARE(view.valueText(CountersView::Epoch), QStringLiteral("000,232"));
    QCOMPARE(view.valueText(CountersView::Updates), QStringLiteral("12,007"));
    QCOMPARE(view.valueText(CountersView::Samples), QStringLiteral("120,070"));
    QCOMPARE(view.valueText(CountersView::MsPerEpoch), QStringLiteral("0.021"));
    QCOMPARE(view.detailText(), QStringLiteral("batch 7 of 30 in this epoch"));
    QCOMPARE(CountersView::formatEpoch(1234567), QStringLiteral("1,234,567"));
    QCOMPARE(CountersView::formatCount(999), QStringLiteral("999"));
    QCOMPARE(CountersView::formatCount(1000), QStringLiteral("1,000"));
    // Big numbers: twice the caption's font.
    QVERIFY(label(view, "epochValue")->font().pointSizeF() >= 1.9 * label(view, "epochCaption")->font().pointSizeF());
    report.msPerEpoch = std::numeric_limits<double>::quiet_NaN();
    view.setReport(report);
    QCOMPARE(view.valueText(CountersView::MsPerEpoch), QStringLiteral("\u2014"));
}

void tst_MetricsViews::viewsRetranslate()
{
    MetricsView metrics;
    ConfusionMatrixView confusion;
    GradientBarsView bars;
    CountersView counters;
    TrainingReport report;
    report.gradientMagnitudes = {1e-3, 1e-2};
    bars.setReport(report);
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(label(counters, "epochCaption")->text(), QStringLiteral("X:Epoch"));
    QCOMPARE(label(metrics, "epochLabel")->text(), QStringLiteral("X:Not trained yet"));
    QCOMPARE(metrics.accessibleName(), QStringLiteral("X:Metrics table"));
    QCOMPARE(confusion.findChild<QComboBox *>(QStringLiteral("splitBox"))->itemText(0), QStringLiteral("X:Training set"));
    QCOMPARE(bars.layerName(1), QStringLiteral("X:Output"));
    QCOMPARE(bars.toolTip().left(2), QStringLiteral("X:"));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(label(counters, "epochCaption")->text(), QStringLiteral("Epoch"));
}

QTEST_MAIN(tst_MetricsViews)
#include "tst_metricsviews.moc"
