#include "countstepper.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

CountStepper::CountStepper(const QString &name, Qt::Orientation orientation, QWidget *parent)
    : QWidget(parent)
    , m_remove(new QToolButton(this))
    , m_add(new QToolButton(this))
    , m_label(new QLabel(this))
{
    setObjectName(name);
    m_remove->setObjectName(name + QStringLiteral("Remove"));
    m_add->setObjectName(name + QStringLiteral("Add"));
    m_label->setObjectName(name + QStringLiteral("Label"));
    // U+2212 MINUS SIGN: the hyphen-minus looks too short beside "+".
    m_remove->setText(QStringLiteral("\u2212"));
    m_add->setText(QStringLiteral("+"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_add);
    QBoxLayout *layout = nullptr;
    if (orientation == Qt::Vertical) {
        layout = new QVBoxLayout(this);
        buttons->insertStretch(0);
        buttons->addStretch();
        m_label->setAlignment(Qt::AlignCenter);
    } else {
        layout = new QHBoxLayout(this);
        m_label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().averageCharWidth() / 2);
    layout->addLayout(buttons);
    layout->addWidget(m_label);

    connect(m_add, &QToolButton::clicked, this, &CountStepper::addRequested);
    connect(m_remove, &QToolButton::clicked, this, &CountStepper::removeRequested);
}

void CountStepper::setTexts(const Texts &texts)
{
    m_texts = texts;
    refresh();
}

void CountStepper::setCount(int count, int minimum, int maximum)
{
    m_count = count;
    m_minimum = minimum;
    m_maximum = maximum;
    refresh();
}

void CountStepper::setEditable(bool editable)
{
    m_editable = editable;
    refresh();
}

void CountStepper::setCompact(bool compact)
{
    m_compact = compact;
    refresh();
}

void CountStepper::refresh()
{
    m_add->setEnabled(m_editable && m_count < m_maximum);
    m_remove->setEnabled(m_editable && m_count > m_minimum);
    // Qt shows tooltips on disabled buttons too: a locked button says why it does nothing.
    m_add->setToolTip(m_editable ? m_texts.add : m_texts.locked);
    m_remove->setToolTip(m_editable ? m_texts.remove : m_texts.locked);
    m_add->setAccessibleName(m_texts.add);
    m_remove->setAccessibleName(m_texts.remove);
    m_label->setText(m_compact ? m_texts.compactLabel : m_texts.label);
    m_label->setToolTip(m_texts.label);
    m_label->setAccessibleName(m_texts.label);
    setToolTip(m_texts.label);
    setAccessibleName(m_texts.label);
}
