#include "networkcanvas.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

NetworkCanvas::NetworkCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("networkCanvas"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_scene.setFeatures(engine::kDefaultFeatures);
    retranslateUi();
}

void NetworkCanvas::retranslateUi()
{
    setAccessibleName(tr("Network diagram"));
    m_inputTitle = tr("Input layer");
    m_outputTitle = tr("Output layer");
    QString tip = tr("Blue links have positive weights, orange links negative ones; a thicker link has a larger |w|. "
                     "Hover a neuron to see its map in the big view.");
    tip += QLatin1Char('\n');
    tip += m_editable ? tr("Click a link, or the small square at a neuron's corner (its bias), to change its value.")
                      : tr("This lesson locks the network: you can read the values but not change them.");
    setToolTip(tip);
}

bool NetworkCanvas::setReport(const engine::Network &network, const std::vector<std::vector<FieldGrid>> &neurons)
{
    const bool reshaped = m_scene.setNetwork(network, neurons);
    if (reshaped) {
        setHover({}); // the hovered item may be gone
        relayout();
        updateGeometry();
        update();
    } else {
        updateDiagram();
    }
    return reshaped;
}

void NetworkCanvas::updateDiagram()
{
    // Below the header band only: the steppers there are child widgets, and a dirty region
    // over them would repaint them with every report.
    update(0, m_headerHeight, width(), height() - m_headerHeight);
}

void NetworkCanvas::setFeatures(engine::FeatureSet features)
{
    m_scene.setFeatures(features);
    relayout(); // input labels change width
    update();
}

void NetworkCanvas::setEditable(bool editable)
{
    m_editable = editable;
    retranslateUi();
}

void NetworkCanvas::setHeaderBand(int height, int controlHalfWidth)
{
    if (controlHalfWidth != m_controlHalfWidth) {
        m_controlHalfWidth = controlHalfWidth; // only the titles depend on it
        update();
    }
    if (height == m_headerHeight)
        return;
    m_headerHeight = height;
    relayout();
    updateGeometry();
    update();
}

double NetworkCanvas::preferredNode() const
{
    return 2.6 * fontMetrics().height();
}

double NetworkCanvas::minimumNode() const
{
    return std::max(8.0, 0.5 * fontMetrics().height());
}

double NetworkCanvas::linkTolerance() const
{
    return std::max(3.0, 0.25 * fontMetrics().height());
}

QMargins NetworkCanvas::labelMargins() const
{
    const QFontMetrics metrics = fontMetrics();
    const int pad = metrics.averageCharWidth();
    int left = pad;
    if (!m_scene.isEmpty()) {
        if (m_scene.inputsCollapsed()) {
            left = std::max(left, metrics.horizontalAdvance(m_scene.inputLabel(0)) / 2);
        } else {
            for (int i = 0; i < m_scene.network().inputCount(); ++i)
                left = std::max(left, metrics.horizontalAdvance(m_scene.inputLabel(i)) + pad);
        }
    }
    const bool classes = !m_scene.isEmpty() && m_scene.network().outputCount() > 1;
    const int right = classes ? metrics.horizontalAdvance(QStringLiteral("00")) + 2 * pad : pad;
    // Below the columns only the collapsed block has a label ("64 pixels"); otherwise a little
    // room for the bias markers, which stick out of the lowest neurons.
    const bool blockLabel = !m_scene.isEmpty() && m_scene.inputsCollapsed();
    const int bottom = blockLabel ? metrics.height() + pad : pad;
    return QMargins(left, m_headerHeight + metrics.height() / 4, right, bottom);
}

void NetworkCanvas::relayout()
{
    const QMargins margins = labelMargins();
    const QRectF area = QRectF(rect()).adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom());
    m_layout.compute(m_scene.levelSizes(), area, preferredNode(), minimumNode());
    const qreal ratio = devicePixelRatioF();
    m_scene.setThumbnailSize(static_cast<int>(std::lround(m_layout.nodeSize() * ratio)), ratio);
    emit layoutChanged();
}

QSize NetworkCanvas::sizeHint() const
{
    const std::vector<int> sizes = m_scene.isEmpty() ? std::vector<int>{2, 4, 2, 1} : m_scene.levelSizes();
    const int tallest = *std::max_element(sizes.begin(), sizes.end());
    const QMargins margins = labelMargins();
    const double node = preferredNode();
    return QSize(margins.left() + margins.right() + int(sizes.size() * node * 2.5),
                 margins.top() + margins.bottom() + int(NetworkLayout::columnHeight(std::max(tallest, 4), node)));
}

