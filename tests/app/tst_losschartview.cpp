// P2: LossChartView keeps its curves bounded however long training runs, switches to a log axis,
// keeps earlier runs as faded overlays and marks the best validation epoch and loss increases.
#include "curvehistory.h"
#include "losschartview.h"
#include "metricchart.h"
#include "runoverlays.h"

#include <QAbstractAxis>
#include <QCheckBox>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPushButton>
#include <QScatterSeries>
#include <QTabBar>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

engine::SplitMetrics split(double loss, double accuracy, int count = 100)
{
    engine::SplitMetrics m;
    m.loss = loss;
    m.accuracy = accuracy;
    m.count = count;
    m.hasAccuracy = true;
    return m;
}

engine::EpochMetrics epochMetrics(int epoch, double trainLoss, double validationLoss, double testLoss)
{
    engine::EpochMetrics e;
    e.epoch = epoch;
    e.train = split(trainLoss, 0.9);
    e.validation = split(validationLoss, 0.8);
    e.test = split(testLoss, 0.7);
    return e;
}

// A smooth loss curve: 1 / (1 + epoch / 10).
double smoothLoss(int epoch)
{
    return 1.0 / (1.0 + epoch / 10.0);
}

TrainingReport report(quint64 generation, int firstEpoch, int lastEpoch, int best = -1)
{
    TrainingReport r;
    r.generation = generation;
    for (int e = firstEpoch; e <= lastEpoch; ++e)
        r.newEpochs.push_back(epochMetrics(e, smoothLoss(e), 1.2 * smoothLoss(e), 1.3 * smoothLoss(e)));
    r.current = r.newEpochs.empty() ? engine::EpochMetrics() : r.newEpochs.back();
    r.epoch = lastEpoch;
    r.bestValidationEpoch = best;
    return r;
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

QList<QAbstractSeries *> seriesNamed(const LossChartView &view, const QString &objectName)
{
    QList<QAbstractSeries *> found;
    for (MetricChart *chart : {view.lossChart(), view.accuracyChart()})
        for (QAbstractSeries *series : chart->chart()->series())
            if (series->objectName() == objectName)
                found.append(series);
    return found;
}

} // namespace

class tst_LossChartView : public QObject
{
    Q_OBJECT

private slots:
    void curveHistoryStaysEven();
    void curveHistorySkipsNonFinite();
    void boundedOverLongRun();
    void logToggleSwitchesAxis();
    void newGenerationKeepsFadedOverlay();
    void bestEpochMarker();
    void lossUpMarkers();
    void testCurveHiddenUntilShown();
    void emptySplitHasNoLegendEntry();
    void accuracyTabFollowsTask();
    void retranslatesAtRunTime();
    void followsDarkPalette();
};

void tst_LossChartView::curveHistoryStaysEven()
{
    CurveHistory history(100);
    for (int x = 0; x <= 1000; ++x) {
        history.append(x, x * 2.0);
        QVERIFY(history.points().size() <= 100);
        QCOMPARE(history.points().last().x(), double(x));
    }
    // Evenly spaced apart from the newest point: every gap but the last is the same stride.
    const QList<QPointF> &points = history.points();
    QCOMPARE(points.first().x(), 0.0);
    const double stride = points[1].x() - points[0].x();
    QVERIFY(stride >= 8);
    for (int i = 1; i < points.size() - 1; ++i)
        QCOMPARE(points[i].x() - points[i - 1].x(), stride);
    // An epoch sent again replaces what came after it; one at the start means a new curve.
    const qsizetype before = history.points().size();
    history.append(1000, -1.0);
    QCOMPARE(history.points().size(), before);
    QCOMPARE(history.points().last(), QPointF(1000.0, -1.0));
    history.append(500, -2.0);
    QVERIFY(history.points().size() < before);
    QCOMPARE(history.points().last(), QPointF(500.0, -2.0));
    const double previous = history.points().at(history.points().size() - 2).x();
    QVERIFY(previous < 500.0 && previous >= 500.0 - stride);
    history.append(0, 1.0);
    QCOMPARE(history.points().size(), 1);
}

