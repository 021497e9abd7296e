// File ▸ Export's pictures and table in the real main window: the charts and the decision
// boundary as PNG (screen size and double) and SVG, the run's history as CSV, the same from a
// right-click on each view, and a folder that cannot be written, which says so and loses nothing.
#include "apptesthelpers.h"
#include "decisionboundaryview.h"
#include "filemenu.h"
#include "historycsv.h"
#include "languagemanager.h"
#include "lessonshell.h"
#include "mainwindow.h"
#include "savequestion.h"
#include "viewexport.h"
#include "workspacepage.h"

#include <QApplication>
#include <QAbstractScrollArea>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

namespace {

/// Answers the next modal file dialog with `path` and `filter` once it shows.
void answerFileDialog(const QString &path, const QString &filter = QString())
{
    QTimer::singleShot(20, [path, filter] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return answerFileDialog(path, filter);
        if (!filter.isEmpty())
            dialog->selectNameFilter(filter);
        dialog->selectFile(path);
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
}

/// The root element's name and the number of elements, or an empty name when not well-formed.
QPair<QString, int> svgOutline(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString root;
    int elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty())
                root = xml.name().toString();
            ++elements;
        }
    }
    if (xml.hasError())
        return {};
    return {root, elements};
}

QMessageBox *problemBox(const MainWindow &window)
{
    for (auto *box : window.findChildren<QMessageBox *>(QStringLiteral("fileProblemBox")))
        if (box->isVisible())
            return box;
    return nullptr;
}

} // namespace

class tst_ViewExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void imagesOfEveryView_data();
    void imagesOfEveryView();
    void imageThroughTheMenuDialog();
    void historyAsCsv();
    void contextMenus();
    void unwritableFolderSaysSo();
    void screenshots_data();
    void screenshots();

private:
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void tst_ViewExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("neural-lessons-tests"));
    QVERIFY(m_dir.isValid());
}

void tst_ViewExport::init()
{
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->lessonShell()->showFreePlay();
    Workspace &workspace = m_window->workspace();
    for (int i = 0; i < 4; ++i)
        workspace.session().stepEpoch();
    QVERIFY(apptest::waitFor(workspace, [&workspace](const TrainingReport &r) {
        return r.epoch == 4 && !r.running && workspace.session().isCaughtUp();
    }));
}

void tst_ViewExport::cleanup()
{
    m_window.reset();
    m_languages.reset();
}

void tst_ViewExport::imagesOfEveryView_data()
{
    QTest::addColumn<ViewExport::View>("view");
    QTest::newRow("loss") << ViewExport::View::LossChart;
    QTest::newRow("accuracy") << ViewExport::View::AccuracyChart; // on the hidden tab
    QTest::newRow("boundary") << ViewExport::View::DecisionBoundary;
}

void tst_ViewExport::imagesOfEveryView()
{
    QFETCH(ViewExport::View, view);
    ViewExport *exports = m_window->fileMenu()->viewExport();
    QWidget *widget = exports->widget(view);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());

    // PNG: the widget's size times its pixel ratio, and twice that for the projector.
    const QString png = m_dir.filePath(tag + QStringLiteral(".png"));
    QVERIFY(exports->exportImage(view, png, ImageExport::Format::Png));
    QImage image(png);
    QVERIFY(!image.isNull());
    const QSize expected = (QSizeF(widget->size()) * widget->devicePixelRatioF()).toSize();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(image.size(), expected);
    // Something is drawn: not a single colour.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 3, qPrintable(QString::number(colours.size())));

    const QString png2 = m_dir.filePath(tag + QStringLiteral("@2x.png"));
    QVERIFY(exports->exportImage(view, png2, ImageExport::Format::PngDouble));
    QCOMPARE(QImage(png2).size(), expected * 2);

    // SVG: well-formed XML with an <svg> root that holds drawing elements.
    const QString svg = m_dir.filePath(tag + QStringLiteral(".svg"));
    QVERIFY(exports->exportImage(view, svg, ImageExport::Format::Svg));
    const auto outline = svgOutline(svg);
    QCOMPARE(outline.first, QStringLiteral("svg"));
    QVERIFY2(outline.second > 10, qPrintable(QString::number(outline.second)));
    QVERIFY(!problemBox(*m_window));
}

void tst_ViewExport::imageThroughTheMenuDialog()
{
    // File ▸ Export ▸ Decision boundary…, the double-size PNG filter, a name without suffix.
    ViewExport *exports = m_window->fileMenu()->viewExport();
    const QString path = m_dir.filePath(QStringLiteral("menu-boundary"));
    answerFileDialog(path, QStringLiteral("PNG image, double size for a projector or print (*.png)"));
    m_window->findChild<QAction *>(QStringLiteral("exportBoundaryAction"))->trigger();
    const QImage image(path + QStringLiteral(".png"));
    QVERIFY(!image.isNull());
    QWidget *boundary = exports->widget(ViewExport::View::DecisionBoundary);
    QCOMPARE(image.size(), (QSizeF(boundary->size()) * boundary->devicePixelRatioF() * 2).toSize());

    // The action sits in File ▸ Export, after the scripts.
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("exportMenu"));
    QVERIFY(menu);
    QStringList names;
    for (QAction *action : menu->actions())
        names << action->objectName();
    QVERIFY(names.indexOf(QStringLiteral("exportBoundaryAction")) > names.indexOf(QStringLiteral("exportKerasAction")));
    QVERIFY(names.contains(QStringLiteral("exportHistoryAction")));
}

