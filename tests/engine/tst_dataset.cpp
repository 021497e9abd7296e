// Tests for engine::generateDataset and Dataset::fromPoints: shape, task, class balance, ranges,
// determinism and the rejection of bad specs for every kind. The geometry of each generator is
// tested in tst_playgroundgenerators, tst_extragenerators and tst_digits.
#include "dataset.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

using namespace engine;

Q_DECLARE_METATYPE(engine::DatasetKind)
Q_DECLARE_METATYPE(engine::Task)

namespace {

DataSpec spec(DatasetKind kind, int samples, double noise = 0.0, std::uint64_t seed = 1)
{
    DataSpec s;
    s.kind = kind;
    s.samples = samples;
    s.noise = noise;
    s.seed = seed;
    return s;
}

QList<int> classCounts(const Dataset &data)
{
    QList<int> counts(data.classCount, 0);
    for (int c : data.classes)
        ++counts[c];
    return counts;
}

struct NamedKind {
    const char *name;
    DatasetKind kind;
};

const NamedKind kGenerated[] = {
    {"circle", DatasetKind::Circle},     {"xor", DatasetKind::Xor},
    {"gauss", DatasetKind::Gauss},       {"spiral", DatasetKind::Spiral},
    {"reg-plane", DatasetKind::RegressPlane}, {"reg-gauss", DatasetKind::RegressGauss},
    {"moons", DatasetKind::Moons},       {"blobs", DatasetKind::Blobs},
    {"spiral3", DatasetKind::Spiral3},   {"random", DatasetKind::RandomLabels},
    {"imbalanced", DatasetKind::GaussImbalanced}, {"digits", DatasetKind::Digits},
};

} // namespace

class tst_Dataset : public QObject
{
    Q_OBJECT

private slots:
    void shape_data();
    void shape();
    void classBalance_data();
    void classBalance();
    void coordinatesInRange_data();
    void coordinatesInRange();
    void determinism_data();
    void determinism();
    void shuffled();
    void invalidSpecs_data();
    void invalidSpecs();
    void edgeSpecsAccepted_data();
    void edgeSpecsAccepted();
    void fromPoints();
    void fromPointsRejects_data();
    void fromPointsRejects();
};

void tst_Dataset::shape_data()
{
    QTest::addColumn<DatasetKind>("kind");
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("classes");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("inputDim");
    QTest::addColumn<Task>("task");
    QTest::addColumn<int>("classCount");
    QTest::newRow("circle") << DatasetKind::Circle << 500 << 3 << 500 << 2 << Task::Binary << 2;
    QTest::newRow("circle odd") << DatasetKind::Circle << 7 << 3 << 7 << 2 << Task::Binary << 2;
    QTest::newRow("xor") << DatasetKind::Xor << 500 << 3 << 500 << 2 << Task::Binary << 2;
    QTest::newRow("gauss odd") << DatasetKind::Gauss << 501 << 3 << 501 << 2 << Task::Binary << 2;
    QTest::newRow("spiral odd") << DatasetKind::Spiral << 7 << 3 << 7 << 2 << Task::Binary << 2;
    QTest::newRow("reg-plane") << DatasetKind::RegressPlane << 1200 << 3 << 1200 << 2 << Task::Regression << 0;
    QTest::newRow("reg-gauss") << DatasetKind::RegressGauss << 1200 << 3 << 1200 << 2 << Task::Regression << 0;
    QTest::newRow("moons") << DatasetKind::Moons << 301 << 3 << 301 << 2 << Task::Binary << 2;
    QTest::newRow("blobs 4") << DatasetKind::Blobs << 400 << 4 << 400 << 2 << Task::MultiClass << 4;
    QTest::newRow("blobs 2") << DatasetKind::Blobs << 400 << 2 << 400 << 2 << Task::Binary << 2;
    QTest::newRow("spiral3") << DatasetKind::Spiral3 << 301 << 7 << 301 << 2 << Task::MultiClass << 3;
    QTest::newRow("random 5") << DatasetKind::RandomLabels << 200 << 5 << 200 << 2 << Task::MultiClass << 5;
    QTest::newRow("random 2") << DatasetKind::RandomLabels << 200 << 2 << 200 << 2 << Task::Binary << 2;
    QTest::newRow("imbalanced") << DatasetKind::GaussImbalanced << 1000 << 3 << 1000 << 2 << Task::Binary << 2;
    QTest::newRow("digits") << DatasetKind::Digits << 5 << 3 << 1797 << 64 << Task::MultiClass << 10;
}