void tst_LossChartView::curveHistorySkipsNonFinite()
{
    CurveHistory history;
    history.append(0, 1.0);
    history.append(1, std::numeric_limits<double>::quiet_NaN());
    history.append(2, std::numeric_limits<double>::infinity());
    history.append(3, 0.5);
    QCOMPARE(history.points().size(), 2);
    double low = 0, high = 0;
    QVERIFY(history.yRange(low, high));
    QCOMPARE(low, 0.5);
    QCOMPARE(high, 1.0);
}

void tst_LossChartView::boundedOverLongRun()
{
    LossChartView view;
    view.setShowTest(true);
    view.resize(640, 360);
    view.setReport(report(1, 0, 0));
    for (int first = 1; first <= 5000; first += 50) {
        view.setReport(report(1, first, first + 49));
        for (MetricChart *chart : {view.lossChart(), view.accuracyChart()}) {
            for (int s = 0; s < MetricChart::SplitCount; ++s) {
                const QLineSeries *curve = chart->curve(MetricChart::Split(s));
                QVERIFY2(curve->count() <= CurveHistory::kDefaultCap, qPrintable(QString::number(curve->count())));
                QCOMPARE(curve->points().last().x(), double(first + 49));
            }
        }
    }
    const QLineSeries *training = view.lossChart()->curve(MetricChart::Training);
    QVERIFY(training->count() > CurveHistory::kDefaultCap / 4); // thinned, not emptied
    QCOMPARE(training->points().first(), QPointF(0.0, 1.0));
    QCOMPARE(training->points().last().y(), smoothLoss(5000));
    QVERIFY(view.lossChart()->xAxis()->max() >= 5000.0);
    QVERIFY(view.lossChart()->xAxis()->max() <= 6000.0);
    QCOMPARE(view.accuracyChart()->curve(MetricChart::Validation)->points().last().y(), 80.0);
}

void tst_LossChartView::logToggleSwitchesAxis()
{
    LossChartView view;
    TrainingReport r = report(1, 0, 20, 20);
    r.newEpochs[5].train.loss = 0.0; // clamped for the log axis, never log(0)
    view.setReport(r);
    MetricChart *chart = view.lossChart();
    QCOMPARE(chart->yAxis()->type(), QAbstractAxis::AxisTypeValue);

    auto *box = view.findChild<QCheckBox *>(QStringLiteral("logScaleBox"));
    QVERIFY(box);
    box->click();
    QVERIFY(view.isLogScale());
    QCOMPARE(chart->yAxis()->type(), QAbstractAxis::AxisTypeLogValue);
    const QList<QAbstractAxis *> vertical = chart->chart()->axes(Qt::Vertical);
    QCOMPARE(vertical.size(), 1);
    QCOMPARE(vertical.first()->type(), QAbstractAxis::AxisTypeLogValue);
    for (QAbstractSeries *series : chart->chart()->series())
        QVERIFY(series->attachedAxes().contains(vertical.first()));
    auto *logAxis = static_cast<QLogValueAxis *>(chart->yAxis());
    QVERIFY(logAxis->min() > 0);
    QVERIFY(logAxis->min() <= MetricChart::kMinLoss);
    QCOMPARE(chart->curve(MetricChart::Training)->at(5).y(), MetricChart::kMinLoss);
    // The accuracy chart has no log axis.
    QCOMPARE(view.accuracyChart()->yAxis()->type(), QAbstractAxis::AxisTypeValue);

    view.setLogScale(false);
    QVERIFY(!box->isChecked());
    QCOMPARE(chart->chart()->axes(Qt::Vertical).first()->type(), QAbstractAxis::AxisTypeValue);
    QCOMPARE(chart->chart()->axes(Qt::Vertical).size(), 1);
}