void tst_ViewExport::historyAsCsv()
{
    ViewExport *exports = m_window->fileMenu()->viewExport();
    QSignalSpy exported(exports, &ViewExport::historyExported);
    const QString path = m_dir.filePath(QStringLiteral("history.csv"));
    exports->exportHistory(path);
    QVERIFY(exported.count() == 1 || exported.wait());
    QCOMPARE(exported.at(0).at(1).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), HistoryCsv::header());
    QCOMPARE(lines.size(), 1 + 5); // epochs 0 (the untrained network) to 4
    QVERIFY(lines.value(5).startsWith(QLatin1String("4,")));
    QVERIFY(!m_window->isWindowModified());
}

void tst_ViewExport::contextMenus()
{
    ViewExport *exports = m_window->fileMenu()->viewExport();
    // A right-click (its context-menu event) on `target`; the menu it opened, or null.
    auto menuFor = [](QWidget *target) -> QMenu * {
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(20, 20), target->mapToGlobal(QPoint(20, 20)));
        QApplication::sendEvent(target, &event);
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("viewExportMenu") && w->isVisible())
                return qobject_cast<QMenu *>(w);
        return nullptr;
    };
    // A chart takes its mouse events on its viewport.
    auto *chart = qobject_cast<QAbstractScrollArea *>(exports->widget(ViewExport::View::LossChart));
    QVERIFY(chart);
    QMenu *menu = menuFor(chart->viewport());
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 2); // the image, the history
    QAction *saveImage = menu->findChild<QAction *>(QStringLiteral("saveImageAction"));
    QVERIFY(saveImage);
    const QString path = m_dir.filePath(QStringLiteral("context-loss.svg"));
    menu->close();
    answerFileDialog(path);
    saveImage->trigger();
    QCOMPARE(svgOutline(path).first, QStringLiteral("svg"));

    auto *boundary = qobject_cast<DecisionBoundaryView *>(exports->widget(ViewExport::View::DecisionBoundary));
    menu = menuFor(boundary);
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 1);
    menu->close();
    QTRY_VERIFY(!menu->isVisible());

    // While drawing points, a right click adds a point of the other class: no menu then.
    boundary->setDrawingEnabled(true);
    QVERIFY(!menuFor(boundary));
}

void tst_ViewExport::unwritableFolderSaysSo()
{
    ViewExport *exports = m_window->fileMenu()->viewExport();
    const QString missing = m_dir.filePath(QStringLiteral("missing/loss.png"));
    QVERIFY(!exports->exportImage(ViewExport::View::LossChart, missing, ImageExport::Format::Png));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = problemBox(*m_window)));
    QVERIFY2(box->text().contains(QStringLiteral("does not exist")), qPrintable(box->text()));
    QVERIFY(!QFile::exists(missing));
    box->close();

    // A read-only folder (root may write anywhere, so the check needs an ordinary user).
    const QString locked = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
    if (QFileInfo(locked).isWritable()) {
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QSKIP("Running as root: a read-only folder is still writable");
    }
    QSignalSpy exported(exports, &ViewExport::historyExported);
    exports->exportHistory(locked + QStringLiteral("/history.csv"));
    QVERIFY(exported.count() == 1 || exported.wait());
    QVERIFY(exported.at(0).at(1).toString().contains(QStringLiteral("read-only")));
    QTRY_VERIFY((box = problemBox(*m_window)));
    QVERIFY2(box->text().contains(QStringLiteral("read-only")), qPrintable(box->text()));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void tst_ViewExport::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

// Manual check, on a real display: NL_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=xcb xvfb-run -a
// build/tests/tst_viewexport screenshots — File ▸ Export open, and the quit question.
void tst_ViewExport::screenshots()
{
    const QString directory = qEnvironmentVariable("NL_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set NL_SCREENSHOT_DIR to save screenshots");
    QFETCH(QString, language);
    m_languages->setLanguage(language);
    QDir().mkpath(directory);
    auto shoot = [&](const QString &name) {
        QVERIFY(QApplication::primaryScreen()->grabWindow(0).save(directory + QLatin1Char('/') + name + QLatin1Char('-')
                                                                   + language + QStringLiteral(".png")));
    };
    QMenu *file = m_window->menuBar()->actions().first()->menu();
    QTRY_VERIFY(!QApplication::activePopupWidget()); // the previous row's menus are gone
    file->popup(m_window->mapToGlobal(QPoint(10, 10)));
    QVERIFY(QTest::qWaitForWindowExposed(file));
    auto *exportMenu = m_window->findChild<QMenu *>(QStringLiteral("exportMenu"));
    exportMenu->popup(file->mapToGlobal(file->actionGeometry(exportMenu->menuAction()).topRight()));
    QVERIFY(QTest::qWaitForWindowExposed(exportMenu));
    QTest::qWait(300); // the window manager-less X server paints the popups asynchronously
    shoot(QStringLiteral("export-menu"));
    exportMenu->close();
    file->close();

    QTimer::singleShot(500, [&] {
        shoot(QStringLiteral("quit-question"));
        QApplication::activeModalWidget()->close();
    });
    SaveQuestion::ask(m_window.get(), QString());
}

QTEST_MAIN(tst_ViewExport)
#include "tst_viewexport.moc"