void tst_Dataset::shape()
{
    QFETCH(DatasetKind, kind);
    QFETCH(int, samples);
    QFETCH(int, classes);
    DataSpec s = spec(kind, samples, 10.0);
    s.classes = classes;
    const Dataset data = generateDataset(s);
    QTEST(data.size(), "size");
    QTEST(data.inputDim(), "inputDim");
    QTEST(data.task, "task");
    QTEST(data.classCount, "classCount");
    QCOMPARE(data.isPlanar(), data.inputDim() == 2);
    if (data.task == Task::Regression) {
        QCOMPARE(int(data.values.size()), data.size());
        QVERIFY(data.classes.empty());
        return;
    }
    QCOMPARE(data.values.size(), Eigen::Index(0));
    QCOMPARE(int(data.classes.size()), data.size());
    for (int c : data.classes)
        QVERIFY(c >= 0 && c < data.classCount);
}

void tst_Dataset::classBalance_data()
{
    QTest::addColumn<DatasetKind>("kind");
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("classes");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QList<int>>("counts");
    // At noise 0 the label equals the half a point was generated in: 250 / 250.
    QTest::newRow("circle") << DatasetKind::Circle << 500 << 3 << 0.1 << QList<int>{250, 250};
    QTest::newRow("circle odd") << DatasetKind::Circle << 7 << 3 << 0.1 << QList<int>{3, 4};
    QTest::newRow("gauss") << DatasetKind::Gauss << 500 << 3 << 0.1 << QList<int>{250, 250};
    QTest::newRow("spiral") << DatasetKind::Spiral << 500 << 3 << 0.1 << QList<int>{250, 250};
    QTest::newRow("moons") << DatasetKind::Moons << 301 << 3 << 0.1 << QList<int>{150, 151};
    QTest::newRow("blobs") << DatasetKind::Blobs << 402 << 4 << 0.1 << QList<int>{101, 101, 100, 100};
    QTest::newRow("spiral3") << DatasetKind::Spiral3 << 300 << 3 << 0.1 << QList<int>{100, 100, 100};
    QTest::newRow("imbalanced 10%") << DatasetKind::GaussImbalanced << 1000 << 3 << 0.1 << QList<int>{900, 100};
    QTest::newRow("imbalanced half up") << DatasetKind::GaussImbalanced << 7 << 3 << 0.5 << QList<int>{3, 4};
    QTest::newRow("imbalanced 25%") << DatasetKind::GaussImbalanced << 500 << 3 << 0.25 << QList<int>{375, 125};
}

void tst_Dataset::classBalance()
{
    QFETCH(DatasetKind, kind);
    QFETCH(int, samples);
    QFETCH(int, classes);
    QFETCH(double, fraction);
    DataSpec s = spec(kind, samples);
    s.classes = classes;
    s.positiveFraction = fraction;
    QTEST(classCounts(generateDataset(s)), "counts");
}

void tst_Dataset::coordinatesInRange_data()
{
    QTest::addColumn<DatasetKind>("kind");
    QTest::addColumn<double>("noise");
    QTest::addColumn<double>("limit");
    QTest::newRow("circle") << DatasetKind::Circle << 50.0 << 5.0; // noise moves the label test only
    QTest::newRow("xor") << DatasetKind::Xor << 50.0 << 5.3;
    QTest::newRow("spiral") << DatasetKind::Spiral << 0.0 << 5.0;
    QTest::newRow("spiral noisy") << DatasetKind::Spiral << 50.0 << 5.5;
    QTest::newRow("reg-plane") << DatasetKind::RegressPlane << 50.0 << 6.0;
    QTest::newRow("reg-gauss") << DatasetKind::RegressGauss << 50.0 << 6.0;
    QTest::newRow("moons") << DatasetKind::Moons << 0.0 << 5.25 + 1e-12;
    QTest::newRow("spiral3") << DatasetKind::Spiral3 << 50.0 << 5.5;
    QTest::newRow("random") << DatasetKind::RandomLabels << 50.0 << 6.0;
}

