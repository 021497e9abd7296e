#include "expression.h"

#include <QHash>
#include <QTest>

class tst_Expression : public QObject {
    Q_OBJECT
private slots:
    void evaluates_data();
    void evaluates();
    void rejectsBadSyntax_data();
    void rejectsBadSyntax();
    void missingVariableIsUndecided();
    void listsVariables();
};

namespace {
VariableLookup table()
{
    static const QHash<QString, double> values = {{QStringLiteral("val.acc"), 0.92},   {QStringLiteral("test.tp"), 43},
                                                  {QStringLiteral("test.tn"), 51},     {QStringLiteral("test.n"), 100},
                                                  {QStringLiteral("train.loss@50"), 0.016}, {QStringLiteral("B.val.loss"), 0.61},
                                                  {QStringLiteral("zero"), 0}};
    return [](const QString &name) -> std::optional<double> {
        const auto it = values.find(name);
        return it == values.end() ? std::nullopt : std::optional<double>(*it);
    };
}
} // namespace

void tst_Expression::evaluates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::newRow("number") << "0.5" << 0.5;
    QTest::newRow("exponent") << "1e-6 * 2" << 2e-6;
    QTest::newRow("precedence") << "1 + 2 * 3" << 7.0;
    QTest::newRow("parentheses") << "(1 + 2) * 3" << 9.0;
    QTest::newRow("unary minus") << "-2 - -3" << 1.0;
    QTest::newRow("left associative") << "10 - 4 - 3" << 3.0;
    QTest::newRow("accuracy") << "(test.tp + test.tn) / test.n" << 0.94;
    QTest::newRow("history") << "train.loss@50" << 0.016;
    QTest::newRow("run prefix") << "B.val.loss" << 0.61;
    QTest::newRow("functions") << "max(abs(-2), min(1, 5))" << 2.0;
    QTest::newRow("true") << "val.acc >= 0.9" << 1.0;
    QTest::newRow("false") << "val.acc < 0.9" << 0.0;
    QTest::newRow("equal") << "test.n == 100" << 1.0;
    QTest::newRow("arith compare") << "B.val.loss - val.acc != 0" << 1.0;
}

void tst_Expression::evaluates()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QString error;
    const Expression e = Expression::parse(text, &error);
    QVERIFY2(e.isValid(), qPrintable(error));
    const auto result = e.evaluate(table());
    QVERIFY(result.has_value());
    QCOMPARE_LE(std::abs(*result - value), 1e-12);
}

void tst_Expression::rejectsBadSyntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("dangling operator") << "val.acc >=";
    QTest::newRow("unbalanced") << "(1 + 2";
    QTest::newRow("two comparisons") << "1 < 2 < 3";
    QTest::newRow("unknown function") << "sqrt(4)";
    QTest::newRow("bad char") << "val.acc # 3";
    QTest::newRow("at without epoch") << "train.loss@ > 1";
    QTest::newRow("wrong arity") << "min(1)";
}

void tst_Expression::rejectsBadSyntax()
{
    QFETCH(QString, text);
    QString error;
    const Expression e = Expression::parse(text, &error);
    QVERIFY(!e.isValid());
    QVERIFY(!error.isEmpty());
    QVERIFY(!e.evaluate(table()).has_value());
}

void tst_Expression::missingVariableIsUndecided()
{
    const Expression e = Expression::parse(QStringLiteral("test.fp >= 0"));
    QVERIFY(e.isValid() && e.isCondition());
    QVERIFY(!e.holds(table()).has_value());
    // Division by zero is undecided too, never a NaN that compares false.
    QVERIFY(!Expression::parse(QStringLiteral("1 / zero > 0")).holds(table()).has_value());
    QVERIFY(!Expression::parse(QStringLiteral("1 + 2")).isCondition());
}

void tst_Expression::listsVariables()
{
    const Expression e = Expression::parse(QStringLiteral("B.val.loss > val.acc + train.loss@50 - val.acc"));
    QCOMPARE(e.variables(), (QStringList{"B.val.loss", "val.acc", "train.loss@50"}));
}

QTEST_APPLESS_MAIN(tst_Expression)
#include "tst_expression.moc"
