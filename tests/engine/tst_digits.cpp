// Tests for the embedded 8x8 digits: the decoded values match scikit-learn's digits.csv.gz
// (the file resources/data/digits.txt was converted from), and the shuffled data set keeps them.
#include "dataset.h"
#include "digits.h"

#include <QtTest>

#include <algorithm>
#include <stdexcept>

using namespace engine;

class tst_Digits : public QObject
{
    Q_OBJECT

private slots:
    void knownRows_data();
    void knownRows();
    void shapeAndRange();
    void classCounts();
    void generatedIsSeededPermutation();
    void badRowsThrow_data();
    void badRowsThrow();
};

void tst_Digits::knownRows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QList<int>>("pixels");
    QTest::addColumn<int>("label");
    // Rows 1, 2, 3 and 1797 of sklearn/datasets/data/digits.csv.gz (64 pixels, then the label).
    QTest::newRow("first") << 0
                           << QList<int>{0, 0, 5, 13, 9, 1, 0, 0,
                                         0, 0, 13, 15, 10, 15, 5, 0,
                                         0, 3, 15, 2, 0, 11, 8, 0,
                                         0, 4, 12, 0, 0, 8, 8, 0,
                                         0, 5, 8, 0, 0, 9, 8, 0,
                                         0, 4, 11, 0, 1, 12, 7, 0,
                                         0, 2, 14, 5, 10, 12, 0, 0,
                                         0, 0, 6, 13, 10, 0, 0, 0}
                           << 0;
    QTest::newRow("second") << 1
                            << QList<int>{0, 0, 0, 12, 13, 5, 0, 0,
                                          0, 0, 0, 11, 16, 9, 0, 0,
                                          0, 0, 3, 15, 16, 6, 0, 0,
                                          0, 7, 15, 16, 16, 2, 0, 0,
                                          0, 0, 1, 16, 16, 3, 0, 0,
                                          0, 0, 1, 16, 16, 6, 0, 0,
                                          0, 0, 1, 16, 16, 6, 0, 0,
                                          0, 0, 0, 11, 16, 10, 0, 0}
                            << 1;
    QTest::newRow("third") << 2
                           << QList<int>{0, 0, 0, 4, 15, 12, 0, 0,
                                         0, 0, 3, 16, 15, 14, 0, 0,
                                         0, 0, 8, 13, 8, 16, 0, 0,
                                         0, 0, 1, 6, 15, 11, 0, 0,
                                         0, 1, 8, 13, 15, 1, 0, 0,
                                         0, 9, 16, 16, 5, 0, 0, 0,
                                         0, 3, 13, 16, 16, 11, 5, 0,
                                         0, 0, 0, 3, 11, 16, 9, 0}
                           << 2;
    QTest::newRow("last") << 1796
                          << QList<int>{0, 0, 10, 14, 8, 1, 0, 0,
                                        0, 2, 16, 14, 6, 1, 0, 0,
                                        0, 0, 15, 15, 8, 15, 0, 0,
                                        0, 0, 5, 16, 16, 10, 0, 0,
                                        0, 0, 12, 15, 15, 12, 0, 0,
                                        0, 4, 16, 6, 4, 16, 6, 0,
                                        0, 8, 16, 10, 8, 16, 8, 0,
                                        0, 1, 8, 12, 14, 12, 1, 0}
                          << 8;
}

void tst_Digits::knownRows()
{
    QFETCH(int, row);
    QFETCH(QList<int>, pixels);
    QFETCH(int, label);
    const Dataset data = loadDigits();
    QCOMPARE(pixels.size(), kDigitsPixels);
    for (int p = 0; p < kDigitsPixels; ++p)
        QCOMPARE(data.inputs(p, row), pixels[p] / 16.0);
    QCOMPARE(data.classes[std::size_t(row)], label);
}

void tst_Digits::shapeAndRange()
{
    const Dataset data = loadDigits();
    QCOMPARE(data.size(), kDigitsSamples);
    QCOMPARE(data.inputDim(), 64);
    QCOMPARE(data.task, Task::MultiClass);
    QCOMPARE(data.classCount, 10);
    QCOMPARE(data.inputs.minCoeff(), 0.0);
    QCOMPARE(data.inputs.maxCoeff(), 1.0);
    QVERIFY(data.values.size() == 0);
}

// The UCI test part is nearly balanced: 174 to 183 samples per digit.
void tst_Digits::classCounts()
{
    const Dataset data = loadDigits();
    QList<int> counts(10, 0);
    for (int c : data.classes)
        ++counts[c];
    QCOMPARE(counts, (QList<int>{178, 182, 177, 183, 181, 182, 181, 179, 174, 180}));
}

// generateDataset(Digits) reorders whole samples by seed: same seed same order, another seed
// another order, and every sample (pixels with its label) still present.
void tst_Digits::generatedIsSeededPermutation()
{
    DataSpec spec;
    spec.kind = DatasetKind::Digits;
    spec.seed = 7;
    const Dataset a = generateDataset(spec);
    const Dataset b = generateDataset(spec);
    spec.seed = 8;
    const Dataset c = generateDataset(spec);
    QVERIFY(a.inputs == b.inputs && a.classes == b.classes);
    QVERIFY(a.classes != c.classes);

    const Dataset ordered = loadDigits();
    QVERIFY(a.classes != ordered.classes);
    auto fingerprint = [](const Dataset &d) {
        std::vector<std::pair<int, double>> rows;
        for (int j = 0; j < d.size(); ++j) // weighted pixel sum: differs between almost all images
            rows.emplace_back(d.classes[std::size_t(j)], d.inputs.col(j).dot(Eigen::VectorXd::LinSpaced(64, 1, 64)));
        std::sort(rows.begin(), rows.end());
        return rows;
    };
    QVERIFY(fingerprint(a) == fingerprint(ordered));
}

void tst_Digits::badRowsThrow_data()
{
    QTest::addColumn<QByteArray>("row");
    const QByteArray good(64, '0');
    QTest::newRow("short") << QByteArray(good.left(63) + "1");
    QTest::newRow("long") << QByteArray(good + "12");
    QTest::newRow("pixel h (17)") << QByteArray("h" + good.mid(1) + "1");
    QTest::newRow("upper case") << QByteArray("A" + good.mid(1) + "1");
    QTest::newRow("label letter") << QByteArray(good + "a");
}

void tst_Digits::badRowsThrow()
{
    QFETCH(QByteArray, row);
    const QByteArray good = QByteArray(64, 'g') + "9";
    const char *rows[] = {good.constData(), row.constData()};
    QCOMPARE(decodeDigits(rows, 1).inputs(0, 0), 1.0); // the good row alone decodes
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, decodeDigits(rows, 2));
}

QTEST_MAIN(tst_Digits)
#include "tst_digits.moc"
