#include "drawpointscontrols.h"

#include "colorscale.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QIcon swatch(const QColor &color, int side)
{
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, side - 2, side - 2));
    return QIcon(pixmap);
}
} // namespace

DrawPointsControls::DrawPointsControls(QWidget *parent)
    : QWidget(parent), m_classBox(new QWidget(this)), m_group(new QButtonGroup(this)), m_clear(new QPushButton(this)), m_hint(new QLabel(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *classRow = new QHBoxLayout(m_classBox);
    classRow->setContentsMargins(0, 0, 0, 0);
    classRow->setSpacing(fontMetrics().height() / 4);
    m_classBox->setObjectName(QStringLiteral("drawClass"));
    for (int c = 0; c < kMaxClasses; ++c) {
        auto *button = new QToolButton(m_classBox);
        button->setObjectName(QStringLiteral("drawClass.%1").arg(c));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_group->addButton(button, c);
        classRow->addWidget(button);
        m_classButtons.append(button);
    }
    row->addWidget(m_classBox);
    row->addStretch(1);
    row->addWidget(m_clear);
    m_clear->setObjectName(QStringLiteral("clearPoints"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    column->addLayout(row);
    column->addWidget(m_hint);
    connect(m_group, &QButtonGroup::idClicked, this, [this] { emit classChosen(classIndex()); });
    connect(m_clear, &QPushButton::clicked, this, &DrawPointsControls::clearRequested);
    setClassCount(2);
    retranslateUi();
}

void DrawPointsControls::setClassCount(int classes)
{
    const int chosen = classIndex();
    m_classCount = std::clamp(classes, 2, kMaxClasses);
    const int side = fontMetrics().height() * 3 / 4;
    for (int c = 0; c < kMaxClasses; ++c) {
        // Two classes read best positive first (blue, then orange); more classes in index order.
        const int shown = m_classCount == 2 ? 1 - c : c;
        QToolButton *button = m_classButtons[c];
        button->setVisible(c < m_classCount);
        button->setProperty("classIndex", shown);
        button->setIcon(swatch(colorscale::classColor(shown, m_classCount), side));
    }
    // The buttons were relabelled: check the chosen class again, or the first one if it is gone.
    if (chosen >= 0 && chosen < m_classCount)
        setClassIndex(chosen);
    else
        setClassIndex(m_classCount == 2 ? 1 : 0); // positive (blue) first, as the Playground
    retranslateUi();
}

int DrawPointsControls::classIndex() const
{
    const QAbstractButton *checked = m_group->checkedButton();
    return checked ? checked->property("classIndex").toInt() : -1;
}

void DrawPointsControls::setClassIndex(int classIndex)
{
    for (QToolButton *button : m_classButtons)
        if (button->property("classIndex").toInt() == classIndex && !button->isHidden())
            button->setChecked(true);
}

QToolButton *DrawPointsControls::classButton(int classIndex) const
{
    for (QToolButton *button : m_classButtons)
        if (button->property("classIndex").toInt() == classIndex && !button->isHidden())
            return button;
    return nullptr;
}

QString DrawPointsControls::className(int classIndex) const
{
    if (m_classCount == 2)
        return classIndex == 1 ? tr("Blue") : tr("Orange");
    return tr("Class %1").arg(classIndex + 1);
}

QString DrawPointsControls::classToolTip(int classIndex) const
{
    if (m_classCount == 2)
        return classIndex == 1 ? tr("A left click in the plot adds a positive (blue) point")
                               : tr("A left click in the plot adds a negative (orange) point");
    return tr("A left click in the plot adds a point of class %1").arg(classIndex + 1);
}

void DrawPointsControls::retranslateUi()
{
    for (QToolButton *button : m_classButtons) {
        const int c = button->property("classIndex").toInt();
        // Two classes have room for a word; six only for the number.
        button->setText(m_classCount == 2 ? className(c) : QString::number(c + 1));
        button->setAccessibleName(tr("Draw points of class: %1").arg(className(c)));
        button->setToolTip(classToolTip(c));
    }
    m_clear->setText(tr("Clear points"));
    m_hint->setText(tr("Left click: add a point · right-drag: erase"));
}
