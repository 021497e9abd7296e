#include "networkview.h"

#include "networkcanvas.h"
#include "networktext.h"
#include "weighteditdialog.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using engine::Activation;

namespace {
// The hidden activations P5 offers, in the Playground's order (softmax is for outputs only).
constexpr Activation kActivations[] = {Activation::Linear, Activation::Sigmoid, Activation::Tanh, Activation::ReLU,
                                       Activation::LeakyReLU};
} // namespace

NetworkView::NetworkView(QWidget *parent)
    : QWidget(parent)
    , m_canvas(new NetworkCanvas(this))
    , m_layers(new CountStepper(QStringLiteral("hiddenLayers"), Qt::Horizontal, this))
    , m_activationLabel(new QLabel(this))
    , m_activation(new QComboBox(this))
    , m_parameters(new QLabel(this))
{
    setObjectName(QStringLiteral("networkView"));
    m_activation->setObjectName(QStringLiteral("activationCombo"));
    m_parameters->setObjectName(QStringLiteral("parameterCountLabel"));
    m_activationLabel->setBuddy(m_activation);
    for (Activation activation : kActivations)
        m_activation->addItem(QString(), static_cast<int>(activation));
    // Without hidden layers the network cannot tell; the combo keeps what it showed last,
    // starting from the Playground's default.
    m_activation->setCurrentIndex(m_activation->findData(static_cast<int>(Activation::Tanh)));
    QFont bold = m_parameters->font();
    bold.setBold(true);
    m_parameters->setFont(bold);

    // One row above the diagram, the parameter count in the middle: a line of height saved is
    // a bigger neuron map on a 720-pixel screen or a projector.
    auto *top = new QHBoxLayout;
    top->addWidget(m_layers);
    top->addStretch();
    top->addWidget(m_parameters);
    top->addStretch();
    top->addWidget(m_activationLabel);
    top->addWidget(m_activation);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_canvas, 1);

    connect(m_layers, &CountStepper::addRequested, this,
            [this] { requestStructure(NetworkEdit::Kind::InsertLayer, network().hiddenLayerCount()); });
    connect(m_layers, &CountStepper::removeRequested, this,
            [this] { requestStructure(NetworkEdit::Kind::RemoveLayer, network().hiddenLayerCount() - 1); });
    connect(m_activation, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        if (!m_editable || index < 0)
            return;
        NetworkEdit edit;
        edit.kind = NetworkEdit::Kind::SetActivation;
        edit.activation = static_cast<Activation>(m_activation->itemData(index).toInt());
        emit editRequested(edit);
    });
    connect(m_canvas, &NetworkCanvas::layoutChanged, this, &NetworkView::placeLayerSteppers);
    connect(m_canvas, &NetworkCanvas::neuronHovered, this, &NetworkView::neuronHovered);
    connect(m_canvas, &NetworkCanvas::neuronHoverEnded, this, &NetworkView::neuronHoverEnded);
    connect(m_canvas, &NetworkCanvas::weightClicked, this,
            [this](int layer, int to, int from) { openEditor(false, layer, to, from); });
    connect(m_canvas, &NetworkCanvas::biasClicked, this,
            [this](int layer, int neuron) { openEditor(true, layer, neuron, 0); });

    updateShape();
    retranslateUi();
}

const engine::Network &NetworkView::network() const
{
    return m_canvas->scene().network();
}

void NetworkView::setReport(const TrainingReport &report)
{
    if (m_canvas->setReport(report.network, report.neurons))
        updateShape();
}

void NetworkView::setFeatures(engine::FeatureSet features)
{
    m_canvas->setFeatures(features);
}

void NetworkView::setEditable(bool editable)
{
    m_editable = editable;
    m_canvas->setEditable(editable);
    m_layers->setEditable(editable);
    for (CountStepper *stepper : m_layerSteppers)
        stepper->setEditable(editable);
    m_activation->setEnabled(editable);
    updateTexts();
}

