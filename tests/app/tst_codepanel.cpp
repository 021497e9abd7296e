// P10: the code panel shows the listing of the spec it is given, lights lines by anchor, copies
// and exports what it shows, and reports a failed export without blocking or losing the code.
#include "apppalette.h"
#include "codepanel.h"
#include "codeview.h"
#include "languagemanager.h"
#include "lessonlibrary.h"
#include "presetstate.h"
#include "pythonhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

class tst_CodePanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTheSpec();
    void highlightLightsTheAnchorLine();
    void newSpecKeepsScrollAndHighlight();
    void kerasTab();
    void copy();
    void exportWritesTheText();
    void exportErrorIsShownWithoutBlocking();
    void darkPalette();
    void screenshots();

private:
    WorkspaceSpec m_l11;
};

namespace {

QString blockText(const CodeView *view, int line)
{
    return view->document()->findBlockByNumber(line - 1).text();
}


} // namespace

void tst_CodePanel::initTestCase()
{
    LessonLibrary library;
    library.loadFolder(LessonLibrary::embeddedRoot());
    const Lesson *lesson = library.byNumber(11);
    QVERIFY(lesson);
    PresetState state = PresetState::defaults();
    QVERIFY(state.apply(lesson->preset).isEmpty());
    m_l11 = state.spec;
}

void tst_CodePanel::showsTheSpec()
{
    CodePanel panel;
    panel.setSpec(m_l11);
    const QString shown = panel.view(CodePanel::PyTorchTab)->toPlainText();
    QVERIFY(shown.contains(QLatin1String("\nLR = 0.1\n")));
    QCOMPARE(shown + QLatin1Char('\n'), panel.currentText());

    WorkspaceSpec spec = m_l11;
    spec.training.optimizer.learningRate = 0.03;
    panel.setSpec(spec);
    QVERIFY(panel.view(CodePanel::PyTorchTab)->toPlainText().contains(QLatin1String("\nLR = 0.03\n")));
    QVERIFY(panel.view(CodePanel::KerasTab)->toPlainText().contains(QLatin1String("SGD(learning_rate=0.03)")));
}

void tst_CodePanel::highlightLightsTheAnchorLine()
{
    CodePanel panel;
    panel.resize(450, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setSpec(m_l11);
    CodeView *view = panel.view(CodePanel::PyTorchTab);
    panel.highlight({QStringLiteral("optimizer")});

    const QList<QTextEdit::ExtraSelection> lit = view->extraSelections();
    QCOMPARE(lit.size(), 1);
    const QTextCursor litCursor = lit.first().cursor;
    QVERIFY(litCursor.hasSelection());
    QVERIFY(view->document()->findBlock(litCursor.selectionStart()).text().contains(QLatin1String("torch.optim.SGD")));
    QVERIFY(litCursor.selectedText().startsWith(QLatin1String("optimizer = torch.optim.SGD(")));
    QCOMPARE(lit.first().format.property(QTextFormat::FullWidthSelection).toBool(), true);
    QVERIFY(view->textCursor().block().text().contains(QLatin1String("torch.optim.SGD")));
    QCOMPARE(view->highlightedLines().size(), 1);
    QVERIFY(blockText(view, view->highlightedLines().first()).startsWith(QLatin1String("optimizer = ")));

    // The lit line, far below the first screen of a 300 px panel, was scrolled into view.
    QVERIFY(view->verticalScrollBar()->value() > 0);
    QVERIFY(view->cursorRect().top() >= 0 && view->cursorRect().bottom() <= view->viewport()->height());

    // Several anchors, one with a range; unknown ones are ignored.
    panel.highlight({QStringLiteral("print"), QStringLiteral("lr"), QStringLiteral("no-such-anchor")});
    QCOMPARE(view->highlightedLines().size(), 4);
    QVERIFY(blockText(view, view->highlightedLines().first()).startsWith(QLatin1String("LR = ")));
    panel.highlight({});
    QVERIFY(view->extraSelections().isEmpty());
}

void tst_CodePanel::newSpecKeepsScrollAndHighlight()
{
    CodePanel panel;
    panel.resize(450, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setSpec(m_l11);
    CodeView *view = panel.view(CodePanel::PyTorchTab);
    panel.highlight({QStringLiteral("backward")});
    const int scrolled = view->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);

    // Two hidden layers add lines above the loop: the same anchor follows its line.
    WorkspaceSpec spec = m_l11;
    spec.network.hidden = {4, 2};
    panel.setSpec(spec);
    QCOMPARE(view->verticalScrollBar()->value(), scrolled);
    QCOMPARE(view->highlightedLines().size(), 1);
    QVERIFY(blockText(view, view->highlightedLines().first()).contains(QLatin1String("loss.backward()")));
    QVERIFY(view->toPlainText().contains(QLatin1String("torch.nn.Linear(2, 4)")));
}

void tst_CodePanel::kerasTab()
{
    CodePanel panel;
    panel.setSpec(m_l11);
    panel.highlight({QStringLiteral("optimizer")});
    panel.setCurrentTab(CodePanel::KerasTab);
    QCOMPARE(panel.currentTab(), CodePanel::KerasTab);
    QVERIFY(panel.currentText().contains(QLatin1String("Sequential([Dense(1, input_shape=(2,), activation='sigmoid')])")));
    const CodeView *keras = panel.view(CodePanel::KerasTab);
    QCOMPARE(keras->highlightedLines().size(), 1);
    QVERIFY(blockText(keras, keras->highlightedLines().first()).contains(QLatin1String("SGD(learning_rate=0.1)")));
}

void tst_CodePanel::copy()
{
    CodePanel panel;
    panel.setSpec(m_l11);
    panel.copyToClipboard();
    QCOMPARE(QGuiApplication::clipboard()->text(), panel.currentText());
    QVERIFY(panel.currentText().contains(QLatin1String("num_epoch = 10")));
}

void tst_CodePanel::exportWritesTheText()
{
    CodePanel panel;
    panel.setSpec(m_l11);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("first_network.py"));
    QVERIFY(panel.exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), panel.currentText());
    QVERIFY(!panel.findChild<QMessageBox *>());
}

