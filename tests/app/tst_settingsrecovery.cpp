// A settings file that is corrupt (unparseable, or a value of the wrong type or out of range) is
// renamed aside with a timestamp, the app starts with defaults, and the main window says so once.
// A valid file, with the shapes QSettings itself writes, is left alone.
#include "languagemanager.h"
#include "mainwindow.h"
#include "progressstore.h"
#include "recentfiles.h"
#include "settingsrecovery.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class tst_SettingsRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void corruptFileIsSetAside_data();
    void corruptFileIsSetAside();
    void validFileIsKept();
    void missingFileIsFine();
    void sameSecondDoesNotOverwrite();
    void mainWindowSaysSoOnce();

private:
    static void writeRaw(const QByteArray &bytes);
    static QString settingsPath() { return QSettings().fileName(); }
    static QStringList setAside();
    const QDateTime m_now{QDate(2026, 11, 23), QTime(18, 45, 0)};
};

void tst_SettingsRecovery::initTestCase()
{
    // Settings go to a test location (~/.qttest), never to the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("neural-lessons-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsrecovery"));
}

void tst_SettingsRecovery::init()
{
    QDir().mkpath(QFileInfo(settingsPath()).path());
    QFile::remove(settingsPath());
    for (const QString &file : setAside())
        QFile::remove(file);
}

void tst_SettingsRecovery::cleanup()
{
    init();
}

void tst_SettingsRecovery::writeRaw(const QByteArray &bytes)
{
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList tst_SettingsRecovery::setAside()
{
    const QFileInfo info(settingsPath());
    QStringList files;
    for (const QString &name : QDir(info.path()).entryList({info.fileName() + QStringLiteral(".corrupt-*")}, QDir::Files))
        files << info.path() + QLatin1Char('/') + name;
    return files;
}

void tst_SettingsRecovery::corruptFileIsSetAside_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("binary garbage") << QByteArray("\x01\x02garbage\xff\xfe[[[\n=\n", 16);
    QTest::newRow("unclosed section") << QByteArray("[progress\nL01\\lastStep=2\n");
    QTest::newRow("text without keys") << QByteArray("this is not a settings file\n");
    QTest::newRow("negative step") << QByteArray("[progress]\nL01\\lastStep=-5\n");
    QTest::newRow("step not a number") << QByteArray("[progress]\nL01\\furthestStep=three\n");
    QTest::newRow("step out of range") << QByteArray("[progress]\nL01\\lastStep=2147483647\n");
    QTest::newRow("done not a bool") << QByteArray("[progress]\nL01\\done=maybe\n");
    QTest::newRow("palette not a bool") << QByteArray("[view]\ndarkPalette=42\n");
    QTest::newRow("broken variant") << QByteArray("[progress]\nL01\\checkpoints=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\xffjunk)\n");
    QTest::newRow("recent files a number") << QByteArray("[files]\nrecent=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x7)\n");
}

void tst_SettingsRecovery::corruptFileIsSetAside()
{
    QFETCH(QByteArray, bytes);
    writeRaw(bytes);

    const QString moved = SettingsRecovery::setAsideIfCorrupt(m_now);
    QCOMPARE(moved, settingsPath() + QStringLiteral(".corrupt-20261123-184500"));
    QVERIFY(!QFileInfo::exists(settingsPath()));
    QFile kept(moved);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), bytes); // moved as it was, for someone to look at

    // Defaults: no progress, no recent files, light palette.
    QVERIFY(QSettings().allKeys().isEmpty());
    QCOMPARE(ProgressStore().entry(QStringLiteral("L01")).furthestStep, -1);
    QCOMPARE(ProgressStore().entry(QStringLiteral("L01")).lastStep, 0);
    QVERIFY(RecentFiles::list().isEmpty());

    // Progress written after that is kept, and the next start finds nothing to set aside.
    ProgressStore().visitStep(QStringLiteral("L01"), 3);
    QSettings().sync();
    QCOMPARE(SettingsRecovery::setAsideIfCorrupt(m_now.addSecs(60)), QString());
    QCOMPARE(ProgressStore().entry(QStringLiteral("L01")).furthestStep, 3);
    QCOMPARE(setAside().size(), 1);
}

