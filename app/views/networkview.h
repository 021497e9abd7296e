#pragma once
/**
 * @file networkview.h
 * P5, the network editor: the Playground's network diagram (inputs, hidden layers, output; each
 * neuron with its own map, links coloured by sign and thickened by |w|), "+"/"−" per hidden
 * layer and for the number of hidden layers, the hidden activation, and the always-visible
 * count of trainable parameters. Clicking a link or a bias marker opens a small value editor.
 *
 * The view never changes the network itself: every change is an editRequested(NetworkEdit),
 * which the workspace applies through the training session (and can put on its undo stack).
 * What it shows always comes from the latest TrainingReport.
 *
 * Levels in the hit-testing API: level 0 is the input column, level l + 1 is engine layer l.
 * neuronHovered() uses engine indices, the same as TrainingReport::neurons[layer][neuron].
 */
#include "countstepper.h"
#include "networkedit.h"
#include "networklayout.h"
#include "trainingreport.h"

#include <QWidget>

#include <optional>
#include <vector>

class NetworkCanvas;
class QComboBox;
class QLabel;

class NetworkView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxHiddenLayers = 10;
    static constexpr int kMaxNeurons = 16;
    static constexpr int kNewLayerUnits = 4; ///< width of a first hidden layer (Playground)

    explicit NetworkView(QWidget *parent = nullptr);

    bool isEditable() const { return m_editable; }
    /// The link under `point` (this widget's coordinates), in engine indices; from = -1 for the
    /// collapsed pixel block of the digits.
    std::optional<LinkHit> linkAt(const QPointF &point) const;
    /// The bias marker under `point`, as a screen neuron (level >= 1).
    std::optional<NeuronHit> biasAt(const QPointF &point) const;
    /// Where a neuron is drawn, in this widget's coordinates (lessons ring it, tests click it).
    QRectF neuronRect(int level, int index) const;
    QRectF biasRect(int level, int index) const;

public slots:
    void setReport(const TrainingReport &report);
    void setFeatures(engine::FeatureSet features);
    /// Lessons lock the network: buttons disabled with a lock tooltip, links not editable.
    void setEditable(bool editable);

signals:
    void editRequested(const NetworkEdit &edit);
    /// The pointer is over hidden or output neuron `neuron` of engine layer `layer`.
    void neuronHovered(int layer, int neuron);
    void neuronHoverEnded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateShape();
    void updateTexts();
    void placeLayerSteppers();
    void requestStructure(NetworkEdit::Kind kind, int layer);
    void openEditor(bool bias, int layer, int to, int from);
    const engine::Network &network() const;

    NetworkCanvas *m_canvas;
    CountStepper *m_layers;
    QLabel *m_activationLabel;
    QComboBox *m_activation;
    QLabel *m_parameters;
    std::vector<CountStepper *> m_layerSteppers; ///< one per hidden layer, children of the canvas
    bool m_editable = true;
};
