// FeaturesPanel: toggles edit spec.features through the undo stack, the last feature stays on,
// the digits disable the features, locks disable, and the thumbnails show each feature's sign.
#include "featurespanel.h"
#include "thumbnailrenderer.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

using engine::Feature;

namespace {
bool isOrange(QRgb c) { return qRed(c) > qBlue(c) + 60; }
bool isBlue(QRgb c) { return qBlue(c) > qRed(c) + 60; }
bool isNeutral(QRgb c) { return qAbs(qRed(c) - qBlue(c)) < 30; }
} // namespace

class tst_FeaturesPanel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsTheSpecsFeatures();
    void toggleChangesTheSpecAndUndoes();
    void lastFeatureCannotBeUnchecked();
    void digitsDisableTheFeatures();
    void setControlEnabledLocks();
    void thumbnailsShowTheFeatureSign();
    void datasetThumbnailsAreDrawn();
    void screenshot();

private:
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FeaturesPanel> m_panel;
};

void tst_FeaturesPanel::init()
{
    m_workspace = std::make_unique<Workspace>();
    m_panel = std::make_unique<FeaturesPanel>(m_workspace.get());
    m_panel->resize(300, 200);
}

void tst_FeaturesPanel::cleanup()
{
    m_panel.reset();
    m_workspace.reset();
}

void tst_FeaturesPanel::showsTheSpecsFeatures()
{
    QCOMPARE(FeaturesPanel::features().size(), engine::kFeatureKinds);
    for (Feature f : FeaturesPanel::features()) {
        QToolButton *b = m_panel->button(f);
        QVERIFY(b);
        QCOMPARE(b->objectName(), FeaturesPanel::controlId(f));
        QCOMPARE(b->isChecked(), (engine::kDefaultFeatures & f) != 0);
        QVERIFY(!b->icon().isNull());
        QVERIFY(!b->toolTip().isEmpty());
        QVERIFY(b->isEnabled());
    }
    QCOMPARE(FeaturesPanel::controlId(engine::FeatureX1Squared), QStringLiteral("feature.x1^2"));
}

void tst_FeaturesPanel::toggleChangesTheSpecAndUndoes()
{
    QSignalSpy data(&m_workspace->session(), &TrainingSession::dataChanged);
    QTest::mouseClick(m_panel->button(engine::FeatureX1Squared), Qt::LeftButton);
    QCOMPARE(m_workspace->spec().features, engine::kDefaultFeatures | engine::FeatureX1Squared);
    QCOMPARE(m_workspace->undoStack().undoText(), QStringLiteral("Turn on the input x₁²"));
    // The network gets a third input.
    QSignalSpy reports(&m_workspace->session(), &TrainingSession::reportReceived);
    QElapsedTimer clock;
    clock.start();
    while (m_workspace->session().latest().network.inputCount() != 3 && clock.elapsed() < 10000)
        reports.wait(10000);
    QCOMPARE(m_workspace->session().latest().network.inputCount(), 3);

    m_workspace->undoStack().undo();
    QCOMPARE(m_workspace->spec().features, engine::kDefaultFeatures);
    QVERIFY(!m_panel->button(engine::FeatureX1Squared)->isChecked());
    m_workspace->undoStack().redo();
    QVERIFY(m_panel->button(engine::FeatureX1Squared)->isChecked());
}

void tst_FeaturesPanel::lastFeatureCannotBeUnchecked()
{
    QTest::mouseClick(m_panel->button(engine::FeatureX2), Qt::LeftButton);
    QCOMPARE(m_workspace->spec().features, engine::FeatureSet(engine::FeatureX1));
    QVERIFY(m_panel->message().isEmpty());
    const int commands = m_workspace->undoStack().count();
    QTest::mouseClick(m_panel->button(engine::FeatureX1), Qt::LeftButton);
    QVERIFY(m_panel->button(engine::FeatureX1)->isChecked());
    QCOMPARE(m_workspace->spec().features, engine::FeatureSet(engine::FeatureX1));
    QCOMPARE(m_workspace->undoStack().count(), commands);
    QVERIFY(!m_panel->message().isEmpty());
    // The next change clears the note.
    QTest::mouseClick(m_panel->button(engine::FeatureSinX1), Qt::LeftButton);
    QVERIFY(m_panel->message().isEmpty());
}

void tst_FeaturesPanel::digitsDisableTheFeatures()
{
    WorkspaceSpec spec = m_workspace->spec();
    spec.data.kind = engine::DatasetKind::Digits;
    m_workspace->change(spec, [] { return QStringLiteral("digits"); });
    for (Feature f : FeaturesPanel::features()) {
        QVERIFY(!m_panel->button(f)->isEnabled());
        QVERIFY(m_panel->button(f)->toolTip().contains(QStringLiteral("2-D")));
    }
    QVERIFY(!m_panel->message().isEmpty());
    m_workspace->undoStack().undo();
    for (Feature f : FeaturesPanel::features())
        QVERIFY(m_panel->button(f)->isEnabled());
    QVERIFY(m_panel->message().isEmpty());
}

