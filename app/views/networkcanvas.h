#pragma once
/**
 * @file networkcanvas.h
 * The drawing part of P5: links behind neurons, each neuron's thumbnail, bias markers, input
 * labels; hover and click on them. It repaints when a report arrives, on resize, and when the
 * hovered item changes; painting only scales cached images and strokes cached polylines.
 *
 * Mouse: hovering a hidden or output neuron emits neuronHovered (engine layer, neuron) so the
 * owner can preview its map in P1; clicking a link or a bias marker asks for an editor. The
 * NetworkView owns the +/− steppers placed in the header band above the columns.
 *
 * Keyboard: with the focus on the canvas, the arrow keys (Home, End) step through the biases
 * and links in reading order (each neuron's bias, then its incoming links), highlighting the
 * item as the mouse would and showing its value; Enter asks for the editor. The arrow keys win
 * over the page's → shortcut here, as they do in a text field.
 */
#include "networklayout.h"
#include "networkpainter.h"
#include "networkscene.h"

#include <QWidget>

#include <optional>
#include <vector>

class NetworkCanvas : public QWidget {
    Q_OBJECT
public:
    explicit NetworkCanvas(QWidget *parent = nullptr);

    /// Takes a report's snapshot; returns true when the network's shape (or activation) changed.
    bool setReport(const engine::Network &network, const std::vector<std::vector<FieldGrid>> &neurons);
    void setFeatures(engine::FeatureSet features);
    void setEditable(bool editable);
    /// The band at the top that the owner fills with controls centred over the hidden columns,
    /// each at most 2 * controlHalfWidth wide; the input and output titles fit between them.
    void setHeaderBand(int height, int controlHalfWidth);

    const NetworkScene &scene() const { return m_scene; }
    const NetworkLayout &networkLayout() const { return m_layout; }
    /// Link under `point` in engine indices (from = -1 for the collapsed input block).
    std::optional<LinkHit> linkAt(const QPointF &point) const;
    std::optional<NeuronHit> biasAt(const QPointF &point) const { return m_layout.biasAt(point); }
    std::optional<NeuronHit> neuronAt(const QPointF &point) const { return m_layout.neuronAt(point); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The layout moved (resize, new shape): the owner re-places its header controls.
    void layoutChanged();
    void weightClicked(int layer, int to, int from);
    void biasClicked(int layer, int neuron);
    void neuronHovered(int layer, int neuron);
    void neuronHoverEnded();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void retranslateUi();
    void relayout();
    void updateDiagram();
    NetworkHover hoverAt(const QPointF &point) const;
    void setHover(const NetworkHover &hover);
    /// Biases and editable links in keyboard order.
    std::vector<NetworkHover> keyboardItems() const;
    /// Moves the highlight to keyboard item `index` (clamped) and shows its value.
    void selectKeyboardItem(int index);
    void editHovered();
    double linkTolerance() const;
    double preferredNode() const;
    double minimumNode() const;
    QMargins labelMargins() const;

    NetworkScene m_scene;
    NetworkLayout m_layout;
    NetworkHover m_hover;
    QString m_inputTitle;
    QString m_outputTitle;
    int m_headerHeight = 0;
    int m_controlHalfWidth = 0;
    bool m_editable = true;
};
