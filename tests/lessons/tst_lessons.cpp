#include "lessonacceptance.h"
#include "lessonlibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

/// Every shipped lesson: loads and validates, covers 1..12 once, links only glossary terms,
/// and passes its acceptance block with the shipped seeds (CURRICULUM §8.2).
class tst_Lessons : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void allTwelveLoad();
    void classroomPlaylistExists();
    void glossaryCoversEveryLink();
    void acceptance_data();
    void acceptance();

private:
    LessonLibrary m_library;
};

void tst_Lessons::initTestCase()
{
    m_library.loadFolder(LessonLibrary::embeddedRoot());
}

void tst_Lessons::allTwelveLoad()
{
    QCOMPARE(m_library.entries().size(), 12);
    QSet<int> numbers;
    for (const LessonLoadResult &entry : m_library.entries()) {
        QVERIFY2(entry.ok(), qPrintable(entry.lesson.id + QLatin1Char('\n') + entry.errors.join(QLatin1Char('\n'))));
        numbers.insert(entry.lesson.number);
        QVERIFY2(entry.lesson.steps.size() >= 3 && entry.lesson.steps.size() <= 7, qPrintable(entry.lesson.id));
        QVERIFY(!entry.lesson.acceptance.isEmpty());
        QVERIFY(!entry.lesson.text(QStringLiteral("zh_CN")).title().isEmpty());
        QVERIFY(entry.lesson.text(QStringLiteral("zh_CN")).title() != entry.lesson.text(QStringLiteral("en")).title());
    }
    QCOMPARE(numbers.size(), 12);
    QVERIFY(numbers.contains(1) && numbers.contains(12));
}

void tst_Lessons::classroomPlaylistExists()
{
    // CURRICULUM §4.2: the 40-minute playlist uses starred steps of L1, L5-L8, L10 and L11.
    for (int number : {1, 5, 6, 7, 8, 10}) {
        const Lesson *lesson = m_library.byNumber(number);
        QVERIFY(lesson);
        QVERIFY2(std::any_of(lesson->steps.begin(), lesson->steps.end(), [](const LessonStep &s) { return s.classroom; }),
                 qPrintable(lesson->id));
    }
}

void tst_Lessons::glossaryCoversEveryLink()
{
    QFile json(QStringLiteral(":/lessons/glossary/glossary.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QSet<QString> ids;
    for (const QJsonValue &term : QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("terms")).toArray())
        ids.insert(term.toObject().value(QStringLiteral("id")).toString());
    QVERIFY(ids.size() >= 50);
    for (const QString &language : LessonLoader::languages()) {
        QFile file(QStringLiteral(":/lessons/glossary/%1.md").arg(language));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const LessonText text = LessonText::parse(QString::fromUtf8(file.readAll()));
        const QStringList sections = text.sectionIds();
        QCOMPARE(QSet<QString>(sections.begin(), sections.end()), ids);
        for (const QString &id : sections) {
            QVERIFY2(!text.part(id, QStringLiteral("term")).isEmpty(), qPrintable(language + id));
            QVERIFY2(!text.part(id, QStringLiteral("definition")).isEmpty(), qPrintable(language + id));
        }
    }
    static const QRegularExpression link(QStringLiteral("\\]\\(term:([A-Za-z0-9-]+)\\)"));
    for (const LessonLoadResult &entry : m_library.entries()) {
        for (const QString &language : LessonLoader::languages()) {
            QFile file(entry.lesson.sourcePath + QStringLiteral("/%1.md").arg(language));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto it = link.globalMatch(text); it.hasNext();) {
                const QString id = it.next().captured(1);
                QVERIFY2(ids.contains(id), qPrintable(entry.lesson.id + QLatin1Char(' ') + language + QLatin1Char(' ') + id));
            }
        }
    }
}

void tst_Lessons::acceptance_data()
{
    QTest::addColumn<QString>("id");
    for (const LessonLoadResult &entry : m_library.entries())
        QTest::newRow(qPrintable(entry.lesson.id)) << entry.lesson.id;
}

void tst_Lessons::acceptance()
{
    QFETCH(QString, id);
    const Lesson *lesson = m_library.find(id);
    QVERIFY(lesson);
    for (const AcceptanceResult &result : LessonAcceptance::run(*lesson))
        QVERIFY2(result.failures.isEmpty(), qPrintable(result.id + QStringLiteral(": ") + result.failures.join(QStringLiteral("; "))));
}

QTEST_APPLESS_MAIN(tst_Lessons)
#include "tst_lessons.moc"
