// P6 (参数表): one row per weight and bias with the network's values, the gradient of the last
// update, and a flash on exactly the cells whose shown value changed; in the workspace it is
// the panel "P6", a tab next to the charts, fed by the reports.
#include "apppalette.h"
#include "apptesthelpers.h"
#include "networktext.h"
#include "parameterinspector.h"
#include "parametertablemodel.h"
#include "workspacepage.h"

#include <QBrush>
#include <QTabWidget>
#include <QtTest>

using apptest::waitFor;
using namespace engine;

class tst_ParameterInspector : public QObject {
    Q_OBJECT
private slots:
    void rowsAreTheParameters_data();
    void rowsAreTheParameters();
    void perceptronReadsW1W2B();
    void flashMarksOnlyChangedCells();
    void newArchitectureResetsWithoutFlash();
    void darkPaletteFlashColour();
    void workspaceShowsItAsP6();
};

namespace {
Network network(int inputs, const std::vector<int> &hidden, int outputs, Activation output = Activation::Tanh)
{
    std::vector<LayerSpec> layers;
    for (int units : hidden)
        layers.push_back({units, Activation::Tanh});
    layers.push_back({outputs, output});
    return Network(inputs, layers, Initializer::PlaygroundUniform, 7);
}
} // namespace

void tst_ParameterInspector::rowsAreTheParameters_data()
{
    QTest::addColumn<int>("inputs");
    QTest::addColumn<std::vector<int>>("hidden");
    QTest::addColumn<int>("outputs");
    QTest::newRow("L11 perceptron") << 2 << std::vector<int>{} << 1;
    QTest::newRow("2-4-2-1") << 2 << std::vector<int>{4, 2} << 1;
    QTest::newRow("8-8-8") << 2 << std::vector<int>{8, 8, 8} << 1;
    QTest::newRow("digits 64-16-10") << 64 << std::vector<int>{16} << 10;
}

void tst_ParameterInspector::rowsAreTheParameters()
{
    QFETCH(int, inputs);
    QFETCH(std::vector<int>, hidden);
    QFETCH(int, outputs);
    const Network net = network(inputs, hidden, outputs);
    ParameterTableModel model;
    model.setParameters(net, {});
    QCOMPARE(model.rowCount(), net.parameterCount());
    QVERIFY(!model.hasGradient());
    std::vector<int> seen(net.parameterCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const int i = model.parameterIndex(row);
        ++seen[i];
        QCOMPARE(model.value(row), static_cast<double>(net.parameters()[i]));
        QCOMPARE(model.data(model.index(row, ParameterTableModel::ValueColumn), Qt::DisplayRole).toString(),
                 NetworkText::value(net.parameters()[i]));
        QCOMPARE(model.data(model.index(row, ParameterTableModel::GradientColumn), Qt::DisplayRole).toString(),
                 QStringLiteral("—"));
    }
    QVERIFY(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; })); // each parameter once
    // Weights and biases are where the network keeps them.
    const int last = net.layerCount() - 1;
    QCOMPARE(model.value(model.rowOf(0, 0, 1)), static_cast<double>(net.weight(0, 0, 1)));
    QCOMPARE(model.value(model.rowOf(last, outputs - 1, net.fanIn(last) - 1)),
             static_cast<double>(net.weight(last, outputs - 1, net.fanIn(last) - 1)));
    QCOMPARE(model.value(model.rowOf(last, outputs - 1, -1)), static_cast<double>(net.bias(last, outputs - 1)));
}

void tst_ParameterInspector::perceptronReadsW1W2B()
{
    ParameterTableModel model;
    Network net = network(2, {}, 1, Activation::Sigmoid);
    Vector<float> gradient(3);
    gradient << 0.125f, -0.0625f, 0.25f;
    model.setParameters(net, gradient);
    const auto link = [&](int row) {
        return model.data(model.index(row, ParameterTableModel::LinkColumn), Qt::DisplayRole).toString();
    };
    QCOMPARE(link(0), QStringLiteral("x₁ → 1"));
    QCOMPARE(link(1), QStringLiteral("x₂ → 1"));
    QCOMPARE(link(2), QStringLiteral("b → 1"));
    QVERIFY(model.hasGradient());
    QCOMPARE(model.gradient(0), 0.125);
    QCOMPARE(model.gradient(1), -0.0625);
    QCOMPARE(model.gradient(2), 0.25);
    QCOMPARE(model.data(model.index(1, ParameterTableModel::GradientColumn), Qt::DisplayRole).toString(),
             QStringLiteral("-0.0625"));
    QVERIFY(model.data(model.index(2, ParameterTableModel::ValueColumn), Qt::ToolTipRole).toString().contains(
        NetworkText::value(net.bias(0, 0))));
}