void tst_FeaturesPanel::setControlEnabledLocks()
{
    m_panel->setControlEnabled(QStringLiteral("feature.sin_x2"), false);
    QVERIFY(!m_panel->button(engine::FeatureSinX2)->isEnabled());
    QCOMPARE(m_panel->button(engine::FeatureSinX2)->toolTip(), QStringLiteral("Locked in this lesson step"));
    QVERIFY(m_panel->button(engine::FeatureX1)->isEnabled());
    m_panel->setControlEnabled(QStringLiteral("features"), false);
    for (Feature f : FeaturesPanel::features())
        QVERIFY(!m_panel->button(f)->isEnabled());
    m_panel->setControlEnabled(QStringLiteral("features"), true);
    for (Feature f : FeaturesPanel::features())
        QVERIFY(m_panel->button(f)->isEnabled());
    QVERIFY(m_panel->button(engine::FeatureSinX2)->toolTip().startsWith(QStringLiteral("sin")));
}

void tst_FeaturesPanel::thumbnailsShowTheFeatureSign()
{
    const int n = 24, mid = n / 2;
    const QImage x1 = ThumbnailRenderer::feature(engine::FeatureX1, n);
    QCOMPARE(x1.size(), QSize(n, n));
    QVERIFY(isOrange(x1.pixel(0, mid)));     // x1 = -6 on the left
    QVERIFY(isBlue(x1.pixel(n - 1, mid)));   // +6 on the right
    const QImage x2 = ThumbnailRenderer::feature(engine::FeatureX2, n);
    QVERIFY(isBlue(x2.pixel(mid, 0)));       // row 0 is the top, y = +6
    QVERIFY(isOrange(x2.pixel(mid, n - 1)));
    const QImage square = ThumbnailRenderer::feature(engine::FeatureX1Squared, n);
    QVERIFY(isBlue(square.pixel(0, mid)) && isBlue(square.pixel(n - 1, mid)));
    QVERIFY(isNeutral(square.pixel(mid, mid)));
    const QImage product = ThumbnailRenderer::feature(engine::FeatureX1TimesX2, n);
    QVERIFY(isBlue(product.pixel(n - 1, 0)));  // top right: + * +
    QVERIFY(isOrange(product.pixel(0, 0)));    // top left: - * +
    // sin x1 over [-6, 6]: positive, negative (from -pi), positive (from 0), negative (from pi).
    const QImage sine = ThumbnailRenderer::feature(engine::FeatureSinX1, 120);
    QString stripes;
    for (int c = 0; c < 120; ++c) {
        const int d = qBlue(sine.pixel(c, 60)) - qRed(sine.pixel(c, 60));
        const QChar sign = d > 10 ? QLatin1Char('+') : d < -10 ? QLatin1Char('-') : QChar();
        if (!sign.isNull() && !stripes.endsWith(sign))
            stripes += sign;
    }
    QCOMPARE(stripes, QStringLiteral("+-+-"));
}

void tst_FeaturesPanel::datasetThumbnailsAreDrawn()
{
    using engine::DatasetKind;
    for (DatasetKind kind : {DatasetKind::Circle, DatasetKind::Blobs, DatasetKind::RegressGauss, DatasetKind::Digits,
                             DatasetKind::Custom}) {
        const QImage image = ThumbnailRenderer::dataset(kind, 48);
        QCOMPARE(image.size(), QSize(48, 48));
        int coloured = 0;
        for (int y = 0; y < 48; ++y)
            for (int x = 0; x < 48; ++x)
                coloured += image.pixel(x, y) != image.pixel(0, 0) ? 1 : 0;
        QVERIFY2(coloured > 40, qPrintable(QString::number(int(kind))));
    }
    // Circle: blue in the middle (the disc), orange near the corners of the ring's box.
    const QImage circle = ThumbnailRenderer::dataset(DatasetKind::Circle, 96);
    int blueCentre = 0;
    for (int y = 40; y < 56; ++y)
        for (int x = 40; x < 56; ++x)
            blueCentre += isBlue(circle.pixel(x, y)) ? 1 : 0;
    QVERIFY(blueCentre > 10);
}

// Not a check: with NL_SCREENSHOT_DIR set, saves the panel as a PNG to look at (see
// tst_datapanel for the other NL_SCREENSHOT_ variables).
void tst_FeaturesPanel::screenshot()
{
    const QString dir = qEnvironmentVariable("NL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set NL_SCREENSHOT_DIR to save screenshots");
    const int width = qEnvironmentVariableIntValue("NL_SCREENSHOT_WIDTH") > 0
                          ? qEnvironmentVariableIntValue("NL_SCREENSHOT_WIDTH")
                          : 300;
    const double scale = qEnvironmentVariable("NL_SCREENSHOT_FONT_SCALE", QStringLiteral("1")).toDouble();
    QFont font = QApplication::font();
    font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(font.pointSizeF() * scale);
    QApplication::setFont(font);
    if (qEnvironmentVariableIsSet("NL_SCREENSHOT_DARK")) {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
        QApplication::setPalette(dark);
    }
    QTranslator translator;
    if (qEnvironmentVariableIsSet("NL_SCREENSHOT_QM"))
        QVERIFY(translator.load(qEnvironmentVariable("NL_SCREENSHOT_QM")) && QCoreApplication::installTranslator(&translator));
    m_panel = std::make_unique<FeaturesPanel>(m_workspace.get());
    m_panel->show();
    QTest::mouseClick(m_panel->button(engine::FeatureX1Squared), Qt::LeftButton);
    const int height = m_panel->heightForWidth(width);
    m_panel->resize(width, height > 0 ? height : m_panel->sizeHint().height());
    QCoreApplication::processEvents();
    QVERIFY(m_panel->grab().save(dir + QStringLiteral("/featurespanel") + qEnvironmentVariable("NL_SCREENSHOT_SUFFIX")
                                 + QStringLiteral(".png")));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(tst_FeaturesPanel)
#include "tst_featurespanel.moc"
