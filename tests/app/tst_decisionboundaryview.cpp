// DecisionBoundaryView (P1): heatmap colours follow the grid, split markers and the test lock,
// mouse drawing and erasing in plane coordinates, highlighting, the digits gallery.
#include "colorscale.h"
#include "decisionboundaryview.h"
#include "heatmapimage.h"

#include <QSignalSpy>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace engine;

namespace {
/// Every sample in the training set, in order.
DataReport reportOf(const Dataset &dataset, TargetEncoding encoding = TargetEncoding::PlusMinusOne)
{
    DataReport report;
    report.dataset = dataset;
    for (int s = 0; s < dataset.size(); ++s)
        report.split.train.push_back(s);
    report.encoding = encoding;
    return report;
}

DataReport fewPoints(const std::vector<LabeledPoint> &points, Task task = Task::Binary, int classes = 2)
{
    return reportOf(Dataset::fromPoints(points, task, classes));
}

/// A 64x64 grid with `left` for x < 0 and `right` for x > 0.
FieldGrid halves(float left, float right)
{
    FieldGrid grid;
    grid.resolution = 64;
    for (int row = 0; row < 64; ++row)
        for (int column = 0; column < 64; ++column)
            grid.values.push_back(column < 32 ? left : right);
    return grid;
}

TrainingReport outputReport(const FieldGrid &grid, std::vector<int> predictions = {})
{
    TrainingReport report;
    report.output = grid;
    report.predictions = std::move(predictions);
    return report;
}

QColor pixelAt(DecisionBoundaryView &view, QPointF plane)
{
    return view.grab().toImage().pixelColor(view.planeToWidget(plane).toPoint());
}

bool near(const QColor &a, QRgb b)
{
    const QColor c(b);
    return std::abs(a.red() - c.red()) <= 2 && std::abs(a.green() - c.green()) <= 2 && std::abs(a.blue() - c.blue()) <= 2;
}

/// Pixels of the misclassified-ring red in a square of half-size `half` around a plane point.
int redPixels(const QImage &image, QPoint at, int half)
{
    int count = 0;
    for (int y = at.y() - half; y <= at.y() + half; ++y)
        for (int x = at.x() - half; x <= at.x() + half; ++x) {
            const QColor c = image.pixelColor(x, y);
            count += c.red() > 190 && c.green() < 90 && c.blue() < 110;
        }
    return count;
}

// Points far from the places the colour tests look at.
const std::vector<LabeledPoint> kCornerPoints{{-5.5, -5.5, 0}, {5.5, -5.5, 1}};
} // namespace

class tst_DecisionBoundaryView : public QObject {
    Q_OBJECT
private slots:
    void init();
    void mappingIsSquareAndInvertible();
    void heatmapFollowsTheGrid();
    void sigmoidAndClassesAndNaN();
    void previewReplacesTheOutput();
    void testPointsHiddenUntilShown();
    void clickAddsAPoint();
    void rightDragErases();
    void highlightMisclassified();
    void highlightedSamples();
    void digitsGallery();
    void retranslates();
    void classBoundariesAreSmooth();

private:
    std::unique_ptr<DecisionBoundaryView> m_view;
};

