#include "networkcanvas.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <algorithm>
#include <cmath>

NetworkCanvas::NetworkCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("networkCanvas"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
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
    tip += QLatin1Char('\n');
    tip += m_editable ? tr("Keyboard: the arrow keys choose a bias or a link, Enter changes its value.")
                      : tr("Keyboard: the arrow keys choose a bias or a link and show its value.");
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
    if (event->type() == QEvent::ShortcutOverride) {
        // Claim the navigation keys before the page's shortcuts (→ steps the training).
        auto *key = static_cast<QKeyEvent *>(event);
        const int navigation[] = {Qt::Key_Left, Qt::Key_Right, Qt::Key_Up,    Qt::Key_Down,
                                  Qt::Key_Home, Qt::Key_End,   Qt::Key_Return, Qt::Key_Enter};
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (std::find(std::begin(navigation), std::end(navigation), key->key()) != std::end(navigation))
                event->accept();
        }
    }
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
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(0, m_headerHeight, 0, 0);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void NetworkCanvas::mouseMoveEvent(QMouseEvent *event)
{
    setHover(hoverAt(event->position()));
}

void NetworkCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_editable)
        return QWidget::mousePressEvent(event);
    setHover(hoverAt(event->position()));
    editHovered();
}

void NetworkCanvas::editHovered()
{
    if (!m_editable)
        return;
    if (m_hover.bias) {
        emit biasClicked(m_hover.bias->level - 1, m_hover.bias->index);
    } else if (m_hover.link) {
        const LinkHit link = m_scene.engineLink(*m_hover.link);
        if (link.from >= 0)
            emit weightClicked(link.layer, link.to, link.from);
    }
}

std::vector<NetworkHover> NetworkCanvas::keyboardItems() const
{
    std::vector<NetworkHover> items;
    for (int level = 1; level < m_layout.levelCount(); ++level) {
        for (int to = 0; to < m_layout.levelSize(level); ++to) {
            items.push_back({std::nullopt, NeuronHit{level, to}, std::nullopt});
            for (int from = 0; from < m_layout.levelSize(level - 1); ++from) {
                const LinkHit link{level - 1, to, from};
                if (m_scene.engineLink(link).from >= 0) // the collapsed pixel block is not editable
                    items.push_back({std::nullopt, std::nullopt, link});
            }
        }
    }
    return items;
}

void NetworkCanvas::selectKeyboardItem(int index)
{
    const std::vector<NetworkHover> items = keyboardItems();
    if (items.empty())
        return;
    const NetworkHover &item = items[static_cast<std::size_t>(std::clamp(index, 0, int(items.size()) - 1))];
    setHover(item);
    // The value as the mouse's tooltip shows it, beside the item; also for screen readers.
    const QString text = item.bias ? m_scene.biasToolTip(*item.bias, m_editable)
                                   : m_scene.linkToolTip(*item.link, m_editable);
    setAccessibleDescription(text);
    const QRectF target = item.bias ? m_layout.biasRect(item.bias->level, item.bias->index)
                                    : m_layout.link(item.link->layer + 1, item.link->to, item.link->from)
                                          .boundingRect();
    QToolTip::showText(mapToGlobal(target.center().toPoint()), text, this);
}

void NetworkCanvas::keyPressEvent(QKeyEvent *event)
{
    const std::vector<NetworkHover> items = keyboardItems();
    const auto current = std::find(items.begin(), items.end(), m_hover);
    const int index = current == items.end() ? -1 : static_cast<int>(current - items.begin());
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        selectKeyboardItem(index < 0 ? 0 : index - 1);
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
        selectKeyboardItem(index + 1);
        break;
    case Qt::Key_Home:
        selectKeyboardItem(0);
        break;
    case Qt::Key_End:
        selectKeyboardItem(static_cast<int>(items.size()) - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        editHovered();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void NetworkCanvas::focusInEvent(QFocusEvent *event)
{
    update(); // the focus frame
    QWidget::focusInEvent(event);
}

void NetworkCanvas::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
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
