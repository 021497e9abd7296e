#include "decisionboundaryview.h"

#include "digitsgallery.h"
#include "heatmapimage.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
/// The heatmap is rendered at the plot's own pixel size, up to this side, and smoothly scaled
/// beyond it. Rendering a 600 px plot (~1 ms) costs less than letting QPainter scale a smaller
/// image, which Qt 6.4 spreads over its thread pool with more locking than work.
constexpr int kMaxHeatmapSide = 1024;
/// The eraser's radius in line heights: about a fingertip, a few points at the default density.
constexpr qreal kEraserRadius = 0.8;
} // namespace

DecisionBoundaryView::DecisionBoundaryView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(&m_tool, &PointDrawingTool::pointAdded, this, &DecisionBoundaryView::pointAdded);
    connect(&m_tool, &PointDrawingTool::pointsErased, this, &DecisionBoundaryView::pointsErased);
    connect(&m_tool, &PointDrawingTool::changed, this, &DecisionBoundaryView::invalidateOverlay);
    retranslateUi();
}

QSize DecisionBoundaryView::sizeHint() const
{
    const int h = fontMetrics().height();
    return {h * 26, h * 29};
}

QSize DecisionBoundaryView::minimumSizeHint() const
{
    const int h = fontMetrics().height();
    return {h * 12, h * 15};
}

void DecisionBoundaryView::retranslateUi()
{
    setAccessibleName(tr("Decision boundary"));
    setAccessibleDescription(tr("The network's output over the plane, with the data points on top"));
    QStringList tip{tr("Background: the network's output at every point of the plane (blue positive, orange negative)."),
                    tr("Filled dots: training set. Rings: validation set. Squares: test set (when shown).")};
    if (m_tool.isEnabled())
        tip << tr("Left click adds a point. Right click adds one of the other class (two classes) or erases "
                 "(more classes). Right-drag erases points.");
    setToolTip(tip.join(QLatin1Char('\n')));
}

void DecisionBoundaryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        invalidateOverlay(); // the legend is part of it
    }
    if (event->type() == QEvent::FontChange)
        m_frameSize = QSize(-1, -1);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        invalidateHeatmap();
        invalidateOverlay();
    }
    QWidget::changeEvent(event);
}

// --- state -------------------------------------------------------------------------------------

void DecisionBoundaryView::setData(const DataReport &data)
{
    m_data = data;
    m_hasData = true;
    m_tool.cancel(); // indices of an erase in progress belong to the old data
    invalidateHeatmap(); // the colour mode follows the task and encoding
    invalidateOverlay();
}

void DecisionBoundaryView::setReport(const TrainingReport &report)
{
    m_output = report.output;
    m_classScores.clear();
    if (m_data.dataset.task == engine::Task::MultiClass && !report.neurons.empty())
        m_classScores = report.neurons.back();
    m_activations.clear();
    for (const auto &layer : report.network.layers())
        m_activations.push_back(layer.activation);
    if (m_predictions != report.predictions) {
        m_predictions = report.predictions;
        if (m_highlightMisclassified || isShowingGallery())
            invalidateOverlay();
    }
    if (m_previewing && m_previewLayer >= 0 && m_previewLayer < static_cast<int>(report.neurons.size())) {
        const auto &layer = report.neurons[static_cast<std::size_t>(m_previewLayer)];
        if (m_previewNeuron >= 0 && m_previewNeuron < static_cast<int>(layer.size()))
            m_preview = layer[static_cast<std::size_t>(m_previewNeuron)];
    }
    invalidateHeatmap();
}

void DecisionBoundaryView::setShowTestData(bool show)
{
    if (show == m_showTest)
        return;
    m_showTest = show;
    invalidateOverlay();
}

void DecisionBoundaryView::setDiscretize(bool discretize)
{
    if (discretize == m_discretize)
        return;
    m_discretize = discretize;
    invalidateHeatmap();
}

void DecisionBoundaryView::setThreshold(double threshold)
{
    if (threshold == m_threshold)
        return;
    m_threshold = threshold;
    invalidateHeatmap();
}

void DecisionBoundaryView::setHighlightMisclassified(bool highlight)
{
    if (highlight == m_highlightMisclassified)
        return;
    m_highlightMisclassified = highlight;
    invalidateOverlay();
}

void DecisionBoundaryView::setHighlightedSamples(const QList<int> &samples)
{
    m_highlighted = QSet<int>(samples.begin(), samples.end());
    invalidateOverlay();
}