void tst_DecisionBoundaryView::init()
{
    m_view = std::make_unique<DecisionBoundaryView>();
    m_view->resize(420, 460);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void tst_DecisionBoundaryView::mappingIsSquareAndInvertible()
{
    DecisionBoundaryView &view = *m_view;
    const QPointF topLeft = view.planeToWidget({-6, 6});
    const QPointF bottomRight = view.planeToWidget({6, -6});
    QVERIFY(bottomRight.x() - topLeft.x() > 300);
    QCOMPARE(bottomRight.x() - topLeft.x(), bottomRight.y() - topLeft.y());
    QVERIFY(topLeft.x() >= 0 && bottomRight.x() <= view.width() && bottomRight.y() <= view.height());
    const QPointF p = view.widgetToPlane(view.planeToWidget({2.5, -1.25}));
    QVERIFY(std::abs(p.x() - 2.5) < 1e-9 && std::abs(p.y() + 1.25) < 1e-9);
    // The y axis points up: a larger y is higher on screen.
    QVERIFY(view.planeToWidget({0, 3}).y() < view.planeToWidget({0, -3}).y());
    // A bigger font makes room for bigger labels and a bigger hint, and the plot stays square.
    const QSize hint = view.sizeHint();
    QFont font = view.font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    view.setFont(font);
    QVERIFY(view.sizeHint().width() > hint.width());
    QCOMPARE(view.planeToWidget({6, -6}).x() - view.planeToWidget({-6, 6}).x(),
             view.planeToWidget({6, -6}).y() - view.planeToWidget({-6, 6}).y());
}

void tst_DecisionBoundaryView::heatmapFollowsTheGrid()
{
    DecisionBoundaryView &view = *m_view;
    view.setData(fewPoints(kCornerPoints));
    view.setReport(outputReport(halves(-1.0f, 1.0f)));
    const QColor right = pixelAt(view, {3, 2});
    const QColor left = pixelAt(view, {-3, 2});
    QVERIFY2(right.blue() > right.red() + 60, qPrintable(right.name()));  // blue where the grid is +1
    QVERIFY2(left.red() > left.blue() + 60, qPrintable(left.name()));     // orange where it is -1
    QVERIFY(near(right, HeatmapImage::colorOf(1.0, {})));
    // A weak output is pale; discretized it becomes the full class colour.
    view.setReport(outputReport(halves(-0.2f, 0.2f)));
    QVERIFY(!near(pixelAt(view, {3, 2}), HeatmapImage::colorOf(1.0, {})));
    view.setDiscretize(true);
    QVERIFY(near(pixelAt(view, {3, 2}), HeatmapImage::colorOf(1.0, {})));
    QVERIFY(near(pixelAt(view, {-3, 2}), HeatmapImage::colorOf(-1.0, {})));
}

void tst_DecisionBoundaryView::sigmoidAndClassesAndNaN()
{
    DecisionBoundaryView &view = *m_view;
    // Sigmoid output: 0.5 is the boundary (neutral), 1 is blue, 0 orange.
    DataReport data = fewPoints(kCornerPoints);
    data.encoding = TargetEncoding::ZeroOne;
    view.setData(data);
    view.setReport(outputReport(halves(0.5f, 1.0f)));
    QVERIFY(near(pixelAt(view, {-3, 2}), HeatmapImage::colorOf(0.0, {})));
    QVERIFY(near(pixelAt(view, {3, 2}), HeatmapImage::colorOf(1.0, {})));
    // Multi-class: the grid holds the predicted class.
    view.setData(fewPoints({{-5.5, -5.5, 0}, {5.5, -5.5, 1}, {0, -5.5, 2}}, Task::MultiClass, 3));
    view.setReport(outputReport(halves(0.0f, 2.0f)));
    HeatmapImage::Style classes{HeatmapImage::Mode::Classes, false, 3};
    QVERIFY(near(pixelAt(view, {3, 2}), HeatmapImage::colorOf(2.0, classes)));
    QVERIFY(near(pixelAt(view, {-3, 2}), HeatmapImage::colorOf(0.0, classes)));
    // A diverged network is drawn neutral, not as garbage.
    view.setData(fewPoints(kCornerPoints));
    view.setReport(outputReport(halves(std::numeric_limits<float>::quiet_NaN(), 1.0f)));
    QVERIFY(near(pixelAt(view, {-3, 2}), HeatmapImage::colorOf(0.0, {})));
}

void tst_DecisionBoundaryView::previewReplacesTheOutput()
{
    DecisionBoundaryView &view = *m_view;
    view.setData(fewPoints(kCornerPoints));
    TrainingReport report = outputReport(halves(-1.0f, 1.0f));
    report.network = Network(2, {{3, Activation::Tanh}, {1, Activation::Tanh}}, Initializer::PlaygroundUniform, 1);
    report.neurons = {{halves(1, -1), halves(1, -1), halves(1, -1)}, {halves(-1, 1)}};
    view.setReport(report);
    const QString outputCaption = view.caption();
    const FieldGrid flipped = halves(1.0f, -1.0f);
    view.setPreviewGrid(&flipped, 0, 1);
    QVERIFY(view.isShowingPreview());
    QVERIFY(view.caption() != outputCaption);
    QVERIFY(view.caption().contains(QLatin1String("2")));
    QVERIFY(pixelAt(view, {3, 2}).red() > pixelAt(view, {3, 2}).blue());
    // A new report refreshes the hovered neuron from the report itself.
    report.neurons[0][1] = halves(-1.0f, 1.0f);
    view.setReport(report);
    QVERIFY(pixelAt(view, {3, 2}).blue() > pixelAt(view, {3, 2}).red());
    view.clearPreview();
    QVERIFY(!view.isShowingPreview());
    QCOMPARE(view.caption(), outputCaption);
    view.setPreviewGrid(nullptr);
    QVERIFY(!view.isShowingPreview());
}

void tst_DecisionBoundaryView::testPointsHiddenUntilShown()
{
    DecisionBoundaryView &view = *m_view;
    DataReport data;
    data.dataset = generateDataset(DataSpec{});
    data.split = splitDataset(data.dataset.size(), SplitPercent{60, 20, 20}, 7);
    view.setData(data);
    view.setReport(outputReport(halves(-1.0f, 1.0f)));
    QCOMPARE(view.visiblePointCount(), 400);
    const QImage hidden = view.grab().toImage();
    view.setShowTestData(true);
    QCOMPARE(view.visiblePointCount(), 500);
    QVERIFY(view.grab().toImage() != hidden);
    view.setShowTestData(false);
    QCOMPARE(view.grab().toImage(), hidden);
}

void tst_DecisionBoundaryView::clickAddsAPoint()
{
    DecisionBoundaryView &view = *m_view;
    view.setData(fewPoints(kCornerPoints));
    QSignalSpy added(&view, &DecisionBoundaryView::pointAdded);
    const QPoint at = view.planeToWidget({2.0, -3.0}).toPoint();
    QTest::mouseClick(&view, Qt::LeftButton, {}, at);
    QCOMPARE(added.count(), 0); // drawing is off
    view.setDrawingEnabled(true);
    view.setDrawingClass(1);
    QTest::mouseClick(&view, Qt::LeftButton, {}, at);
    QCOMPARE(added.count(), 1);
    const double pixel = 12.0 / (view.planeToWidget({6, 0}).x() - view.planeToWidget({-6, 0}).x());
    QVERIFY(std::abs(added[0][0].toDouble() - 2.0) <= pixel);
    QVERIFY(std::abs(added[0][1].toDouble() + 3.0) <= pixel);
    QCOMPARE(added[0][2].toInt(), 1);
    // Right click on a binary set: the other class.
    QTest::mouseClick(&view, Qt::RightButton, {}, view.planeToWidget({-4, 4}).toPoint());
    QCOMPARE(added.count(), 2);
    QVERIFY(std::abs(added[1][0].toDouble() + 4.0) <= pixel);
    QCOMPARE(added[1][2].toInt(), 0);
    // Outside the plot nothing happens.
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(1, 1));
    QCOMPARE(added.count(), 2);
}

