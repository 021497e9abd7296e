// NetworkView (P5) weight and bias editing: which link a point hits, the value editor a click
// or the keyboard opens, and the edits it asks for.
#include "networkcanvas.h"
#include "networkview.h"
#include "networkviewtesthelpers.h"
#include "weighteditdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace engine;

class tst_NetworkWeightEdit : public QObject {
    Q_OBJECT
private slots:
    void linkHitTesting();
    void clickingALinkEditsItsWeight();
    void clickingABiasEditsIt();
    void keyboardChoosesAndEditsLinksAndBiases();
};

void tst_NetworkWeightEdit::linkHitTesting()
{
    NetworkView view;
    view.resize(640, 420);
    view.setReport(makeReport(2, {4, 2}));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // x2 (input 1) to neuron 4 of layer 1 (engine layer 0, neuron 3).
    std::optional<LinkHit> hit = view.linkAt(linkMidpoint(view, 1, 3, 1));
    QVERIFY(hit);
    QCOMPARE(*hit, (LinkHit{0, 3, 1}));
    // Neuron 1 of layer 1 to neuron 1 of layer 2. (Links i -> j cross where i + j is the same:
    // these are chosen to have a midpoint that no other link passes through.)
    hit = view.linkAt(linkMidpoint(view, 2, 0, 0));
    QVERIFY(hit);
    QCOMPARE(*hit, (LinkHit{1, 0, 0}));
    // Into the output neuron.
    hit = view.linkAt(linkMidpoint(view, 3, 0, 1));
    QVERIFY(hit);
    QCOMPARE(*hit, (LinkHit{2, 0, 1}));
    // Inside a neuron, or far below every link: no link.
    QVERIFY(!view.linkAt(view.neuronRect(1, 0).center()));
    QVERIFY(!view.linkAt(QPointF(view.neuronRect(2, 0).center().x(), view.height() - 2)));
    // The bias marker sits on the neuron's lower-left corner.
    const std::optional<NeuronHit> bias = view.biasAt(view.biasRect(2, 1).center());
    QVERIFY(bias);
    QCOMPARE(*bias, (NeuronHit{2, 1}));
    QVERIFY(view.neuronRect(2, 1).contains(view.biasRect(2, 1).topRight()));
}

void tst_NetworkWeightEdit::clickingALinkEditsItsWeight()
{
    NetworkView view;
    view.resize(640, 420);
    const TrainingReport report = makeReport(2, {4, 2});
    view.setReport(report);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy edits(&view, &NetworkView::editRequested);

    auto *canvas = view.findChild<NetworkCanvas *>(QStringLiteral("networkCanvas"));
    QVERIFY(canvas);
    const QPointF point = linkMidpoint(view, 2, 0, 0) - canvas->pos();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, point.toPoint());
    auto *dialog = view.findChild<WeightEditDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *line = dialog->findChild<QLineEdit *>(QStringLiteral("weightEdit"));
    QCOMPARE(line->text(), QString::number(report.network.weight(1, 0, 0), 'f', 4));

    // Not a number: a message, the dialog stays, nothing is asked for.
    line->setText(QStringLiteral("abc"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ok->click();
    QVERIFY(dialog->isVisible());
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("weightEditError"));
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().contains(QStringLiteral("abc")));
    QCOMPARE(edits.count(), 0);
    line->setText(QStringLiteral("1000"));
    ok->click();
    QVERIFY(dialog->isVisible());
    QCOMPARE(edits.count(), 0);

    // The minus sign the app prints is accepted too.
    line->setText(QStringLiteral("\u22120.75"));
    ok->click();
    QCOMPARE(edits.count(), 1);
    const NetworkEdit edit = editAt(edits, 0);
    QCOMPARE(edit.kind, NetworkEdit::Kind::SetWeight);
    QCOMPARE(edit.layer, 1);
    QCOMPARE(edit.to, 0);
    QCOMPARE(edit.from, 0);
    QCOMPARE(edit.value, -0.75);
}