void tst_SettingsRecovery::validFileIsKept()
{
    {
        QSettings settings;
        settings.setValue(QStringLiteral("view/darkPalette"), true);
        settings.setValue(QStringLiteral("files/recent"), QStringList{QStringLiteral("/tmp/a.nlw")}); // read back as a string
        settings.setValue(QStringLiteral("some/futureKey"), QStringLiteral("anything"));
    }
    ProgressStore progress;
    progress.visitStep(QStringLiteral("L02"), 0);
    progress.visitStep(QStringLiteral("L02"), 4);
    progress.visitStep(QStringLiteral("L02"), 2);
    progress.recordCheckpoint(QStringLiteral("L02"), QStringLiteral("1/0"));
    progress.recordCheckpoint(QStringLiteral("L02"), QStringLiteral("3/1"));
    progress.markDone(QStringLiteral("L02"));
    QSettings().sync();

    QCOMPARE(SettingsRecovery::setAsideIfCorrupt(m_now), QString());
    QVERIFY(QFileInfo::exists(settingsPath()));
    QVERIFY(setAside().isEmpty());
    const ProgressStore::Entry entry = progress.entry(QStringLiteral("L02"));
    QCOMPARE(entry.lastStep, 2);
    QCOMPARE(entry.furthestStep, 4);
    QVERIFY(entry.done);
    QCOMPARE(entry.checkpointsRight, 2);
    QCOMPARE(RecentFiles::list(), QStringList{QStringLiteral("/tmp/a.nlw")});
}

void tst_SettingsRecovery::missingFileIsFine()
{
    QVERIFY(!QFileInfo::exists(settingsPath()));
    QCOMPARE(SettingsRecovery::setAsideIfCorrupt(m_now), QString());
    QVERIFY(setAside().isEmpty());
}

void tst_SettingsRecovery::sameSecondDoesNotOverwrite()
{
    writeRaw("garbage one\n");
    const QString first = SettingsRecovery::setAsideIfCorrupt(m_now);
    writeRaw("garbage two\n");
    const QString second = SettingsRecovery::setAsideIfCorrupt(m_now);
    QVERIFY(!first.isEmpty());
    QVERIFY(!second.isEmpty());
    QVERIFY(first != second);
    QCOMPARE(setAside().size(), 2);
}

void tst_SettingsRecovery::mainWindowSaysSoOnce()
{
    // As main() starts: check, then the window, which reads the (now default) settings.
    writeRaw("[view]\ndarkPalette=yes please\n");
    const QString moved = SettingsRecovery::setAsideIfCorrupt(m_now);
    QVERIFY(!moved.isEmpty());
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(&languages);
    QVERIFY(!window.darkPaletteAction()->isChecked());
    window.show();
    window.showSettingsRecovered(moved);

    const QList<QMessageBox *> boxes = window.findChildren<QMessageBox *>(QStringLiteral("settingsRecoveredMessage"));
    QCOMPARE(boxes.size(), 1);
    QMessageBox *box = boxes.first();
    QVERIFY(box->isVisible());
    QVERIFY(!box->isModal()); // the window stays usable behind it
    QVERIFY(box->text().contains(QDir::toNativeSeparators(moved)));
    QVERIFY(box->text().contains(QStringLiteral("default")));

    // The user's next choice is saved into a fresh file, so the next start says nothing.
    window.darkPaletteAction()->trigger();
    QSettings().sync();
    QCOMPARE(SettingsRecovery::setAsideIfCorrupt(m_now.addSecs(1)), QString());
    QCOMPARE(setAside().size(), 1);

    box->button(QMessageBox::Ok)->click();
    QTRY_VERIFY(window.findChildren<QMessageBox *>(QStringLiteral("settingsRecoveredMessage")).isEmpty());
    window.darkPaletteAction()->trigger();
}

QTEST_MAIN(tst_SettingsRecovery)
#include "tst_settingsrecovery.moc"
