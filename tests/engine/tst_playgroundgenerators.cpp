// Tests that the Playground generators follow tensorflow/playground src/dataset.ts: circle radii,
// xor quadrants, Gaussian spread per noise, spiral formula and the two regression surfaces.
#include "dataset.h"
#include "playgroundgenerators.h"
#include "random.h"

#include <QtTest>

#include <cmath>

using namespace engine;

namespace {

constexpr double kPi = 3.14159265358979323846;

Dataset generate(DatasetKind kind, int samples, double noise, std::uint64_t seed = 1)
{
    DataSpec s;
    s.kind = kind;
    s.samples = samples;
    s.noise = noise;
    s.seed = seed;
    return generateDataset(s);
}

double radius(const Dataset &data, int j) { return data.inputs.col(j).norm(); }

// Sample standard deviation of one coordinate over the points of one class.
double classStd(const Dataset &data, int cls, int axis, double *meanOut)
{
    double sum = 0.0, sumSq = 0.0;
    int n = 0;
    for (int j = 0; j < data.size(); ++j) {
        if (data.classes[std::size_t(j)] != cls)
            continue;
        const double v = data.inputs(axis, j);
        sum += v;
        sumSq += v * v;
        ++n;
    }
    const double mean = sum / n;
    *meanOut = mean;
    return std::sqrt((sumSq - n * mean * mean) / (n - 1));
}

} // namespace

class tst_PlaygroundGenerators : public QObject
{
    Q_OBJECT

private slots:
    void circleNoiseFree();
    void circleNoiseFlipsLabelsOnly();
    void xorNoiseFree();
    void gaussSpread_data();
    void gaussSpread();
    void spiralFormula_data();
    void spiralFormula();
    void spiralOddCount();
    void regressPlane_data();
    void regressPlane();
    void regressGauss_data();
    void regressGauss();
};

void tst_PlaygroundGenerators::circleNoiseFree()
{
    const Dataset data = generate(DatasetKind::Circle, 500, 0.0);
    for (int j = 0; j < data.size(); ++j) {
        const double r = radius(data, j);
        if (data.classes[std::size_t(j)] == 1)
            QVERIFY2(r < 2.5, qPrintable(QString::number(r)));
        else
            QVERIFY2(r >= 3.5 && r <= 5.0, qPrintable(QString::number(r)));
    }
}

// Noise shifts the point the label test sees, never the point itself: every point stays in the
// disc or the ring, but some are labelled as the other region.
void tst_PlaygroundGenerators::circleNoiseFlipsLabelsOnly()
{
    const Dataset data = generate(DatasetKind::Circle, 500, 50.0);
    int flipped = 0;
    for (int j = 0; j < data.size(); ++j) {
        const double r = radius(data, j);
        QVERIFY(r < 2.5 || (r >= 3.5 && r <= 5.0));
        const bool inDisc = r < 2.5;
        flipped += inDisc != (data.classes[std::size_t(j)] == 1) ? 1 : 0;
    }
    QVERIFY2(flipped > 25 && flipped < 250, qPrintable(QString::number(flipped)));
}

void tst_PlaygroundGenerators::xorNoiseFree()
{
    const Dataset data = generate(DatasetKind::Xor, 1000, 0.0);
    int positives = 0;
    for (int j = 0; j < data.size(); ++j) {
        const double x = data.inputs(0, j), y = data.inputs(1, j);
        QVERIFY(std::abs(x) >= 0.3 && std::abs(y) >= 0.3); // the padding
        QCOMPARE(data.classes[std::size_t(j)], x * y >= 0 ? 1 : 0);
        positives += data.classes[std::size_t(j)];
    }
    QVERIFY(positives > 430 && positives < 570); // quadrants equally likely
}

void tst_PlaygroundGenerators::gaussSpread_data()
{
    QTest::addColumn<double>("noise");
    QTest::addColumn<double>("std");
    QTest::newRow("noise 0") << 0.0 << std::sqrt(0.5);
    QTest::newRow("noise 25 = make_blobs(cluster_std=1.5)") << 25.0 << 1.5;
    QTest::newRow("noise 50") << 50.0 << 2.0;
}

void tst_PlaygroundGenerators::gaussSpread()
{
    QFETCH(double, noise);
    QFETCH(double, std);
    const Dataset data = generate(DatasetKind::Gauss, 20000, noise);
    for (int cls = 0; cls < 2; ++cls) {
        const double centre = cls == 1 ? 2.0 : -2.0;
        for (int axis = 0; axis < 2; ++axis) {
            double mean = 0.0;
            const double s = classStd(data, cls, axis, &mean);
            QVERIFY2(std::abs(s - std) < 0.03 * std, qPrintable(QString::number(s)));
            QVERIFY2(std::abs(mean - centre) < 0.05 * std, qPrintable(QString::number(mean)));
        }
    }
}