void tst_DecisionBoundaryView::rightDragErases()
{
    DecisionBoundaryView &view = *m_view;
    view.setData(fewPoints({{0, 0, 1}, {0.2, 0.1, 0}, {4, 4, 1}, {-4, -4, 0}}));
    view.setDrawingEnabled(true);
    QSignalSpy erased(&view, &DecisionBoundaryView::pointsErased);
    QSignalSpy added(&view, &DecisionBoundaryView::pointAdded);
    QTest::mousePress(&view, Qt::RightButton, {}, view.planeToWidget({-1.5, 0}).toPoint());
    QMouseEvent move(QEvent::MouseMove, view.planeToWidget({0.1, 0.05}), view.mapToGlobal(view.planeToWidget({0.1, 0.05})),
                     Qt::NoButton, Qt::RightButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &move);
    QCOMPARE(view.visiblePointCount(), 2); // erased points vanish while dragging
    QTest::mouseRelease(&view, Qt::RightButton, {}, view.planeToWidget({0.1, 0.05}).toPoint());
    QCOMPARE(erased.count(), 1);
    QCOMPARE(erased[0][0].value<QList<int>>(), (QList<int>{0, 1}));
    QCOMPARE(added.count(), 0);
    QCOMPARE(view.visiblePointCount(), 4); // the view changes no data itself
    // Multi-class: a right click erases under the cursor.
    view.setData(fewPoints({{0, 0, 0}, {3, 3, 2}}, Task::MultiClass, 3));
    QTest::mouseClick(&view, Qt::RightButton, {}, view.planeToWidget({3, 3}).toPoint());
    QCOMPARE(erased.count(), 2);
    QCOMPARE(erased[1][0].value<QList<int>>(), QList<int>{1});
}

void tst_DecisionBoundaryView::highlightMisclassified()
{
    DecisionBoundaryView &view = *m_view;
    const std::vector<LabeledPoint> points{{-3, 3, 0}, {3, 3, 1}, {-3, -3, 0}, {3, -3, 1}};
    view.setData(fewPoints(points));
    view.setReport(outputReport(halves(-1.0f, -1.0f), {0, 0, 0, 0})); // 1 and 3 are wrong
    QCOMPARE(view.misclassifiedPointCount(), 0);
    const QPoint wrong = view.planeToWidget({3, 3}).toPoint();
    const QPoint right = view.planeToWidget({-3, 3}).toPoint();
    QCOMPARE(redPixels(view.grab().toImage(), wrong, 20), 0);
    view.setHighlightMisclassified(true);
    QCOMPARE(view.misclassifiedPointCount(), 2);
    const QImage image = view.grab().toImage();
    QVERIFY(redPixels(image, wrong, 20) > 10);
    QCOMPARE(redPixels(image, right, 20), 0);
    // The correct point is faded: its centre is closer to the background than at full strength.
    QVERIFY(image.pixelColor(right).red() > colorscale::kNegative.red() - 5
            && image.pixelColor(right).blue() > colorscale::kNegative.blue() + 20);
    view.setReport(outputReport(halves(-1.0f, -1.0f), {0, 1, 0, 1}));
    QCOMPARE(view.misclassifiedPointCount(), 0);
}

