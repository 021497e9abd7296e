// Tests for engine::splitDataset: exact sizes, disjoint and covering index sets, reproducibility
// by seed, and rejection of bad shares.
#include "split.h"

#include <QtTest>

#include <algorithm>
#include <numeric>
#include <stdexcept>

using namespace engine;

class tst_Split : public QObject
{
    Q_OBJECT

private slots:
    void sizes_data();
    void sizes();
    void disjointAndCovering_data();
    void disjointAndCovering();
    void sameSeedSameSplit();
    void differentSeedsDiffer();
    void invalidShares_data();
    void invalidShares();
};

void tst_Split::sizes_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("train");
    QTest::addColumn<int>("validation");
    QTest::addColumn<int>("test");
    QTest::addColumn<int>("trainCount");
    QTest::addColumn<int>("validationCount");
    QTest::addColumn<int>("testCount");
    QTest::newRow("500 @ 60/20/20") << 500 << 60 << 20 << 20 << 300 << 100 << 100;
    QTest::newRow("1000 @ 80/0/20 (L11)") << 1000 << 80 << 0 << 20 << 800 << 0 << 200;
    QTest::newRow("500 @ 50/0/50 (L10)") << 500 << 50 << 0 << 50 << 250 << 0 << 250;
    QTest::newRow("500 @ 10/45/45") << 500 << 10 << 45 << 45 << 50 << 225 << 225;
    QTest::newRow("7 @ 33/33/34") << 7 << 33 << 33 << 34 << 2 << 2 << 3;  // 2.31, 2.31 round down
    QTest::newRow("5 @ 50/30/20") << 5 << 50 << 30 << 20 << 3 << 2 << 0;  // 2.5 -> 3, 1.5 -> 2
    QTest::newRow("7 @ 50/50/0") << 7 << 50 << 50 << 0 << 4 << 3 << 0;   // validation gives way
    QTest::newRow("all train") << 9 << 100 << 0 << 0 << 9 << 0 << 0;
    QTest::newRow("all test") << 9 << 0 << 0 << 100 << 0 << 0 << 9;
    QTest::newRow("empty") << 0 << 60 << 20 << 20 << 0 << 0 << 0;
}

void tst_Split::sizes()
{
    QFETCH(int, n);
    QFETCH(int, train);
    QFETCH(int, validation);
    QFETCH(int, test);
    const DataSplit split = splitDataset(n, {train, validation, test}, 1);
    QTEST(int(split.train.size()), "trainCount");
    QTEST(int(split.validation.size()), "validationCount");
    QTEST(int(split.test.size()), "testCount");
}

void tst_Split::disjointAndCovering_data()
{
    QTest::addColumn<int>("n");
    QTest::newRow("7") << 7;
    QTest::newRow("500") << 500;
    QTest::newRow("1797") << 1797;
}

void tst_Split::disjointAndCovering()
{
    QFETCH(int, n);
    const DataSplit split = splitDataset(n, {60, 20, 20}, 42);
    std::vector<int> all;
    all.insert(all.end(), split.train.begin(), split.train.end());
    all.insert(all.end(), split.validation.begin(), split.validation.end());
    all.insert(all.end(), split.test.begin(), split.test.end());
    std::sort(all.begin(), all.end());
    std::vector<int> expected(static_cast<std::size_t>(n));
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(all, expected); // every index exactly once
}

void tst_Split::sameSeedSameSplit()
{
    const DataSplit a = splitDataset(500, {60, 20, 20}, 2024);
    const DataSplit b = splitDataset(500, {60, 20, 20}, 2024);
    QCOMPARE(a.train, b.train);
    QCOMPARE(a.validation, b.validation);
    QCOMPARE(a.test, b.test);
    // A seeded permutation, not the identity: the test set is not just the last 100 samples.
    QVERIFY(*std::min_element(a.test.begin(), a.test.end()) < 400);
}

void tst_Split::differentSeedsDiffer()
{
    const DataSplit a = splitDataset(500, {60, 20, 20}, 1);
    const DataSplit b = splitDataset(500, {60, 20, 20}, 2);
    QVERIFY(a.train != b.train);
    QVERIFY(a.test != b.test);
}

void tst_Split::invalidShares_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("train");
    QTest::addColumn<int>("validation");
    QTest::addColumn<int>("test");
    QTest::newRow("sum 99") << 500 << 60 << 20 << 19;
    QTest::newRow("sum 101") << 500 << 60 << 21 << 20;
    QTest::newRow("negative validation") << 500 << 80 << -10 << 30;
    QTest::newRow("negative test") << 500 << 110 << 0 << -10;
    QTest::newRow("negative n") << -1 << 60 << 20 << 20;
}

void tst_Split::invalidShares()
{
    QFETCH(int, n);
    QFETCH(int, train);
    QFETCH(int, validation);
    QFETCH(int, test);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, splitDataset(n, {train, validation, test}, 1));
}

QTEST_MAIN(tst_Split)
#include "tst_split.moc"
