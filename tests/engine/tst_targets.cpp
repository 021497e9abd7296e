// Tests for engine::encodeTargets and outputCount: each encoding on known labels, the column
// order of a sample subset, and the rejection of encodings that do not fit the task.
#include "targets.h"

#include <QtTest>

#include <stdexcept>

using namespace engine;

Q_DECLARE_METATYPE(engine::Task)
Q_DECLARE_METATYPE(engine::TargetEncoding)

namespace {

// Three planar points with the given labels (class indices, or values for regression).
Dataset threePoints(Task task, int classCount, double a, double b, double c)
{
    return Dataset::fromPoints({{0.0, 0.0, a}, {1.0, 0.0, b}, {0.0, 1.0, c}}, task, classCount);
}

} // namespace

class tst_Targets : public QObject
{
    Q_OBJECT

private slots:
    void binaryEncodings_data();
    void binaryEncodings();
    void binaryOneHot();
    void multiClassOneHot();
    void regressionValue();
    void emptySelection();
    void outputCounts_data();
    void outputCounts();
    void mismatchesThrow_data();
    void mismatchesThrow();
    void badSampleIndexThrows();
    void corruptClassThrows();
};

void tst_Targets::binaryEncodings_data()
{
    QTest::addColumn<TargetEncoding>("encoding");
    QTest::addColumn<float>("positive");
    QTest::addColumn<float>("negative");
    QTest::newRow("tanh: +1 / -1") << TargetEncoding::PlusMinusOne << 1.0f << -1.0f;
    QTest::newRow("sigmoid: 1 / 0") << TargetEncoding::ZeroOne << 1.0f << 0.0f;
}

// Columns follow the requested samples, in their order and with repeats.
void tst_Targets::binaryEncodings()
{
    QFETCH(TargetEncoding, encoding);
    QFETCH(float, positive);
    QFETCH(float, negative);
    const Dataset data = threePoints(Task::Binary, 2, 1, 0, 1);
    const Eigen::MatrixXf t = encodeTargets(data, {1, 2, 0, 1}, encoding);
    QCOMPARE(t.rows(), Eigen::Index(1));
    QCOMPARE(t.cols(), Eigen::Index(4));
    QCOMPARE(t(0, 0), negative);
    QCOMPARE(t(0, 1), positive);
    QCOMPARE(t(0, 2), positive);
    QCOMPARE(t(0, 3), negative);
}

void tst_Targets::binaryOneHot()
{
    const Dataset data = threePoints(Task::Binary, 2, 1, 0, 1);
    const Eigen::MatrixXf t = encodeTargets(data, {0, 1}, TargetEncoding::OneHot);
    Eigen::MatrixXf expected(2, 2);
    expected << 0, 1,
                1, 0;
    QVERIFY(t == expected);
}

void tst_Targets::multiClassOneHot()
{
    const Dataset data = threePoints(Task::MultiClass, 4, 3, 0, 2);
    const Eigen::MatrixXf t = encodeTargets(data, {0, 1, 2}, TargetEncoding::OneHot);
    Eigen::MatrixXf expected(4, 3);
    expected << 0, 1, 0,
                0, 0, 0,
                0, 0, 1,
                1, 0, 0;
    QVERIFY(t == expected);
    QCOMPARE(t.colwise().sum(), Eigen::RowVectorXf::Ones(3)); // exactly one 1 per column
}

void tst_Targets::regressionValue()
{
    const Dataset data = threePoints(Task::Regression, 0, -0.5, 0.25, 1.2);
    const Eigen::MatrixXf t = encodeTargets(data, {2, 0}, TargetEncoding::Value);
    QCOMPARE(t.rows(), Eigen::Index(1));
    QCOMPARE(t(0, 0), 1.2f);
    QCOMPARE(t(0, 1), -0.5f);
}

void tst_Targets::emptySelection()
{
    const Dataset data = threePoints(Task::MultiClass, 3, 0, 1, 2);
    const Eigen::MatrixXf t = encodeTargets(data, {}, TargetEncoding::OneHot);
    QCOMPARE(t.rows(), Eigen::Index(3));
    QCOMPARE(t.cols(), Eigen::Index(0));
}

void tst_Targets::outputCounts_data()
{
    QTest::addColumn<Task>("task");
    QTest::addColumn<int>("classCount");
    QTest::addColumn<TargetEncoding>("encoding");
    QTest::addColumn<int>("outputs");
    QTest::newRow("binary +-1") << Task::Binary << 2 << TargetEncoding::PlusMinusOne << 1;
    QTest::newRow("binary 0/1") << Task::Binary << 2 << TargetEncoding::ZeroOne << 1;
    QTest::newRow("binary one-hot") << Task::Binary << 2 << TargetEncoding::OneHot << 2;
    QTest::newRow("3 classes") << Task::MultiClass << 3 << TargetEncoding::OneHot << 3;
    QTest::newRow("10 classes") << Task::MultiClass << 10 << TargetEncoding::OneHot << 10;
    QTest::newRow("regression") << Task::Regression << 0 << TargetEncoding::Value << 1;
}

void tst_Targets::outputCounts()
{
    QFETCH(Task, task);
    QFETCH(int, classCount);
    QFETCH(TargetEncoding, encoding);
    QTEST(outputCount(threePoints(task, classCount, 0, 1, 0), encoding), "outputs");
}

void tst_Targets::mismatchesThrow_data()
{
    QTest::addColumn<Task>("task");
    QTest::addColumn<int>("classCount");
    QTest::addColumn<TargetEncoding>("encoding");
    QTest::newRow("binary as value") << Task::Binary << 2 << TargetEncoding::Value;
    QTest::newRow("multi as +-1") << Task::MultiClass << 3 << TargetEncoding::PlusMinusOne;
    QTest::newRow("multi as 0/1") << Task::MultiClass << 3 << TargetEncoding::ZeroOne;
    QTest::newRow("multi as value") << Task::MultiClass << 3 << TargetEncoding::Value;
    QTest::newRow("regression as +-1") << Task::Regression << 0 << TargetEncoding::PlusMinusOne;
    QTest::newRow("regression as 0/1") << Task::Regression << 0 << TargetEncoding::ZeroOne;
    QTest::newRow("regression as one-hot") << Task::Regression << 0 << TargetEncoding::OneHot;
}

void tst_Targets::mismatchesThrow()
{
    QFETCH(Task, task);
    QFETCH(int, classCount);
    QFETCH(TargetEncoding, encoding);
    const Dataset data = threePoints(task, classCount, 0, 1, 0);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, encodeTargets(data, {0, 1}, encoding));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, outputCount(data, encoding));
}

void tst_Targets::badSampleIndexThrows()
{
    const Dataset data = threePoints(Task::Binary, 2, 0, 1, 0);
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, encodeTargets(data, {0, 3}, TargetEncoding::ZeroOne));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, encodeTargets(data, {-1}, TargetEncoding::ZeroOne));
}

// A hand-built data set with a class outside 0..k-1 must not write past the one-hot rows.
void tst_Targets::corruptClassThrows()
{
    Dataset data;
    data.inputs = Eigen::MatrixXd::Zero(2, 1);
    data.classes = {2};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, encodeTargets(data, {0}, TargetEncoding::OneHot));
}

QTEST_MAIN(tst_Targets)
#include "tst_targets.moc"