void tst_DecisionBoundaryView::highlightedSamples()
{
    DecisionBoundaryView &view = *m_view;
    DataReport data = fewPoints({{-3, 3, 0}, {3, 3, 1}, {-3, -3, 0}, {3, -3, 1}});
    data.split.train = {0, 1};
    data.split.test = {2, 3};
    view.setData(data);
    const QImage plain = view.grab().toImage();
    view.setHighlightedSamples({1, 3});
    QCOMPARE(view.highlightedPointCount(), 1); // sample 3 is a hidden test point
    QVERIFY(view.grab().toImage() != plain);
    view.setShowTestData(true);
    QCOMPARE(view.highlightedPointCount(), 2);
    view.setHighlightedSamples({});
    QCOMPARE(view.highlightedPointCount(), 0);
}

void tst_DecisionBoundaryView::digitsGallery()
{
    DecisionBoundaryView &view = *m_view;
    DataSpec spec;
    spec.kind = DatasetKind::Digits;
    DataReport data;
    data.dataset = generateDataset(spec);
    data.split = splitDataset(data.dataset.size(), SplitPercent{60, 20, 20}, 3);
    data.encoding = TargetEncoding::OneHot;
    view.setData(data);
    QVERIFY(view.isShowingGallery());
    QCOMPARE(view.galleryCount(), 60);
    QCOMPARE(view.visiblePointCount(), 0);
    QVERIFY(view.caption().contains(QLatin1String("Validation")));
    std::vector<int> predictions = data.dataset.classes;
    view.setReport(outputReport(FieldGrid(), predictions));
    const QRect all = view.rect();
    const QPoint centre = all.center();
    QCOMPARE(redPixels(view.grab().toImage(), centre, std::min(all.width(), all.height()) / 2 - 1), 0);
    predictions[static_cast<std::size_t>(data.split.validation[0])] =
        (predictions[static_cast<std::size_t>(data.split.validation[0])] + 1) % 10;
    view.setReport(outputReport(FieldGrid(), predictions));
    QVERIFY(redPixels(view.grab().toImage(), centre, std::min(all.width(), all.height()) / 2 - 1) > 10);
    view.setShowTestData(true);
    QVERIFY(view.caption().contains(QLatin1String("Test")));
    view.resize(60, 60); // tiny: still no crash
    view.grab();
}

void tst_DecisionBoundaryView::retranslates()
{
    DecisionBoundaryView &view = *m_view;
    QCOMPARE(view.accessibleName(), QStringLiteral("Decision boundary"));
    QVERIFY(!view.toolTip().isEmpty());
    const QString tip = view.toolTip();
    view.setDrawingEnabled(true);
    QVERIFY(view.toolTip().size() > tip.size());
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&view, &change);
    QCOMPARE(view.accessibleName(), QStringLiteral("Decision boundary"));
}

void tst_DecisionBoundaryView::classBoundariesAreSmooth()
{
    // Three classes; class 1 wins where x > y, so the boundary is the diagonal, which a 16-cell
    // grid of class indices can only draw as a staircase. With the scores it follows the line.
    const int n = 16;
    FieldGrid classes;
    classes.resolution = n;
    std::vector<FieldGrid> scores(3, classes);
    for (int row = 0; row < n; ++row)
        for (int column = 0; column < n; ++column) {
            const float x = -6 + (column + 0.5f) * 12 / n;
            const float y = 6 - (row + 0.5f) * 12 / n;
            scores[0].values.push_back(0.0f);
            scores[1].values.push_back(x - y);
            scores[2].values.push_back(-100.0f);
            classes.values.push_back(x - y > 0 ? 1.0f : 0.0f);
        }
    const HeatmapImage::Style style{HeatmapImage::Mode::Classes, false, 3};
    const int side = 160;
    const auto wrongPixels = [&](const QImage &image) {
        int wrong = 0;
        for (int py = 0; py < side; ++py)
            for (int px = 0; px < side; ++px) {
                const double x = -6 + (px + 0.5) * 12 / side;
                const double y = 6 - (py + 0.5) * 12 / side;
                if (std::abs(x - y) < 0.15) // within a pixel of the line
                    continue;
                wrong += image.pixel(px, py) != HeatmapImage::colorOf(x > y ? 1 : 0, style);
            }
        return wrong;
    };
    QVERIFY(wrongPixels(HeatmapImage::render(classes, style, side)) > 50);
    QCOMPARE(wrongPixels(HeatmapImage::render(classes, style, side, &scores)), 0);
}

QTEST_MAIN(tst_DecisionBoundaryView)
#include "tst_decisionboundaryview.moc"