void NetworkView::requestStructure(NetworkEdit::Kind kind, int layer)
{
    const engine::Network &net = network();
    if (!m_editable || net.layerCount() == 0)
        return;
    NetworkEdit edit;
    edit.kind = kind;
    edit.layer = layer;
    switch (kind) {
    case NetworkEdit::Kind::InsertNeuron:
        if (net.layer(layer).units >= kMaxNeurons)
            return;
        edit.position = net.layer(layer).units; // at the end, as the Playground's "+"
        break;
    case NetworkEdit::Kind::RemoveNeuron:
        if (net.layer(layer).units <= 1)
            return;
        edit.position = net.layer(layer).units - 1;
        break;
    case NetworkEdit::Kind::InsertLayer:
        if (net.hiddenLayerCount() >= kMaxHiddenLayers)
            return;
        // The new last hidden layer copies the width of the one before it.
        edit.units = net.hiddenLayerCount() > 0 ? net.layer(net.hiddenLayerCount() - 1).units : kNewLayerUnits;
        break;
    case NetworkEdit::Kind::RemoveLayer:
        if (layer < 0)
            return;
        break;
    default:
        return;
    }
    emit editRequested(edit);
}

void NetworkView::openEditor(bool bias, int layer, int to, int from)
{
    if (!m_editable)
        return;
    const NetworkScene &scene = m_canvas->scene();
    const double value = bias ? network().bias(layer, to) : network().weight(layer, to, from);
    const QString target = scene.neuronName(layer + 1, to);
    auto *dialog = new WeightEditDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setParameter(bias,
                         bias ? NetworkText::biasTip(value, target)
                              : NetworkText::weightTip(value, scene.neuronName(layer, from), target),
                         value);
    connect(dialog, &WeightEditDialog::valueAccepted, this, [this, bias, layer, to, from](double newValue) {
        if (!m_editable)
            return; // the lesson locked the network while the editor was open
        NetworkEdit edit;
        edit.kind = bias ? NetworkEdit::Kind::SetBias : NetworkEdit::Kind::SetWeight;
        edit.layer = layer;
        edit.to = to;
        edit.from = from;
        edit.value = newValue;
        emit editRequested(edit);
    });
    dialog->open();
}

void NetworkView::updateShape()
{
    const engine::Network &net = network();
    const int hidden = net.hiddenLayerCount() > 0 ? net.hiddenLayerCount() : 0;
    m_layers->setEnabled(net.layerCount() > 0);
    m_layers->setCount(hidden, 0, kMaxHiddenLayers);
    while (static_cast<int>(m_layerSteppers.size()) > hidden) {
        delete m_layerSteppers.back();
        m_layerSteppers.pop_back();
    }
    while (static_cast<int>(m_layerSteppers.size()) < hidden) {
        const int layer = static_cast<int>(m_layerSteppers.size());
        auto *stepper = new CountStepper(QStringLiteral("layerNeurons%1").arg(layer), Qt::Vertical, m_canvas);
        stepper->setEditable(m_editable);
        connect(stepper, &CountStepper::addRequested, this,
                [this, layer] { requestStructure(NetworkEdit::Kind::InsertNeuron, layer); });
        connect(stepper, &CountStepper::removeRequested, this,
                [this, layer] { requestStructure(NetworkEdit::Kind::RemoveNeuron, layer); });
        m_layerSteppers.push_back(stepper);
        stepper->show();
    }
    for (int l = 0; l < hidden; ++l)
        m_layerSteppers[l]->setCount(net.layer(l).units, 1, kMaxNeurons);
    if (hidden > 0) {
        const int index = m_activation->findData(static_cast<int>(net.layer(0).activation));
        if (index >= 0)
            m_activation->setCurrentIndex(index); // setCurrentIndex does not emit activated()
    }
    updateTexts();
}

