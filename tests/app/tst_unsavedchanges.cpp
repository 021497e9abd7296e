// The question before unsaved free play is lost, in the real main window: closing asks (Cancel
// keeps everything, Discard closes, Save saves then closes), a lesson never asks, opening a file
// over unsaved work asks first, and the question's standard buttons are translated. Split off
// tst_workspacefiles.
#include "filemenu.h"
#include "languagemanager.h"
#include "savequestion.h"
#include "workspacedocument.h"
#include "workspacefile.h"
#include "workspacefilestesthelpers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using apptest::action;
using apptest::caughtUpAtEpoch;
using apptest::trainedInFreePlay;

class tst_UnsavedChanges : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void asksBeforeClosingUnsavedFreePlay();
    void saveAnswerSavesThenCloses();
    void asksBeforeOpeningOverUnsavedFreePlay();
    void saveQuestionHasTranslatedStandardButtons();
};

void tst_UnsavedChanges::initTestCase()
{
    apptest::initFileTestCase();
}

void tst_UnsavedChanges::init()
{
    QSettings().clear();
}

void tst_UnsavedChanges::asksBeforeClosingUnsavedFreePlay()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    int asked = 0;
    SaveQuestion::Answer answer = SaveQuestion::Answer::Cancel;
    QString askedAbout = QStringLiteral("-");
    const auto asker = [&](QWidget *, const QString &fileName) {
        ++asked;
        askedAbout = fileName;
        return answer;
    };

    // A clean workspace closes without a question.
    {
        MainWindow window(&languages);
        window.fileMenu()->setSaveQuestion(asker);
        window.show();
        window.lessonShell()->showFreePlay();
        QVERIFY(!window.fileMenu()->hasUnsavedChanges());
        QVERIFY(window.close());
        QCOMPARE(asked, 0);
    }

    MainWindow window(&languages);
    window.fileMenu()->setSaveQuestion(asker);
    window.show();
    QVERIFY(trainedInFreePlay(window, 2));
    QTRY_VERIFY(window.fileMenu()->hasUnsavedChanges());

    // Cancel: the window stays, with everything in it.
    QVERIFY(!window.close());
    QCOMPARE(asked, 1);
    QCOMPARE(askedAbout, QString()); // untitled
    QVERIFY(window.isVisible());
    QCOMPARE(window.workspace().session().latest().epoch, 2);

    // A lesson is not the user's workspace: no question there.
    window.lessonShell()->openLesson(1, 0);
    QVERIFY(!window.fileMenu()->hasUnsavedChanges());
    window.lessonShell()->showFreePlay();
    window.workspace().session().stepEpoch();
    QTRY_VERIFY(window.fileMenu()->hasUnsavedChanges());

    // Discard: it closes.
    answer = SaveQuestion::Answer::Discard;
    QVERIFY(window.close());
    QCOMPARE(asked, 2);
    QVERIFY(!window.isVisible());
}

void tst_UnsavedChanges::saveAnswerSavesThenCloses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.nlw"));
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    int asked = 0;
    window.fileMenu()->setSaveQuestion([&](QWidget *, const QString &fileName) {
        ++asked;
        return fileName == QLatin1String("kept.nlw") ? SaveQuestion::Answer::Save : SaveQuestion::Answer::Cancel;
    });
    window.show();
    QVERIFY(trainedInFreePlay(window, 2));
    WorkspaceDocument *document = window.fileMenu()->document();
    QSignalSpy saved(document, &WorkspaceDocument::saved);
    window.fileMenu()->saveFile(path);
    QVERIFY(saved.count() == 1 || saved.wait());
    window.workspace().session().stepEpoch();
    QVERIFY(caughtUpAtEpoch(window.workspace(), 3));
    QTRY_VERIFY(document->isModified());

    // Save: the close waits for the file, then happens without a second question.
    QVERIFY(!window.close());
    QCOMPARE(asked, 1);
    QTRY_VERIFY(!window.isVisible());
    QCOMPARE(asked, 1);
    QString error;
    const auto reread = WorkspaceFile::load(path, &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(reread->trainer.epoch, 3);
}

void tst_UnsavedChanges::asksBeforeOpeningOverUnsavedFreePlay()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    int asked = 0;
    window.fileMenu()->setSaveQuestion([&](QWidget *, const QString &) {
        ++asked;
        return SaveQuestion::Answer::Cancel;
    });
    window.show();
    QVERIFY(trainedInFreePlay(window, 1));
    QTRY_VERIFY(window.fileMenu()->hasUnsavedChanges());
    // Cancel: no file dialog opens (it would block here), nothing changes.
    action(window, "openWorkspaceAction")->trigger();
    QCOMPARE(asked, 1);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(window.workspace().session().latest().epoch, 1);
}

void tst_UnsavedChanges::saveQuestionHasTranslatedStandardButtons()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("zh_CN"));
    MainWindow window(&languages);
    window.show();
    QString save;
    QString title; // the question's text
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("saveQuestionBox"));
        save = box->button(QMessageBox::Save)->text();
        title = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QCOMPARE(SaveQuestion::ask(&window, QStringLiteral("run.nlw")), SaveQuestion::Answer::Cancel);
    // Qt's own catalogue (qt6-translations-l10n) translates the standard buttons.
    QVERIFY2(save.contains(QStringLiteral("保存")), qPrintable(save));
    QVERIFY2(title.contains(QStringLiteral("run.nlw")), qPrintable(title));
}

QTEST_MAIN(tst_UnsavedChanges)
#include "tst_unsavedchanges.moc"