void tst_Dataset::coordinatesInRange()
{
    QFETCH(DatasetKind, kind);
    QFETCH(double, noise);
    QFETCH(double, limit);
    const Dataset data = generateDataset(spec(kind, 2000, noise));
    const double extent = data.inputs.cwiseAbs().maxCoeff();
    QVERIFY2(extent <= limit, qPrintable(QString::number(extent)));
    QVERIFY2(extent > 0.9 * limit, qPrintable(QString::number(extent))); // and uses the range
}

void tst_Dataset::determinism_data()
{
    QTest::addColumn<DatasetKind>("kind");
    for (const NamedKind &k : kGenerated)
        QTest::newRow(k.name) << k.kind;
}

void tst_Dataset::determinism()
{
    QFETCH(DatasetKind, kind);
    const Dataset a = generateDataset(spec(kind, 300, 20.0, 1234));
    const Dataset b = generateDataset(spec(kind, 300, 20.0, 1234));
    const Dataset c = generateDataset(spec(kind, 300, 20.0, 1235));
    QVERIFY(a.inputs == b.inputs); // bit for bit
    QVERIFY(a.classes == b.classes);
    QVERIFY(a.values == b.values);
    QVERIFY(a.inputs != c.inputs);
}

// Playground shuffles after generating: the first tenth of a circle set holds both classes.
void tst_Dataset::shuffled()
{
    const Dataset data = generateDataset(spec(DatasetKind::Circle, 500));
    const auto begin = data.classes.begin();
    const long positives = std::count(begin, begin + 50, 1);
    QVERIFY(positives > 10 && positives < 40);
}

void tst_Dataset::invalidSpecs_data()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::addColumn<DatasetKind>("kind");
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("noise");
    QTest::addColumn<int>("classes");
    QTest::addColumn<double>("fraction");
    QTest::newRow("no samples") << DatasetKind::Circle << 0 << 0.0 << 3 << 0.1;
    QTest::newRow("negative samples") << DatasetKind::Xor << -5 << 0.0 << 3 << 0.1;
    QTest::newRow("too many samples") << DatasetKind::Gauss << 100001 << 0.0 << 3 << 0.1;
    QTest::newRow("negative noise") << DatasetKind::Spiral << 500 << -1.0 << 3 << 0.1;
    QTest::newRow("noise 51") << DatasetKind::RegressPlane << 500 << 51.0 << 3 << 0.1;
    QTest::newRow("noise NaN") << DatasetKind::Moons << 500 << nan << 3 << 0.1;
    QTest::newRow("blobs 1 class") << DatasetKind::Blobs << 500 << 0.0 << 1 << 0.1;
    QTest::newRow("blobs 11 classes") << DatasetKind::Blobs << 500 << 0.0 << 11 << 0.1;
    QTest::newRow("random 0 classes") << DatasetKind::RandomLabels << 500 << 0.0 << 0 << 0.1;
    QTest::newRow("fraction 0") << DatasetKind::GaussImbalanced << 500 << 0.0 << 3 << 0.0;
    QTest::newRow("fraction 1") << DatasetKind::GaussImbalanced << 500 << 0.0 << 3 << 1.0;
    QTest::newRow("fraction NaN") << DatasetKind::GaussImbalanced << 500 << 0.0 << 3 << nan;
    QTest::newRow("custom") << DatasetKind::Custom << 500 << 0.0 << 3 << 0.1;
}

void tst_Dataset::invalidSpecs()
{
    QFETCH(DatasetKind, kind);
    QFETCH(int, samples);
    QFETCH(double, noise);
    QFETCH(int, classes);
    QFETCH(double, fraction);
    DataSpec s = spec(kind, samples, noise);
    s.classes = classes;
    s.positiveFraction = fraction;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, generateDataset(s));
}