void tst_NetworkWeightEdit::clickingABiasEditsIt()
{
    NetworkView view;
    view.resize(640, 420);
    view.setReport(makeReport(2, {4, 2}));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy edits(&view, &NetworkView::editRequested);
    auto *canvas = view.findChild<NetworkCanvas *>(QStringLiteral("networkCanvas"));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, (view.biasRect(1, 2).center() - canvas->pos()).toPoint());
    auto *dialog = view.findChild<WeightEditDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("weightEdit"))->text(), QStringLiteral("0.1000"));
    dialog->findChild<QLineEdit *>(QStringLiteral("weightEdit"))->setText(QStringLiteral(" 0.5 "));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(edits.count(), 1);
    QCOMPARE(editAt(edits, 0).kind, NetworkEdit::Kind::SetBias);
    QCOMPARE(editAt(edits, 0).layer, 0);
    QCOMPARE(editAt(edits, 0).to, 2);
    QCOMPARE(editAt(edits, 0).value, 0.5);
}

void tst_NetworkWeightEdit::keyboardChoosesAndEditsLinksAndBiases()
{
    NetworkView view;
    view.resize(640, 420);
    const TrainingReport report = makeReport(2, {4, 2});
    view.setReport(report);
    // The page's "step" shortcut: the canvas keeps → for itself while it has the focus.
    QAction step(&view);
    step.setShortcut(Qt::Key_Right);
    step.setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view.addAction(&step);
    QSignalSpy stepped(&step, &QAction::triggered);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    auto *canvas = view.findChild<NetworkCanvas *>(QStringLiteral("networkCanvas"));
    QVERIFY(canvas->focusPolicy() & Qt::TabFocus);
    canvas->setFocus();
    QVERIFY(canvas->hasFocus());
    QSignalSpy edits(&view, &NetworkView::editRequested);
    const auto editorText = [&view] {
        auto *dialog = view.findChild<WeightEditDialog *>();
        return dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("weightEdit"))->text() : QString();
    };
    const auto closeEditor = [&view] {
        view.findChild<WeightEditDialog *>()->reject();
        QTRY_VERIFY(!view.findChild<WeightEditDialog *>());
    };

    // Reading order: the first hidden neuron's bias, then its links from x1 and x2.
    QTest::keyClick(canvas, Qt::Key_Right);
    QCOMPARE(stepped.count(), 0);
    QVERIFY(canvas->accessibleDescription().contains(QStringLiteral("ias")));
    QTest::keyClick(canvas, Qt::Key_Return);
    QCOMPARE(editorText(), QStringLiteral("0.1000"));
    closeEditor();
    QTest::keyClick(canvas, Qt::Key_Down);
    QTest::keyClick(canvas, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(editorText(), QString::number(report.network.weight(0, 0, 0), 'f', 4));
    view.findChild<WeightEditDialog *>()->findChild<QLineEdit *>(QStringLiteral("weightEdit"))->setText(
        QStringLiteral("0.25"));
    view.findChild<WeightEditDialog *>()->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(edits.count(), 1);
    QCOMPARE(editAt(edits, 0).kind, NetworkEdit::Kind::SetWeight);
    QCOMPARE(editAt(edits, 0).layer, 0);
    QCOMPARE(editAt(edits, 0).to, 0);
    QCOMPARE(editAt(edits, 0).from, 0);
    QCOMPARE(editAt(edits, 0).value, 0.25);
    QTRY_VERIFY(!view.findChild<WeightEditDialog *>());

    // End: the output neuron's link from the second neuron of the last hidden layer; Up: the one before.
    QTest::keyClick(canvas, Qt::Key_End);
    QTest::keyClick(canvas, Qt::Key_Up);
    QTest::keyClick(canvas, Qt::Key_Return);
    QCOMPARE(editorText(), QString::number(report.network.weight(2, 0, 0), 'f', 4));
    closeEditor();
    QCOMPARE(stepped.count(), 0);

    // Locked: the keys still show the values, Enter opens nothing.
    view.setEditable(false);
    QTest::keyClick(canvas, Qt::Key_Home);
    QVERIFY(canvas->accessibleDescription().contains(QStringLiteral("ias")));
    QTest::keyClick(canvas, Qt::Key_Return);
    QVERIFY(!view.findChild<WeightEditDialog *>());
    QCOMPARE(edits.count(), 1);
}

QTEST_MAIN(tst_NetworkWeightEdit)
#include "tst_networkweightedit.moc"