QSize NetworkCanvas::minimumSizeHint() const
{
    const std::vector<int> sizes = m_scene.isEmpty() ? std::vector<int>{2, 1} : m_scene.levelSizes();
    const int tallest = *std::max_element(sizes.begin(), sizes.end());
    const QMargins margins = labelMargins();
    const double node = minimumNode();
    return QSize(margins.left() + margins.right() + int(sizes.size() * node * 2.2),
                 margins.top() + margins.bottom() + int(std::ceil(NetworkLayout::columnHeight(tallest, node))));
}

std::optional<LinkHit> NetworkCanvas::linkAt(const QPointF &point) const
{
    const std::optional<LinkHit> link = m_layout.linkAt(point, linkTolerance());
    return link ? std::optional<LinkHit>(m_scene.engineLink(*link)) : std::nullopt;
}

NetworkHover NetworkCanvas::hoverAt(const QPointF &point) const
{
    NetworkHover hover;
    if (m_scene.isEmpty())
        return hover;
    // Bias markers sit on neuron corners and links end at neuron edges: the smaller target wins.
    if ((hover.bias = m_layout.biasAt(point)))
        return hover;
    if ((hover.neuron = m_layout.neuronAt(point)))
        return hover;
    hover.link = m_layout.linkAt(point, linkTolerance());
    return hover;
}

void NetworkCanvas::setHover(const NetworkHover &hover)
{
    if (hover == m_hover)
        return;
    const bool wasNeuron = m_hover.neuron && m_hover.neuron->level > 0;
    const bool isNeuron = hover.neuron && hover.neuron->level > 0;
    m_hover = hover;
    if (isNeuron)
        emit neuronHovered(hover.neuron->level - 1, hover.neuron->index);
    else if (wasNeuron)
        emit neuronHoverEnded();
    const bool clickable = m_editable && (hover.bias || (hover.link && m_scene.engineLink(*hover.link).from >= 0));
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    updateDiagram();
}

bool NetworkCanvas::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const NetworkHover hover = hoverAt(help->pos());
    QString text = toolTip();
    if (hover.bias)
        text = m_scene.biasToolTip(*hover.bias, m_editable);
    else if (hover.neuron)
        text = m_scene.neuronToolTip(*hover.neuron);
    else if (hover.link)
        text = m_scene.linkToolTip(*hover.link, m_editable);
    QToolTip::showText(help->globalPos(), text, this);
    return true;
}

void NetworkCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_scene.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("The network appears here once it is loaded."));
        return;
    }
    const NetworkPainter networkPainter(m_scene, m_layout, palette());
    networkPainter.paint(painter, m_hover);
    const bool hidden = m_layout.levelCount() > 2;
    const double pad = fontMetrics().averageCharWidth();
    const double titleWidth = hidden ? 2 * (m_layout.columnSpacing() - m_controlHalfWidth - pad)
                                     : m_layout.columnSpacing() - pad;
    networkPainter.paintTitles(painter, m_headerHeight, titleWidth, m_inputTitle, m_outputTitle);
}

void NetworkCanvas::mouseMoveEvent(QMouseEvent *event)
{
    setHover(hoverAt(event->position()));
}

void NetworkCanvas::mousePressEvent(QMouseEvent *event)
{
    const NetworkHover hover = hoverAt(event->position());
    if (event->button() != Qt::LeftButton || !m_editable)
        return QWidget::mousePressEvent(event);
    if (hover.bias) {
        emit biasClicked(hover.bias->level - 1, hover.bias->index);
    } else if (hover.link) {
        const LinkHit link = m_scene.engineLink(*hover.link);
        if (link.from >= 0)
            emit weightClicked(link.layer, link.to, link.from);
    }
}

void NetworkCanvas::leaveEvent(QEvent *event)
{
    setHover({});
    QWidget::leaveEvent(event);
}

void NetworkCanvas::resizeEvent(QResizeEvent *event)
{
    relayout();
    QWidget::resizeEvent(event);
}

void NetworkCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        relayout(); // labels change width, neurons follow the font size
        updateGeometry();
    }
    QWidget::changeEvent(event);
}