void DecisionBoundaryView::setPreviewGrid(const FieldGrid *grid, int layer, int neuron)
{
    if (!grid || grid->isEmpty()) {
        clearPreview();
        return;
    }
    // A copy: the caller's report may be replaced while the mouse still hovers.
    m_preview = *grid;
    m_previewLayer = layer;
    m_previewNeuron = neuron;
    m_previewing = true;
    invalidateHeatmap();
}

void DecisionBoundaryView::clearPreview()
{
    if (!m_previewing)
        return;
    m_previewing = false;
    m_preview = FieldGrid();
    m_previewLayer = m_previewNeuron = -1;
    invalidateHeatmap();
}

void DecisionBoundaryView::setDrawingEnabled(bool enabled)
{
    m_tool.setEnabled(enabled);
    setCursor(enabled ? Qt::CrossCursor : Qt::ArrowCursor);
    retranslateUi(); // the tooltip explains the mouse buttons only while drawing
}

void DecisionBoundaryView::setDrawingClass(int classIndex)
{
    m_tool.setDrawingClass(classIndex);
}

void DecisionBoundaryView::invalidateHeatmap()
{
    m_heatmap = QImage();
    update();
}

void DecisionBoundaryView::invalidateOverlay()
{
    m_overlay = QImage();
    update();
}

void DecisionBoundaryView::resizeEvent(QResizeEvent *event)
{
    invalidateHeatmap();
    invalidateOverlay();
    QWidget::resizeEvent(event);
}

// --- queries -----------------------------------------------------------------------------------

PointsLayer DecisionBoundaryView::points() const
{
    PointsLayer::Options options;
    options.showTest = m_showTest;
    options.highlightMisclassified = m_highlightMisclassified;
    options.highlighted = m_highlighted;
    options.hidden = m_tool.erased();
    return PointsLayer(m_data, m_predictions, options);
}

int DecisionBoundaryView::visiblePointCount() const
{
    return static_cast<int>(points().visibleSamples().size());
}

int DecisionBoundaryView::misclassifiedPointCount() const
{
    return points().misclassifiedCount();
}

int DecisionBoundaryView::highlightedPointCount() const
{
    return points().highlightedCount();
}

bool DecisionBoundaryView::isShowingGallery() const
{
    return m_hasData && m_data.dataset.size() > 0 && !m_data.dataset.isPlanar();
}

int DecisionBoundaryView::galleryCount() const
{
    if (!isShowingGallery())
        return 0;
    return static_cast<int>(DigitsGallery(m_data, m_predictions, m_showTest).samples().size());
}

QPointF DecisionBoundaryView::planeToWidget(QPointF plane) const
{
    return frame().mapping.toWidget(plane);
}

QPointF DecisionBoundaryView::widgetToPlane(QPointF widget) const
{
    return frame().mapping.toPlane(widget);
}

qreal DecisionBoundaryView::pointRadius() const
{
    // Grows with the plot (Playground: 3 px on a 300 px canvas) but stays readable and never blots.
    const PlotFrame &f = frame();
    return std::clamp(f.mapping.plot().width() / 110.0, f.lineHeight * 0.18, f.lineHeight * 0.4);
}

QString DecisionBoundaryView::caption() const
{
    if (!m_hasData)
        return tr("No data yet");
    if (m_data.dataset.size() == 0)
        return tr("No points yet: click in the plot to draw some"); // a drawn set, cleared
    if (isShowingGallery())
        return DigitsGallery(m_data, m_predictions, m_showTest).caption();
    if (m_previewing) {
        if (m_previewLayer < 0 || m_previewNeuron < 0)
            return tr("Showing one neuron's output");
        if (m_previewLayer == static_cast<int>(m_activations.size()) - 1)
            return tr("Showing output neuron %1").arg(m_previewNeuron + 1);
        return tr("Showing hidden layer %1, neuron %2").arg(m_previewLayer + 1).arg(m_previewNeuron + 1);
    }
    if (m_data.dataset.task == engine::Task::MultiClass)
        return tr("Predicted class at every point");
    if (m_discretize)
        return tr("Predicted class at every point (discretized output)");
    if (m_data.dataset.task == engine::Task::Regression)
        return tr("Network output (regression)");
    return tr("Network output: the decision boundary");
}

const PlotFrame &DecisionBoundaryView::frame() const
{
    if (m_frameSize != size()) {
        m_frame = PlotFrame::fit(QSizeF(size()), font());
        m_frameSize = size();
    }
    return m_frame;
}

// --- painting ----------------------------------------------------------------------------------

