// Tests for the 2-D sets Playground lacks: moons, blobs, the 3-arm spiral and random labels.
#include "dataset.h"

#include <QtTest>

#include <cmath>

using namespace engine;

namespace {

constexpr double kPi = 3.14159265358979323846;

Dataset generate(DatasetKind kind, int samples, double noise, int classes = 3)
{
    DataSpec s;
    s.kind = kind;
    s.samples = samples;
    s.noise = noise;
    s.classes = classes;
    return generateDataset(s);
}

} // namespace

class tst_ExtraGenerators : public QObject
{
    Q_OBJECT

private slots:
    void moonsNoiseFree();
    void moonsJitter();
    void blobCentres_data();
    void blobCentres();
    void spiral3Formula();
    void randomLabelsUniform();
};

// Undo the centring and scaling (x / 3.5 + 0.5, y / 3.5 + 0.25) to get make_moons coordinates:
// the outer moon (class 0) is the upper unit half-circle, the inner one (class 1) the lower
// unit half-circle around (1, 0.5).
void tst_ExtraGenerators::moonsNoiseFree()
{
    const Dataset data = generate(DatasetKind::Moons, 200, 0.0);
    for (int j = 0; j < data.size(); ++j) {
        const double mx = data.inputs(0, j) / 3.5 + 0.5;
        const double my = data.inputs(1, j) / 3.5 + 0.25;
        if (data.classes[std::size_t(j)] == 0) {
            QVERIFY(std::abs(std::hypot(mx, my) - 1.0) < 1e-12);
            QVERIFY(my >= -1e-12);
        } else {
            QVERIFY(std::abs(std::hypot(1.0 - mx, 0.5 - my) - 1.0) < 1e-12);
            QVERIFY(0.5 - my >= -1e-12);
        }
    }
}

// Noise n% is make_moons(noise = n / 100): Gaussian jitter of that std in moon units, so the
// distance to the unit circle spreads by about that much.
void tst_ExtraGenerators::moonsJitter()
{
    const Dataset data = generate(DatasetKind::Moons, 4000, 10.0);
    double sumSq = 0.0;
    int outer = 0;
    for (int j = 0; j < data.size(); ++j) {
        if (data.classes[std::size_t(j)] != 0)
            continue;
        const double d = std::hypot(data.inputs(0, j) / 3.5 + 0.5, data.inputs(1, j) / 3.5 + 0.25) - 1.0;
        sumSq += d * d;
        ++outer;
    }
    // The radial part of 2-D jitter with std 0.1 has std close to 0.1.
    const double radialStd = std::sqrt(sumSq / outer);
    QVERIFY2(radialStd > 0.085 && radialStd < 0.115, qPrintable(QString::number(radialStd)));
}

void tst_ExtraGenerators::blobCentres_data()
{
    QTest::addColumn<int>("classes");
    QTest::newRow("2") << 2;
    QTest::newRow("3") << 3;
    QTest::newRow("10") << 10;
}

// Centre k sits at radius 4, angle 2 pi k / classes (x = 4 sin, y = 4 cos); at noise 25 the
// spread is the gauss set's std 1.5.
void tst_ExtraGenerators::blobCentres()
{
    QFETCH(int, classes);
    const Dataset data = generate(DatasetKind::Blobs, 2000 * classes, 25.0, classes);
    for (int k = 0; k < classes; ++k) {
        Eigen::Vector2d sum = Eigen::Vector2d::Zero();
        double sumSq = 0.0;
        int n = 0;
        for (int j = 0; j < data.size(); ++j) {
            if (data.classes[std::size_t(j)] != k)
                continue;
            sum += data.inputs.col(j);
            sumSq += data.inputs(0, j) * data.inputs(0, j);
            ++n;
        }
        QCOMPARE(n, 2000);
        const Eigen::Vector2d mean = sum / n;
        const double angle = 2.0 * kPi * k / classes;
        QVERIFY2((mean - Eigen::Vector2d(4.0 * std::sin(angle), 4.0 * std::cos(angle))).norm() < 0.15,
                 qPrintable(QString("class %1 at %2, %3").arg(k).arg(mean.x()).arg(mean.y())));
        const double stdX = std::sqrt(sumSq / n - mean.x() * mean.x());
        QVERIFY2(std::abs(stdX - 1.5) < 0.08, qPrintable(QString::number(stdX)));
    }
}

// Without noise, arm k follows Playground's spiral with deltaT = 2 pi k / 3.
void tst_ExtraGenerators::spiral3Formula()
{
    const Dataset data = generate(DatasetKind::Spiral3, 301, 0.0);
    for (int j = 0; j < data.size(); ++j) {
        const double r = data.inputs.col(j).norm();
        const double t = 1.75 * 2.0 * kPi * r / 5.0 + 2.0 * kPi * data.classes[std::size_t(j)] / 3.0;
        QVERIFY(std::abs(data.inputs(0, j) - r * std::sin(t)) < 1e-9);
        QVERIFY(std::abs(data.inputs(1, j) - r * std::cos(t)) < 1e-9);
    }
}

// Labels are independent of position: each class holds about 1 / k of the points, and of each
// half-plane.
void tst_ExtraGenerators::randomLabelsUniform()
{
    constexpr int classes = 5;
    const Dataset data = generate(DatasetKind::RandomLabels, 10000, 0.0, classes);
    QList<int> counts(classes, 0), rightCounts(classes, 0);
    for (int j = 0; j < data.size(); ++j) {
        const int c = data.classes[std::size_t(j)];
        ++counts[c];
        rightCounts[c] += data.inputs(0, j) > 0 ? 1 : 0;
    }
    for (int k = 0; k < classes; ++k) {
        QVERIFY2(std::abs(counts[k] - 2000) < 200, qPrintable(QString::number(counts[k])));
        QVERIFY2(std::abs(rightCounts[k] - counts[k] / 2) < 150, qPrintable(QString::number(rightCounts[k])));
    }
}

QTEST_MAIN(tst_ExtraGenerators)
#include "tst_extragenerators.moc"
