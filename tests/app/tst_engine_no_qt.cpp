// Rule 1 of DESIGN.md: engine/ is plain C++17 + Eigen. Any Qt include, or a Qt target in the
// engine's CMakeLists.txt, fails this test with the file and line to fix.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTextStream>

class tst_EngineNoQt : public QObject
{
    Q_OBJECT

public:
    /// True for a line that includes a Qt header (<QString>, "QtCore/qglobal.h", <Qt...>).
    static bool includesQtHeader(const QString &line)
    {
        static const QRegularExpression pattern(QStringLiteral("#\\s*include\\s*[<\"]Q"));
        return pattern.match(line).hasMatch();
    }

    /// True for a CMake line that would pull Qt into the engine target.
    static bool mentionsQtInCMake(const QString &line)
    {
        static const QRegularExpression pattern(QStringLiteral("\\bQt[56]?::|find_package\\s*\\(\\s*Qt"));
        return pattern.match(line).hasMatch();
    }

private slots:
    void detector_data();
    void detector();
    void engineSourcesIncludeNoQt();
    void engineCMakeLinksNoQt();
};

void tst_EngineNoQt::detector_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("isQt");
    QTest::newRow("angle") << "#include <QString>" << true;
    QTest::newRow("quoted") << "#include \"QtCore/qglobal.h\"" << true;
    QTest::newRow("umbrella") << "#include <QtWidgets>" << true;
    QTest::newRow("spaced") << "  #  include   <QVector>" << true;
    QTest::newRow("std") << "#include <vector>" << false;
    QTest::newRow("eigen") << "#include <Eigen/Dense>" << false;
    QTest::newRow("local") << "#include \"network.h\"" << false;
    QTest::newRow("prose") << "// QString is not used here" << false;
}

void tst_EngineNoQt::detector()
{
    QFETCH(QString, line);
    QFETCH(bool, isQt);
    QCOMPARE(includesQtHeader(line), isQt);
    QVERIFY(mentionsQtInCMake(QStringLiteral("target_link_libraries(x PUBLIC Qt6::Core)")));
    QVERIFY(mentionsQtInCMake(QStringLiteral("find_package(Qt6 REQUIRED)")));
    QVERIFY(!mentionsQtInCMake(QStringLiteral("target_link_libraries(x PUBLIC Eigen3::Eigen)")));
}

void tst_EngineNoQt::engineSourcesIncludeNoQt()
{
    const QString engineDir = QStringLiteral(NL_SOURCE_DIR "/engine");
    QStringList offences;
    int files = 0;
    QDirIterator it(engineDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(path));
        ++files;
        QTextStream in(&file);
        for (int lineNumber = 1; !in.atEnd(); ++lineNumber) {
            const QString line = in.readLine();
            if (includesQtHeader(line))
                offences << QStringLiteral("%1:%2: %3").arg(path).arg(lineNumber).arg(line.trimmed());
        }
    }
    QVERIFY2(files > 0, qPrintable(QStringLiteral("no files found under ") + engineDir));
    QVERIFY2(offences.isEmpty(),
             qPrintable(QStringLiteral("Qt includes in engine/:\n") + offences.join(QLatin1Char('\n'))));
}

void tst_EngineNoQt::engineCMakeLinksNoQt()
{
    const QString path = QStringLiteral(NL_SOURCE_DIR "/engine/CMakeLists.txt");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(path));
    QTextStream in(&file);
    QStringList offences;
    for (int lineNumber = 1; !in.atEnd(); ++lineNumber) {
        const QString line = in.readLine();
        if (mentionsQtInCMake(line))
            offences << QStringLiteral("%1:%2: %3").arg(path).arg(lineNumber).arg(line.trimmed());
    }
    QVERIFY2(offences.isEmpty(), qPrintable(offences.join(QLatin1Char('\n'))));
}

QTEST_APPLESS_MAIN(tst_EngineNoQt)
#include "tst_engine_no_qt.moc"