void DecisionBoundaryView::rebuildHeatmap(int side)
{
    HeatmapImage::Style style = HeatmapImage::Style::forOutput(m_data, m_discretize, m_threshold);
    if (m_previewing) {
        const bool known = m_previewLayer >= 0 && m_previewLayer < static_cast<int>(m_activations.size());
        style = HeatmapImage::Style::forNeuron(known ? m_activations[static_cast<std::size_t>(m_previewLayer)]
                                                     : engine::Activation::Tanh);
    }
    const bool scores = style.mode == HeatmapImage::Mode::Classes
                        && static_cast<int>(m_classScores.size()) == m_data.dataset.classCount;
    m_heatmap = HeatmapImage::render(m_previewing ? m_preview : m_output, style, side, scores ? &m_classScores : nullptr);
    if (m_heatmap.isNull()) { // no report yet: the neutral background, not a hole
        m_heatmap = QImage(1, 1, QImage::Format_RGB32);
        m_heatmap.fill(HeatmapImage::colorOf(0.0, HeatmapImage::Style()));
    }
    m_heatmap.setDevicePixelRatio(devicePixelRatioF());
}

void DecisionBoundaryView::rebuildOverlay(const PlotFrame &layout)
{
    const qreal dpr = devicePixelRatioF();
    m_overlay = QImage((QSizeF(size()) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    m_overlay.setDevicePixelRatio(dpr);
    m_overlay.fill(Qt::transparent);
    QPainter painter(&m_overlay);
    paintOverlay(painter, layout);
}

void DecisionBoundaryView::paintOverlay(QPainter &painter, const PlotFrame &layout) const
{
    painter.setFont(font());
    if (isShowingGallery()) {
        const DigitsGallery gallery(m_data, m_predictions, m_showTest);
        gallery.paint(painter, layout.mapping.plot(), palette());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(layout.legend, Qt::AlignLeft | Qt::AlignVCenter, gallery.summary());
        return;
    }
    PlotFrame::paintAxes(painter, layout.mapping.plot(), font(), palette());
    const PointsLayer layer = points();
    layer.paint(painter, layout.mapping, pointRadius());
    layer.paintLegend(painter, layout.legend, palette());
}

void DecisionBoundaryView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const PlotFrame &f = frame();
    const QRectF plot = f.mapping.plot();
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(f.caption, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(caption(), Qt::ElideRight, static_cast<int>(f.caption.width())));
    if (plot.isEmpty() || !m_hasData)
        return;
    if (!isShowingGallery()) {
        const qreal dpr = devicePixelRatioF();
        const int pixels = static_cast<int>(std::lround(plot.width() * dpr));
        if (m_heatmap.isNull())
            rebuildHeatmap(std::min(kMaxHeatmapSide, pixels));
        if (m_heatmap.width() == pixels) { // the usual case: one pixel per pixel, a plain blit
            painter.drawImage(plot.topLeft(), m_heatmap);
        } else {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(plot, m_heatmap);
        }
    }
    // An export (an SVG, or a PNG at another pixel ratio) draws axes, points and text afresh
    // at its own resolution: the cached image would embed screen pixels.
    if (painter.paintEngine()->type() != QPaintEngine::Raster
        || painter.paintEngine()->paintDevice()->devicePixelRatioF() != devicePixelRatioF()) {
        paintOverlay(painter, f);
        return;
    }
    if (m_overlay.isNull())
        rebuildOverlay(f);
    painter.drawImage(QPointF(0, 0), m_overlay);
    if (m_tool.isErasing()) {
        const qreal radius = f.lineHeight * kEraserRadius;
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(m_tool.eraserPosition(), radius, radius);
    }
}

// --- drawing with the mouse --------------------------------------------------------------------

PointDrawingTool::Scene DecisionBoundaryView::drawingScene() const
{
    PointDrawingTool::Scene scene;
    if (!m_hasData || isShowingGallery())
        return scene; // an invalid mapping: the tool ignores the mouse
    scene.mapping = frame().mapping;
    for (int s : points().visibleSamples())
        scene.points.emplace_back(s, scene.mapping.toWidget(QPointF(m_data.dataset.inputs(0, s), m_data.dataset.inputs(1, s))));
    scene.twoClasses = m_data.dataset.task != engine::Task::MultiClass;
    scene.eraserRadius = frame().lineHeight * kEraserRadius;
    return scene;
}

void DecisionBoundaryView::mousePressEvent(QMouseEvent *event)
{
    if (m_tool.press(*event, drawingScene()))
        event->accept();
    else
        QWidget::mousePressEvent(event);
}

void DecisionBoundaryView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_tool.move(*event, drawingScene()))
        event->accept();
    else
        QWidget::mouseMoveEvent(event);
}

void DecisionBoundaryView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_tool.release(*event, drawingScene()))
        event->accept();
    else
        QWidget::mouseReleaseEvent(event);
}