void tst_LossChartView::newGenerationKeepsFadedOverlay()
{
    LossChartView view;
    auto *clear = view.findChild<QPushButton *>(QStringLiteral("clearOldRunsButton"));
    QVERIFY(clear);
    view.setReport(report(1, 0, 300));
    QCOMPARE(view.overlayCount(), 0);
    QVERIFY(!clear->isEnabled());

    // A new generation starts the current curves over; the old run comes back as an overlay
    // once the run history has it (in the app, RunHistory -> WorkspacePage::showRunOverlays).
    view.setReport(report(2, 0, 10));
    QCOMPARE(view.overlayCount(), 0);
    QCOMPARE(view.lossChart()->curve(MetricChart::Training)->points().last().x(), 10.0);
    const TrainingReport old = report(1, 0, 300);
    view.setOverlays({{1, QColor(Qt::darkCyan), old.newEpochs}, {2, QColor(Qt::darkYellow), report(1, 0, 50).newEpochs}});
    QCOMPARE(view.overlayCount(), 2);
    QVERIFY(clear->isEnabled());
    const QList<QAbstractSeries *> overlays = seriesNamed(view, QStringLiteral("runOverlayCurve"));
    QCOMPARE(overlays.size(), 12); // three splits of two runs in both charts; test is kept but hidden
    int visible = 0;
    for (QAbstractSeries *series : overlays) {
        auto *line = static_cast<QLineSeries *>(series);
        visible += line->isVisible() ? 1 : 0;
        QVERIFY(std::abs(line->pen().color().alphaF() - RunOverlays::kAlpha) < 0.01);
    }
    QCOMPARE(visible, 8);
    // Each run in its colour, named by its number; training dashed, validation solid.
    const QList<QLineSeries *> first = view.lossChart()->overlays().series();
    QCOMPARE(first[0]->name(), QStringLiteral("Run 1"));
    QCOMPARE(first[0]->pen().color().rgb(), QColor(Qt::darkCyan).rgb());
    QCOMPARE(first[0]->pen().style(), Qt::DashLine);
    QCOMPARE(first[1]->pen().style(), Qt::SolidLine);
    QCOMPARE(first[0]->points().last().x(), 300.0);
    view.setShowTest(true);
    QCOMPARE(std::count_if(overlays.begin(), overlays.end(), [](QAbstractSeries *s) { return s->isVisible(); }), 12);
    // The x axis shows the whole old run.
    QVERIFY(view.lossChart()->xAxis()->max() >= 300.0);

    QSignalSpy hide(&view, &LossChartView::hideRunsRequested);
    clear->click();
    QCOMPARE(hide.count(), 1);
    view.setOverlays({});
    QCOMPARE(view.overlayCount(), 0);
    QVERIFY(seriesNamed(view, QStringLiteral("runOverlayCurve")).isEmpty());
    QVERIFY(!clear->isEnabled());
    QCOMPARE(view.lossChart()->xAxis()->max(), 10.0);
}

void tst_LossChartView::bestEpochMarker()
{
    LossChartView view;
    view.setReport(report(1, 0, 50, 37));
    const QLineSeries *line = view.lossChart()->bestEpochLine();
    QCOMPARE(line->count(), 2);
    QCOMPARE(line->at(0).x(), 37.0);
    QCOMPARE(line->at(1).x(), 37.0);
    QCOMPARE(line->at(0).y(), view.lossChart()->yAxis()->property("min").toDouble());
    QCOMPARE(line->at(1).y(), view.lossChart()->yAxis()->property("max").toDouble());
    QCOMPARE(view.lossChart()->bestEpochPoint()->at(0), QPointF(37.0, 1.2 * smoothLoss(37)));
    QCOMPARE(view.accuracyChart()->bestEpochPoint()->at(0), QPointF(37.0, 80.0));

    // The best epoch moves back to one sent in an earlier report (a report without epochs).
    view.setReport(report(1, 51, 50, 12));
    QCOMPARE(view.lossChart()->bestEpochPoint()->at(0), QPointF(12.0, 1.2 * smoothLoss(12)));
    // In log scale the line spans the log axis.
    view.setLogScale(true);
    QCOMPARE(line->at(0).y(), view.lossChart()->yAxis()->property("min").toDouble());
    // No validation best: no marker.
    view.setReport(report(1, 51, 60, -1));
    QCOMPARE(line->count(), 0);
    QCOMPARE(view.lossChart()->bestEpochPoint()->count(), 0);
}

void tst_LossChartView::lossUpMarkers()
{
    LossChartView view;
    TrainingReport r = report(1, 0, 20);
    r.newEpochs[7].train.loss = 5.0;  // up at 7, down at 8
    r.newEpochs[15].train.loss = 5.0; // up at 15
    r.newEpochs[16].train.loss = 6.0; // and up again at 16
    r.newEpochs[18].train.loss = std::numeric_limits<double>::quiet_NaN(); // skipped, never drawn
    view.setReport(r);
    QScatterSeries *markers = view.lossChart()->lossUpMarkers();
    QVERIFY(markers);
    QCOMPARE(markers->count(), 3);
    const QList<double> expected{7.0, 15.0, 16.0};
    auto *axis = static_cast<QValueAxis *>(view.lossChart()->yAxis());
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(markers->at(i).x(), expected[i]);
        // Ticks sit on the bottom edge of the plot, not on the curve.
        QVERIFY(markers->at(i).y() > axis->min());
        QVERIFY(markers->at(i).y() < axis->min() + 0.05 * (axis->max() - axis->min()));
    }
    QVERIFY(!view.accuracyChart()->lossUpMarkers());
    for (const QPointF &p : view.lossChart()->curve(MetricChart::Training)->points())
        QVERIFY(std::isfinite(p.y()));
    QCOMPARE(view.lossChart()->curve(MetricChart::Training)->count(), 20);
}