void tst_ParameterInspector::flashMarksOnlyChangedCells()
{
    ParameterTableModel model;
    model.setFlashColor(Qt::blue);
    Network net = network(2, {4, 2}, 1);
    model.setParameters(net, {});
    for (int row = 0; row < model.rowCount(); ++row) // the first look is not a change
        QVERIFY(!model.isFlashing(row, ParameterTableModel::ValueColumn));

    net.setWeight(0, 2, 1, net.weight(0, 2, 1) + 0.5f);
    net.setBias(2, 0, net.bias(2, 0) - 0.25f);
    net.setWeight(1, 0, 0, net.weight(1, 0, 0) + 1e-7f); // below the 4 shown decimals
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setParameters(net, {});
    QCOMPARE(changed.count(), 1);
    const int moved = model.rowOf(0, 2, 1);
    const int bias = model.rowOf(2, 0, -1);
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool expected = row == moved || row == bias;
        QCOMPARE(model.isFlashing(row, ParameterTableModel::ValueColumn), expected);
        QVERIFY(!model.isFlashing(row, ParameterTableModel::GradientColumn));
        const QVariant background = model.data(model.index(row, ParameterTableModel::ValueColumn), Qt::BackgroundRole);
        QCOMPARE(background.isValid(), expected);
        QVERIFY(!model.data(model.index(row, ParameterTableModel::LayerColumn), Qt::BackgroundRole).isValid());
    }
    QCOMPARE(model.value(model.rowOf(1, 0, 0)), static_cast<double>(net.weight(1, 0, 0))); // value kept exact

    // A gradient arriving lights the gradient cells; the values stay unflashed when equal.
    const Vector<float> gradient = Vector<float>::Constant(net.parameterCount(), 0.01f);
    model.setParameters(net, gradient);
    QVERIFY(model.isFlashing(0, ParameterTableModel::GradientColumn));

    // The glow fades out by itself.
    QTRY_VERIFY_WITH_TIMEOUT(!model.isFlashing(moved, ParameterTableModel::ValueColumn), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!model.data(model.index(moved, ParameterTableModel::ValueColumn), Qt::BackgroundRole).isValid(),
                             5000);
}

void tst_ParameterInspector::newArchitectureResetsWithoutFlash()
{
    ParameterTableModel model;
    Network net = network(2, {4, 2}, 1);
    model.setParameters(net, {});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    net.insertNeuron(0, 4);
    model.setParameters(net, {});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), net.parameterCount());
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.isFlashing(row, ParameterTableModel::ValueColumn));
    QCOMPARE(model.value(model.rowOf(0, 4, 1)), static_cast<double>(net.weight(0, 4, 1)));
}

void tst_ParameterInspector::darkPaletteFlashColour()
{
    ParameterInspector inspector;
    inspector.setPalette(apppalette::dark()); // View > Dark palette, switched while it is open
    const QColor highlight = inspector.palette().color(QPalette::Highlight);
    QCOMPARE(highlight, apppalette::dark().color(QPalette::Highlight));
    Network net = network(2, {}, 1);
    inspector.showParameters(net, {});
    net.setBias(0, 0, 2.0f);
    inspector.showParameters(net, {});
    const QVariant background =
        inspector.model()->data(inspector.model()->index(2, ParameterTableModel::ValueColumn), Qt::BackgroundRole);
    QVERIFY(background.isValid());
    const QColor flash = background.value<QBrush>().color();
    QCOMPARE(flash.rgb(), highlight.rgb());
    QVERIFY(flash.alphaF() > 0.2 && flash.alphaF() < 0.8); // a tint, so the text stays readable
}

void tst_ParameterInspector::workspaceShowsItAsP6()
{
    WorkspacePage page;
    ParameterInspector *inspector = page.parameterInspector();
    QCOMPARE(page.panel(QStringLiteral("P6")), inspector);
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("resultTabs"));
    QVERIFY(tabs);
    QVERIFY(tabs->indexOf(inspector) >= 0);

    Workspace &workspace = page.workspace();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.network.parameterCount() == 25; }));
    ParameterTableModel *model = inspector->model();
    QCOMPARE(model->rowCount(), 25);
    QVERIFY(!model->hasGradient()); // no update yet
    workspace.session().stepBatch();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.updates == 1; }));
    const TrainingReport &latest = workspace.session().latest();
    QCOMPARE(latest.lastGradient.size(), 25);
    QVERIFY(model->hasGradient());
    for (int row = 0; row < model->rowCount(); ++row) {
        const int i = model->parameterIndex(row);
        QCOMPARE(model->value(row), static_cast<double>(latest.network.parameters()[i]));
        QCOMPARE(model->gradient(row), static_cast<double>(latest.lastGradient[i]));
    }
    // Held reports leave P6 as it was; releasing shows the latest.
    page.setReportsHeld(true);
    const double before = model->value(0);
    workspace.session().stepBatch();
    QVERIFY(waitFor(workspace, [](const TrainingReport &r) { return r.updates == 2; }));
    QCOMPARE(model->value(0), before);
    page.setReportsHeld(false);
    QCOMPARE(model->value(0), static_cast<double>(workspace.session().latest().network.parameters()[model->parameterIndex(0)]));
}

QTEST_MAIN(tst_ParameterInspector)
#include "tst_parameterinspector.moc"
