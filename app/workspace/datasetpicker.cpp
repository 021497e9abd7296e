#include "datasetpicker.h"

#include "flowlayout.h"
#include "thumbnailrenderer.h"

#include <QButtonGroup>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using engine::DatasetKind;

DatasetPicker::DatasetPicker(QWidget *parent) : QWidget(parent), m_group(new QButtonGroup(this)), m_caption(new QLabel(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *layout = new FlowLayout;
    column->addLayout(layout);
    column->addWidget(m_caption);
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::RichText);
    for (int i = 0; i < kinds().size(); ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("dataset.") + id(kinds()[i]));
        button->setCheckable(true);
        button->setAutoRaise(true);
        // The picture only: names under 13 thumbnails would double the panel's height; the
        // chosen set's name and description are in the caption below, every name in a tooltip.
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        m_group->addButton(button, i);
        layout->addWidget(button);
        m_buttons.append(button);
    }
    connect(m_group, &QButtonGroup::idClicked, this, [this](int index) { emit kindChosen(kinds()[index]); });
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateCaption();
    });
    updateSizes();
    retranslateUi();
}

const QList<DatasetKind> &DatasetPicker::kinds()
{
    // The Playground's four first, then the extra classification sets, regression, digits, custom.
    static const QList<DatasetKind> all{
        DatasetKind::Circle,         DatasetKind::Xor,          DatasetKind::Gauss,        DatasetKind::Spiral,
        DatasetKind::Moons,          DatasetKind::Blobs,        DatasetKind::Spiral3,      DatasetKind::RandomLabels,
        DatasetKind::GaussImbalanced, DatasetKind::RegressPlane, DatasetKind::RegressGauss, DatasetKind::Digits,
        DatasetKind::Custom};
    return all;
}

QString DatasetPicker::id(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Circle: return QStringLiteral("circle");
    case DatasetKind::Xor: return QStringLiteral("xor");
    case DatasetKind::Gauss: return QStringLiteral("gauss");
    case DatasetKind::Spiral: return QStringLiteral("spiral");
    case DatasetKind::RegressPlane: return QStringLiteral("reg_plane");
    case DatasetKind::RegressGauss: return QStringLiteral("reg_gauss");
    case DatasetKind::Moons: return QStringLiteral("moons");
    case DatasetKind::Blobs: return QStringLiteral("blobs");
    case DatasetKind::Spiral3: return QStringLiteral("spiral3");
    case DatasetKind::RandomLabels: return QStringLiteral("random_labels");
    case DatasetKind::GaussImbalanced: return QStringLiteral("gauss_imbalanced");
    case DatasetKind::Digits: return QStringLiteral("digits");
    case DatasetKind::Custom: return QStringLiteral("custom");
    }
    return {};
}

QString DatasetPicker::name(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Circle: return tr("Circle");
    case DatasetKind::Xor: return tr("XOR");
    case DatasetKind::Gauss: return tr("Two blobs");
    case DatasetKind::Spiral: return tr("Spiral");
    case DatasetKind::RegressPlane: return tr("Plane (regression)");
    case DatasetKind::RegressGauss: return tr("Bumps (regression)");
    case DatasetKind::Moons: return tr("Moons");
    case DatasetKind::Blobs: return tr("Blobs");
    case DatasetKind::Spiral3: return tr("3-arm spiral");
    case DatasetKind::RandomLabels: return tr("Random labels");
    case DatasetKind::GaussImbalanced: return tr("Imbalanced blobs");
    case DatasetKind::Digits: return tr("Handwritten digits");
    case DatasetKind::Custom: return tr("Draw your own");
    }
    return {};
}

QString DatasetPicker::description(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Circle: return tr("blue points inside a disc, orange points in a ring around it.");
    case DatasetKind::Xor: return tr("blue where x₁ and x₂ have the same sign, orange where they differ.");
    case DatasetKind::Gauss: return tr("two Gaussian clouds, blue around (2, 2) and orange around (−2, −2).");
    case DatasetKind::Spiral: return tr("two interleaved spiral arms, the hardest Playground set.");
    case DatasetKind::RegressPlane: return tr("the target grows evenly towards the top right.");
    case DatasetKind::RegressGauss: return tr("the target is a sum of positive and negative Gaussian bumps.");
    case DatasetKind::Moons: return tr("two interleaving half-moons.");
    case DatasetKind::Blobs: return tr("several Gaussian clouds, one class each (softmax output).");
    case DatasetKind::Spiral3: return tr("three classes in interleaved spiral arms.");
    case DatasetKind::RandomLabels:
        return tr("no pattern at all; a large network can only memorise the training set.");
    case DatasetKind::GaussImbalanced:
        return tr("few blue points among many orange ones; accuracy alone can mislead.");
    case DatasetKind::Digits: return tr("1,797 images of 8×8 pixels, ten classes; the network sees 64 inputs.");
    case DatasetKind::Custom: return tr("click in the plot to add points, right-drag to erase them.");
    }
    return {};
}

QString DatasetPicker::toolTip(DatasetKind kind)
{
    return tr("%1: %2").arg(name(kind), description(kind));
}

DatasetKind DatasetPicker::kind() const
{
    const int index = m_group->checkedId();
    return index >= 0 ? kinds()[index] : DatasetKind::Circle;
}

void DatasetPicker::setKind(DatasetKind kind)
{
    if (QToolButton *b = button(kind))
        b->setChecked(true);
}

QToolButton *DatasetPicker::button(DatasetKind kind) const
{
    const auto index = kinds().indexOf(kind);
    return index >= 0 ? m_buttons[index] : nullptr;
}

QList<QWidget *> DatasetPicker::buttons() const
{
    QList<QWidget *> widgets;
    for (QToolButton *b : m_buttons)
        widgets.append(b);
    return widgets;
}

void DatasetPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateSizes();
    QWidget::changeEvent(event);
}

void DatasetPicker::retranslateUi()
{
    // The text is also the accessible name (the panel's ControlLocks reads it).
    for (int i = 0; i < m_buttons.size(); ++i)
        m_buttons[i]->setText(name(kinds()[i]));
    updateCaption();
}

void DatasetPicker::updateCaption()
{
    if (m_group->checkedId() < 0) {
        m_caption->clear();
        return;
    }
    const QString bold = QStringLiteral("<b>%1</b>").arg(name(kind()).toHtmlEscaped());
    m_caption->setText(tr("%1: %2").arg(bold, description(kind()).toHtmlEscaped()));
}

void DatasetPicker::updateSizes()
{
    // A little under three text lines: big enough to see the shape, and five fit across a side
    // panel of about 300 px (recomputed when the font changes, as the projector's 1.5x font does).
    const int side = fontMetrics().height() * 5 / 2;
    const qreal ratio = devicePixelRatioF();
    for (int i = 0; i < m_buttons.size(); ++i) {
        QPixmap pixmap = QPixmap::fromImage(
            ThumbnailRenderer::dataset(kinds()[i], static_cast<int>(std::lround(side * ratio))));
        pixmap.setDevicePixelRatio(ratio);
        m_buttons[i]->setIcon(QIcon(pixmap));
        m_buttons[i]->setIconSize(QSize(side, side));
    }
}