void tst_CodePanel::exportErrorIsShownWithoutBlocking()
{
    CodePanel panel;
    panel.setSpec(m_l11);
    panel.show();
    QTemporaryDir dir;
    // A folder that does not exist cannot be written, whoever runs the test (root included).
    const QString path = dir.filePath(QStringLiteral("missing/folder/first_network.py"));
    const QString before = panel.currentText();
    QVERIFY(!panel.exportTo(path)); // returns at once: the box is open(), not exec()
    QMessageBox *box = panel.findChild<QMessageBox *>(QStringLiteral("exportError"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QLatin1String("first_network.py")));
    QCOMPARE(panel.currentText(), before);
    QVERIFY(!QFile::exists(path));
    box->accept();
    QTRY_VERIFY(!panel.findChild<QMessageBox *>(QStringLiteral("exportError")));
}

void tst_CodePanel::darkPalette()
{
    CodePanel panel;
    panel.setSpec(m_l11);
    CodeView *view = panel.view(CodePanel::PyTorchTab);
    QVERIFY(!view->highlighter()->isDark());
    QPalette dark = panel.palette();
    dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
    dark.setColor(QPalette::Base, QColor(0x26, 0x26, 0x26));
    panel.setPalette(dark);
    QVERIFY(view->highlighter()->isDark());
    panel.highlight({QStringLiteral("lr")});
    // The lit background is a tint of the base, not the full highlight colour.
    const QColor lit = view->extraSelections().first().format.background().color();
    QVERIFY(lit != dark.color(QPalette::Highlight));
    QVERIFY(lit.lightness() < 128);
}

// Manual check: NL_SCREENSHOT_DIR=/tmp/shots ctest -R tst_codepanel. The panel alone in a 450 px
// column of a 1280x720 screen, English and Chinese, light and dark, normal and 1.5x font.
void tst_CodePanel::screenshots()
{
    const QString dir = qEnvironmentVariable("NL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set NL_SCREENSHOT_DIR to save screenshots");
    QVERIFY(QDir().mkpath(dir));
    const QFont original = QApplication::font();
    LanguageManager languages;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QVERIFY(languages.setLanguage(language));
        for (double scale : {1.0, 1.5}) {
            QFont font = original;
            font.setFamilies({original.family(), QStringLiteral("Noto Sans CJK SC")});
            font.setPointSizeF(original.pointSizeF() * scale);
            QApplication::setFont(font);
            for (bool dark : {false, true}) {
                apppalette::apply(dark);
                CodePanel panel;
                panel.setSpec(m_l11);
                panel.resize(450, 660);
                panel.show();
                panel.highlight({QStringLiteral("optimizer"), QStringLiteral("loss")});
                QCoreApplication::processEvents();
                const QString name = QStringLiteral("/code-%1-%2-%3.png")
                                         .arg(language, scale > 1 ? QStringLiteral("x15") : QStringLiteral("x1"),
                                              dark ? QStringLiteral("dark") : QStringLiteral("light"));
                QVERIFY(panel.grab().save(dir + name));
                panel.setCurrentTab(CodePanel::KerasTab);
                QCoreApplication::processEvents();
                QVERIFY(panel.grab().save(dir + QString(name).replace(QLatin1String(".png"), QLatin1String("-keras.png"))));
            }
        }
    }
    QApplication::setFont(original);
    apppalette::apply(false);
}

QTEST_MAIN(tst_CodePanel)
#include "tst_codepanel.moc"
