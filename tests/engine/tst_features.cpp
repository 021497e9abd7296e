// Tests for the input features (engine/inputfeatures.h): counts, ids, values on a known point,
// row order, and the pass-through of non-planar inputs such as the digits.
#include "inputfeatures.h"

#include <QtTest>

#include <cmath>
#include <stdexcept>

using namespace engine;

Q_DECLARE_METATYPE(engine::Feature)

class tst_Features : public QObject
{
    Q_OBJECT

private slots:
    void count_data();
    void count();
    void ids_data();
    void ids();
    void values_data();
    void values();
    void rowOrder();
    void emptySet();
    void nonPlanarPassThrough();
    void unknownBitsThrow();
};

void tst_Features::count_data()
{
    QTest::addColumn<FeatureSet>("features");
    QTest::addColumn<int>("count");
    QTest::newRow("none") << FeatureSet(0) << 0;
    QTest::newRow("default") << kDefaultFeatures << 2;
    QTest::newRow("one") << FeatureSet(FeatureSinX2) << 1;
    QTest::newRow("squares") << FeatureSet(FeatureX1Squared | FeatureX2Squared) << 2;
    QTest::newRow("all") << FeatureSet((1u << kFeatureKinds) - 1) << 7;
}

void tst_Features::count()
{
    QFETCH(FeatureSet, features);
    QTEST(featureCount(features), "count");
}

void tst_Features::ids_data()
{
    QTest::addColumn<Feature>("feature");
    QTest::addColumn<QString>("id");
    QTest::newRow("x1") << FeatureX1 << "x1";
    QTest::newRow("x2") << FeatureX2 << "x2";
    QTest::newRow("x1^2") << FeatureX1Squared << "x1^2";
    QTest::newRow("x2^2") << FeatureX2Squared << "x2^2";
    QTest::newRow("x1*x2") << FeatureX1TimesX2 << "x1*x2";
    QTest::newRow("sin_x1") << FeatureSinX1 << "sin_x1";
    QTest::newRow("sin_x2") << FeatureSinX2 << "sin_x2";
}

void tst_Features::ids()
{
    QFETCH(Feature, feature);
    QTEST(QString::fromLatin1(featureId(feature)), "id");
}

void tst_Features::values_data()
{
    // The point (0.5, -2).
    QTest::addColumn<Feature>("feature");
    QTest::addColumn<float>("value");
    QTest::newRow("x1") << FeatureX1 << 0.5f;
    QTest::newRow("x2") << FeatureX2 << -2.0f;
    QTest::newRow("x1^2") << FeatureX1Squared << 0.25f;
    QTest::newRow("x2^2") << FeatureX2Squared << 4.0f;
    QTest::newRow("x1*x2") << FeatureX1TimesX2 << -1.0f;
    QTest::newRow("sin_x1") << FeatureSinX1 << 0.47942554f;
    QTest::newRow("sin_x2") << FeatureSinX2 << -0.90929743f;
}

void tst_Features::values()
{
    QFETCH(Feature, feature);
    QFETCH(float, value);
    Eigen::MatrixXd points(2, 2);
    points << 0.5, 3.0,
              -2.0, 0.0;
    const Eigen::MatrixXf out = computeFeatures(points, feature);
    QCOMPARE(out.rows(), Eigen::Index(1));
    QCOMPARE(out.cols(), Eigen::Index(2));
    QCOMPARE(out(0, 0), value);
}

// Rows follow the bit order, whatever order the set was written in.
void tst_Features::rowOrder()
{
    Eigen::MatrixXd points(2, 1);
    points << 3.0, -1.5;
    const Eigen::MatrixXf out = computeFeatures(points, FeatureSinX1 | FeatureX2 | FeatureX1TimesX2);
    QCOMPARE(out.rows(), Eigen::Index(3));
    QCOMPARE(out(0, 0), -1.5f);
    QCOMPARE(out(1, 0), -4.5f);
    QCOMPARE(out(2, 0), float(std::sin(3.0)));

    const Eigen::MatrixXf all = computeFeatures(points, (1u << kFeatureKinds) - 1);
    const float expected[] = {3.0f, -1.5f, 9.0f, 2.25f, -4.5f, float(std::sin(3.0)), float(std::sin(-1.5))};
    QCOMPARE(all.rows(), Eigen::Index(7));
    for (int r = 0; r < 7; ++r)
        QCOMPARE(all(r, 0), expected[r]);
}

void tst_Features::emptySet()
{
    const Eigen::MatrixXf out = computeFeatures(Eigen::MatrixXd::Ones(2, 5), 0);
    QCOMPARE(out.rows(), Eigen::Index(0));
    QCOMPARE(out.cols(), Eigen::Index(5));
}

// Digits (64 inputs) are not planar: features do not apply, the pixels pass through as float.
void tst_Features::nonPlanarPassThrough()
{
    Eigen::MatrixXd pixels(64, 3);
    for (int j = 0; j < 3; ++j)
        for (int p = 0; p < 64; ++p)
            pixels(p, j) = ((p * 7 + j * 3) % 17) / 16.0;
    const Eigen::MatrixXf out = computeFeatures(pixels, FeatureX1Squared | FeatureSinX2);
    QCOMPARE(out.rows(), Eigen::Index(64));
    QCOMPARE(out.cols(), Eigen::Index(3));
    QVERIFY(out == pixels.cast<float>());
}

void tst_Features::unknownBitsThrow()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeFeatures(Eigen::MatrixXd::Zero(2, 1), 1u << kFeatureKinds));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, featureId(static_cast<Feature>(1u << 9)));
}

QTEST_MAIN(tst_Features)
#include "tst_features.moc"