void tst_PlaygroundGenerators::spiralFormula_data()
{
    QTest::addColumn<int>("samples");
    QTest::newRow("500") << 500;
    QTest::newRow("odd 101") << 101;
}

// Without noise each point lies on its arm: angle t = 1.75 * 2 pi * r / 5 + deltaT, with
// x = r sin t and y = r cos t; deltaT = 0 for positives and pi for negatives.
void tst_PlaygroundGenerators::spiralFormula()
{
    QFETCH(int, samples);
    const Dataset data = generate(DatasetKind::Spiral, samples, 0.0);
    for (int j = 0; j < data.size(); ++j) {
        const double r = radius(data, j);
        QVERIFY(r < 5.0);
        const double deltaT = data.classes[std::size_t(j)] == 1 ? 0.0 : kPi;
        const double t = 1.75 * 2.0 * kPi * r / 5.0 + deltaT;
        QVERIFY(std::abs(data.inputs(0, j) - r * std::sin(t)) < 1e-9);
        QVERIFY(std::abs(data.inputs(1, j) - r * std::cos(t)) < 1e-9);
    }
}

// Playground uses n = samples / 2 unrounded; the first arm takes the odd point.
void tst_PlaygroundGenerators::spiralOddCount()
{
    Random rng(1);
    const auto points = detail::spiralPoints(7, 0.0, rng);
    QCOMPARE(int(points.size()), 7);
    QCOMPARE(points[3].label, 1.0);
    QCOMPARE(points[4].label, 0.0);
    // Point i = 3 of the first arm: r = 3 / 3.5 * 5.
    QVERIFY(std::abs(std::hypot(points[3].x, points[3].y) - 3.0 / 3.5 * 5.0) < 1e-12);
}

void tst_PlaygroundGenerators::regressPlane_data()
{
    QTest::addColumn<double>("noise");
    QTest::addColumn<double>("bound");
    QTest::newRow("noise 0") << 0.0 << 1.2;
    QTest::newRow("noise 50") << 50.0 << 1.8;
}

// value = (x + y) / 10 with the noise added to x and y; d3's scale is not clamped, so values go
// past 1 in the corners, as in Playground.
void tst_PlaygroundGenerators::regressPlane()
{
    QFETCH(double, noise);
    QFETCH(double, bound);
    const Dataset data = generate(DatasetKind::RegressPlane, 2000, noise);
    double maxDeviation = 0.0;
    for (int j = 0; j < data.size(); ++j) {
        QVERIFY(std::abs(data.values(j)) <= bound);
        maxDeviation = std::max(maxDeviation, std::abs(data.values(j) - data.inputs.col(j).sum() / 10.0));
    }
    QVERIFY(data.values.cwiseAbs().maxCoeff() > 1.0); // unclamped
    if (noise == 0.0)
        QVERIFY(maxDeviation < 1e-12);
    else
        QVERIFY(maxDeviation > 0.2);
}

void tst_PlaygroundGenerators::regressGauss_data()
{
    QTest::addColumn<double>("noise");
    QTest::newRow("noise 0") << 0.0;
    QTest::newRow("noise 50") << 50.0;
}

// Near a bump the value is its sign; 2 or more away from all six it is 0; always in [-1, 1].
void tst_PlaygroundGenerators::regressGauss()
{
    QFETCH(double, noise);
    const double bumps[6][3] = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
    const Dataset data = generate(DatasetKind::RegressGauss, 5000, noise);
    int nearChecked = 0, farChecked = 0;
    for (int j = 0; j < data.size(); ++j) {
        const double v = data.values(j);
        QVERIFY(v >= -1.0 && v <= 1.0);
        if (noise != 0.0)
            continue;
        double nearest = 1e9;
        for (const auto &b : bumps) {
            const double d = std::hypot(data.inputs(0, j) - b[0], data.inputs(1, j) - b[1]);
            nearest = std::min(nearest, d);
            if (d < 0.2) {
                QVERIFY2(v * b[2] >= 0.9 - 1e-12, qPrintable(QString::number(v)));
                ++nearChecked;
            }
        }
        if (nearest >= 2.0) {
            QCOMPARE(v, 0.0);
            ++farChecked;
        }
    }
    if (noise == 0.0)
        QVERIFY(nearChecked > 10 && farChecked > 100);
}

QTEST_MAIN(tst_PlaygroundGenerators)
#include "tst_playgroundgenerators.moc"
