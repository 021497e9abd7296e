#pragma once
/**
 * @file decisionboundaryview.h
 * DecisionBoundaryView is panel P1 (决策边界): the network's output over the plane [-6, 6]^2 as a
 * Playground-coloured heatmap, with the data points on top (training filled, validation rings,
 * test squares once revealed), the option to discretize the output or highlight mistakes, the
 * points of a clicked confusion-matrix cell emphasised, and a neuron's own map while the mouse
 * hovers it in the network view. For non-planar data (digits) it shows a gallery of held-out
 * samples with their predicted digits instead.
 *
 * With drawing enabled the mouse edits the data: left click adds a point of the drawing class,
 * right click (binary and regression sets) one of the other class, right-drag erases. The view
 * only emits what the user asked for; the owner changes the data and sends a new DataReport.
 *
 * The GUI thread only draws: the heatmap is rendered once per report, the axes, points and legend
 * (or the gallery) once per data, option or prediction change, both kept as images; a paint
 * blits them and adds the caption.
 */
#include "plotframe.h"
#include "pointdrawingtool.h"
#include "pointslayer.h"
#include "trainingreport.h"

#include <QImage>
#include <QList>
#include <QSet>
#include <QWidget>

class DecisionBoundaryView : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionBoundaryView(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// Plane coordinates <-> widget pixels for the current geometry (public for tests).
    QPointF planeToWidget(QPointF plane) const;
    QPointF widgetToPlane(QPointF widget) const;

    /// What the view currently draws, for tests and accessibility.
    int visiblePointCount() const;
    int misclassifiedPointCount() const;
    int highlightedPointCount() const;
    bool isShowingGallery() const;
    int galleryCount() const;
    bool isShowingPreview() const { return m_previewing; }
    /// True while the mouse edits the data (a right click then adds or erases points).
    bool isDrawingEnabled() const { return m_tool.isEnabled(); }
    /// The caption above the plot (what is shown).
    QString caption() const;

public slots:
    void setData(const DataReport &data);
    void setReport(const TrainingReport &report);
    void setShowTestData(bool show);
    void setDiscretize(bool discretize);
    /// The decision threshold (TrainingSettings::decisionThreshold) a discretized output cuts at.
    void setThreshold(double threshold);
    void setHighlightMisclassified(bool highlight);
    void setHighlightedSamples(const QList<int> &samples);
    /// Shows `grid` instead of the output until clearPreview(); a null grid clears. With the
    /// neuron's layer and index, later reports keep the preview live from TrainingReport::neurons.
    void setPreviewGrid(const FieldGrid *grid, int layer = -1, int neuron = -1);
    void clearPreview();
    void setDrawingEnabled(bool enabled);
    /// Class of the points a left click adds (binary: 1 = positive/blue, 0 = negative/orange).
    void setDrawingClass(int classIndex);

signals:
    /// The user clicked at plane point (x, y) to add a sample of classIndex.
    void pointAdded(double x, double y, int classIndex);
    /// The user right-dragged over these samples (dataset indices, ascending) to remove them.
    void pointsErased(const QList<int> &sampleIndices);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void retranslateUi();
    void invalidateHeatmap();
    void invalidateOverlay();
    const PlotFrame &frame() const;
    qreal pointRadius() const;
    PointDrawingTool::Scene drawingScene() const;
    PointsLayer points() const;
    void rebuildHeatmap(int side);
    void rebuildOverlay(const PlotFrame &layout);
    /// Axes, points and legend (or the gallery): what the overlay image caches.
    void paintOverlay(QPainter &painter, const PlotFrame &layout) const;

    DataReport m_data;
    bool m_hasData = false;
    FieldGrid m_output;
    std::vector<int> m_predictions;
    std::vector<FieldGrid> m_classScores; ///< multi-class: the output neurons' grids, for smooth boundaries
    std::vector<engine::Activation> m_activations; ///< per layer, to colour a previewed neuron

    bool m_showTest = false;
    bool m_discretize = false;
    double m_threshold = 0.0;
    bool m_highlightMisclassified = false;
    QSet<int> m_highlighted;

    bool m_previewing = false;
    FieldGrid m_preview;
    int m_previewLayer = -1;
    int m_previewNeuron = -1;

    PointDrawingTool m_tool;

    /// Cached layout: QFontMetricsF on a widget's font costs ~0.5 M instructions, so not per call.
    mutable PlotFrame m_frame;
    mutable QSize m_frameSize{-1, -1}; ///< the size m_frame was fitted to; invalid after a font change

    QImage m_heatmap; ///< plot-sized, per report / preview / style; null = rebuild at next paint
    QImage m_overlay; ///< widget-sized axes, points, legend or the gallery; null = rebuild at next paint
};