void NetworkView::retranslateUi()
{
    const QString activationNames[] = {tr("Linear"), tr("Sigmoid"), tr("Tanh"), tr("ReLU"), tr("Leaky ReLU")};
    for (int i = 0; i < m_activation->count(); ++i)
        m_activation->setItemText(i, activationNames[i]);
    m_activationLabel->setText(tr("&Activation:"));
    m_activation->setAccessibleName(tr("Activation function of the hidden layers"));
    m_activationLabel->setAccessibleName(m_activation->accessibleName());
    setAccessibleName(tr("Network editor"));
    setToolTip(tr("The network: inputs on the left, hidden layers in the middle, the output on the right."));
    updateTexts();
}

void NetworkView::updateTexts()
{
    const engine::Network &net = network();
    const QString locked = tr("This lesson locks the network.");
    const int hidden = net.hiddenLayerCount() > 0 ? net.hiddenLayerCount() : 0;
    const QString layersLabel = hidden == 1 ? tr("1 hidden layer") : tr("%1 hidden layers").arg(hidden);
    m_layers->setTexts({layersLabel, QString::number(hidden),
                        tr("Add a hidden layer before the output layer (at most %1)").arg(kMaxHiddenLayers),
                        tr("Remove the last hidden layer"), locked});
    for (int l = 0; l < hidden; ++l) {
        const int units = net.layer(l).units;
        m_layerSteppers[l]->setTexts({units == 1 ? tr("1 neuron") : tr("%1 neurons").arg(units), QString::number(units),
                                      tr("Add a neuron to hidden layer %1 (at most %2)").arg(l + 1).arg(kMaxNeurons),
                                      tr("Remove the last neuron of hidden layer %1").arg(l + 1), locked});
    }
    const QString activationTip = tr("The activation function of every hidden layer.");
    m_activation->setToolTip(m_editable ? activationTip : activationTip + QLatin1Char('\n') + locked);
    m_activationLabel->setToolTip(m_activation->toolTip());
    const int parameters = net.layerCount() > 0 ? net.parameterCount() : 0;
    m_parameters->setText(tr("Trainable parameters: %1").arg(parameters));
    m_parameters->setAccessibleName(m_parameters->text());
    m_parameters->setToolTip(tr("Every weight and every bias is a trainable parameter: training changes them. "
                                "The learning rate or the number of layers are hyperparameters: you choose them."));
    placeLayerSteppers();
}

void NetworkView::placeLayerSteppers()
{
    const int header = m_layers->addButton()->sizeHint().height() + fontMetrics().height();
    const NetworkLayout &layout = m_canvas->networkLayout();
    int widest = 0;
    for (std::size_t l = 0; l < m_layerSteppers.size() && !layout.isEmpty(); ++l) {
        CountStepper *stepper = m_layerSteppers[l];
        // Full label ("4 neurons") when it fits between the columns, else just the number.
        stepper->setCompact(false);
        const int gap = fontMetrics().averageCharWidth();
        stepper->setCompact(stepper->sizeHint().width() + gap > layout.columnSpacing());
        const QSize size = stepper->sizeHint();
        const int center = static_cast<int>(layout.columnCenter(static_cast<int>(l) + 1));
        const int left = std::clamp(center - size.width() / 2, 0, std::max(0, m_canvas->width() - size.width()));
        stepper->setGeometry(left, 0, size.width(), size.height());
        widest = std::max(widest, size.width());
    }
    m_canvas->setHeaderBand(header, (widest + 1) / 2);
}

void NetworkView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        placeLayerSteppers();
    QWidget::changeEvent(event);
}

std::optional<LinkHit> NetworkView::linkAt(const QPointF &point) const
{
    return m_canvas->linkAt(point - m_canvas->pos());
}

std::optional<NeuronHit> NetworkView::biasAt(const QPointF &point) const
{
    return m_canvas->biasAt(point - m_canvas->pos());
}

QRectF NetworkView::neuronRect(int level, int index) const
{
    return m_canvas->networkLayout().neuronRect(level, index).translated(m_canvas->pos());
}

QRectF NetworkView::biasRect(int level, int index) const
{
    return m_canvas->networkLayout().biasRect(level, index).translated(m_canvas->pos());
}