// The limits themselves are valid, and fields a kind does not use are not checked.
void tst_Dataset::edgeSpecsAccepted_data()
{
    QTest::addColumn<DatasetKind>("kind");
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("noise");
    QTest::addColumn<int>("classes");
    QTest::addColumn<double>("fraction");
    QTest::newRow("1 sample") << DatasetKind::Spiral << 1 << 0.0 << 3 << 0.1;
    QTest::newRow("100000 samples") << DatasetKind::Xor << 100000 << 50.0 << 3 << 0.1;
    QTest::newRow("10 classes") << DatasetKind::Blobs << 100 << 0.0 << 10 << 0.1;
    QTest::newRow("circle ignores classes") << DatasetKind::Circle << 100 << 0.0 << 0 << 7.0;
    QTest::newRow("digits ignore samples") << DatasetKind::Digits << 0 << 99.0 << 0 << 0.0;
}

void tst_Dataset::edgeSpecsAccepted()
{
    QFETCH(DatasetKind, kind);
    QFETCH(int, samples);
    QFETCH(double, noise);
    QFETCH(int, classes);
    QFETCH(double, fraction);
    DataSpec s = spec(kind, samples, noise);
    s.classes = classes;
    s.positiveFraction = fraction;
    QVERIFY(generateDataset(s).size() > 0);
}

void tst_Dataset::fromPoints()
{
    const std::vector<LabeledPoint> points{{1.0, 2.0, 1.0}, {-3.0, 0.5, 0.0}, {0.0, -1.0, 2.0}};
    const Dataset multi = Dataset::fromPoints(points, Task::MultiClass, 3);
    QCOMPARE(multi.size(), 3);
    QCOMPARE(multi.classCount, 3);
    QCOMPARE(multi.task, Task::MultiClass);
    QCOMPARE(multi.inputs(0, 1), -3.0);
    QCOMPARE(multi.inputs(1, 0), 2.0);
    QCOMPARE(multi.classes, (std::vector<int>{1, 0, 2}));

    const Dataset binary = Dataset::fromPoints({points[0], points[1]}, Task::Binary, 2);
    QCOMPARE(binary.classes, (std::vector<int>{1, 0}));
    QCOMPARE(binary.values.size(), Eigen::Index(0));

    const Dataset regression = Dataset::fromPoints({{0.5, 0.5, -0.25}, {1.0, 1.0, 0.75}}, Task::Regression, 5);
    QCOMPARE(regression.classCount, 0);
    QVERIFY(regression.classes.empty());
    QCOMPARE(regression.values(0), -0.25);
    QCOMPARE(regression.values(1), 0.75);

    const Dataset empty = Dataset::fromPoints({}, Task::Binary, 2);
    QCOMPARE(empty.size(), 0);
    QCOMPARE(empty.inputDim(), 2);
}

void tst_Dataset::fromPointsRejects_data()
{
    const double inf = std::numeric_limits<double>::infinity();
    QTest::addColumn<Task>("task");
    QTest::addColumn<int>("classCount");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("label");
    QTest::newRow("binary -1 label") << Task::Binary << 2 << 0.0 << -1.0;
    QTest::newRow("binary label 2") << Task::Binary << 2 << 0.0 << 2.0;
    QTest::newRow("fractional label") << Task::MultiClass << 3 << 0.0 << 0.5;
    QTest::newRow("binary with 3 classes") << Task::Binary << 3 << 0.0 << 1.0;
    QTest::newRow("multi with 2 classes") << Task::MultiClass << 2 << 0.0 << 1.0;
    QTest::newRow("multi with 11 classes") << Task::MultiClass << 11 << 0.0 << 1.0;
    QTest::newRow("infinite x") << Task::Binary << 2 << inf << 1.0;
    QTest::newRow("infinite value") << Task::Regression << 0 << 0.0 << inf;
}

void tst_Dataset::fromPointsRejects()
{
    QFETCH(Task, task);
    QFETCH(int, classCount);
    QFETCH(double, x);
    QFETCH(double, label);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Dataset::fromPoints({{x, 0.0, label}}, task, classCount));
}

QTEST_MAIN(tst_Dataset)
#include "tst_dataset.moc"