void tst_LossChartView::testCurveHiddenUntilShown()
{
    LossChartView view;
    TrainingReport r = report(1, 0, 10);
    r.newEpochs[0].test.loss = 3.0;
    view.setReport(r);
    QLineSeries *test = view.lossChart()->curve(MetricChart::Test);
    QVERIFY(!test->isVisible());
    QCOMPARE(test->count(), 11); // kept, so showing it reveals the whole history
    // A hidden curve does not stretch the axis (it would give the test loss away).
    auto *axis = static_cast<QValueAxis *>(view.lossChart()->yAxis());
    QCOMPARE(axis->max(), 1.5);
    view.setShowTest(true);
    QVERIFY(test->isVisible());
    QCOMPARE(axis->max(), 4.0);
}

void tst_LossChartView::emptySplitHasNoLegendEntry()
{
    // L10 and L11 train without a validation set: the legend must not name a curve that is not there.
    LossChartView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QLineSeries *validation = view.lossChart()->curve(MetricChart::Validation);
    const auto legendShows = [&] {
        const QList<QLegendMarker *> markers = view.lossChart()->chart()->legend()->markers(validation);
        return !markers.isEmpty() && markers.first()->isVisible();
    };
    view.setReport(report(1, 0, 3));
    QVERIFY(legendShows());
    TrainingReport r = report(2, 0, 3);
    for (engine::EpochMetrics &m : r.newEpochs)
        m.validation.count = 0;
    view.setReport(r);
    QVERIFY(!legendShows());
    view.setReport(report(3, 0, 3));
    QVERIFY(legendShows());
}

void tst_LossChartView::accuracyTabFollowsTask()
{
    LossChartView view;
    auto *tabs = view.findChild<QTabBar *>(QStringLiteral("chartTabs"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    auto *box = view.findChild<QCheckBox *>(QStringLiteral("logScaleBox"));
    QVERIFY(!box->isEnabled()); // the log scale is for the loss chart
    TrainingReport r = report(1, 0, 3);
    r.current.train.hasAccuracy = false;
    r.current.validation.hasAccuracy = false;
    view.setReport(r);
    QVERIFY(!tabs->isTabEnabled(1));
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(box->isEnabled());
}

void tst_LossChartView::retranslatesAtRunTime()
{
    LossChartView view;
    auto *tabs = view.findChild<QTabBar *>(QStringLiteral("chartTabs"));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("X:Loss"));
    QCOMPARE(view.lossChart()->curve(MetricChart::Validation)->name(), QStringLiteral("X:Validation"));
    QCOMPARE(view.lossChart()->xAxis()->titleText(), QStringLiteral("X:Epoch"));
    QCOMPARE(view.findChild<QPushButton *>(QStringLiteral("clearOldRunsButton"))->accessibleName(),
             QStringLiteral("X:Clear old runs"));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Loss"));
}

void tst_LossChartView::followsDarkPalette()
{
    LossChartView view;
    view.setReport(report(1, 0, 10));
    QCOMPARE(view.lossChart()->chart()->theme(), QChart::ChartThemeLight);
    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(40, 40, 40));
    dark.setColor(QPalette::Base, QColor(25, 25, 25));
    dark.setColor(QPalette::Text, Qt::white);
    view.setPalette(dark);
    QCOMPARE(view.lossChart()->chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(view.accuracyChart()->chart()->backgroundBrush().color(), QColor(25, 25, 25));
    // The theme must not take the split colours away.
    QCOMPARE(view.lossChart()->curve(MetricChart::Training)->pen().color(), QColor(0x08, 0x77, 0xBD));
}

QTEST_MAIN(tst_LossChartView)
#include "tst_losschartview.moc"
