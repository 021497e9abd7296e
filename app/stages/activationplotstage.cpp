#include "activationplotstage.h"

#include "stageformat.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {
enum Column { NameColumn, FormulaColumn, RangeColumn, ValueColumn, ColumnCount };

/// A short stroke of the curve's colour and line style, for the legend boxes and the table.
QIcon swatch(ActivationPlot::Function function, int size)
{
    QPixmap pixmap(size * 2, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ActivationPlot::color(function), std::max(2.0, size / 6.0), ActivationPlot::penStyle(function)));
    painter.drawLine(QPointF(1, size / 2.0), QPointF(size * 2 - 1, size / 2.0));
    return QIcon(pixmap);
}

// Formulas and ranges are mathematical notation, the same in every language.
QString formula(ActivationPlot::Function function)
{
    switch (function) {
    case ActivationPlot::Sigmoid:
        return QStringLiteral("sigmoid(x) = eˣ / (eˣ + 1) = 1 / (1 + e⁻ˣ)");
    case ActivationPlot::Tanh:
        return QStringLiteral("tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)");
    case ActivationPlot::ReLU:
        return QStringLiteral("ReLU(x) = max(0, x)");
    default:
        return QStringLiteral("f(x) = x");
    }
}

QString range(ActivationPlot::Function function)
{
    switch (function) {
    case ActivationPlot::Sigmoid:
        return QStringLiteral("(0, 1)");
    case ActivationPlot::Tanh:
        return QStringLiteral("(−1, 1)");
    case ActivationPlot::ReLU:
        return QStringLiteral("[0, ∞)");
    default:
        return QStringLiteral("(−∞, ∞)");
    }
}
} // namespace

ActivationPlotStage::ActivationPlotStage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("activationPlotStage"));
    const int line = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);

    static const char *const toggleNames[] = {"plot.sigmoid", "plot.tanh", "plot.relu", "plot.linear"};
    auto *legend = new QHBoxLayout;
    for (int f = 0; f < ActivationPlot::FunctionCount; ++f) {
        const auto function = static_cast<ActivationPlot::Function>(f);
        m_toggles[f] = new QCheckBox(this);
        m_toggles[f]->setObjectName(QLatin1String(toggleNames[f]));
        m_toggles[f]->setChecked(true);
        m_toggles[f]->setIcon(swatch(function, line));
        m_toggles[f]->setIconSize(QSize(line * 2, line));
        legend->addWidget(m_toggles[f]);
        connect(m_toggles[f], &QCheckBox::toggled, this, [this, function](bool on) { m_plot->setCurveShown(function, on); });
    }
    legend->addStretch(1);
    layout->addLayout(legend);

    m_plot = new ActivationPlot(this);
    m_plot->setObjectName(QStringLiteral("plot.canvas"));
    layout->addWidget(m_plot, 1);

    auto *xRow = new QHBoxLayout;
    m_xLabel = new QLabel(this);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("plot.x"));
    m_slider->setRange(int(ActivationPlot::kMinX * kSliderScale), int(ActivationPlot::kMaxX * kSliderScale));
    m_slider->setSingleStep(kSliderScale / 10);
    m_slider->setPageStep(kSliderScale);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(kSliderScale);
    m_xLabel->setBuddy(m_slider);
    m_spin = new QDoubleSpinBox(this);
    m_spin->setObjectName(QStringLiteral("plot.xValue"));
    m_spin->setRange(ActivationPlot::kMinX, ActivationPlot::kMaxX);
    m_spin->setDecimals(2);
    m_spin->setSingleStep(0.1);
    m_spin->setKeyboardTracking(false);
    xRow->addWidget(m_xLabel);
    xRow->addWidget(m_slider, 1);
    xRow->addWidget(m_spin);
    layout->addLayout(xRow);

    m_table = new QTableWidget(ActivationPlot::FunctionCount, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("plot.readout"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false); // one line per function: the table's height is fixed
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setIconSize(QSize(line * 2, line));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FormulaColumn, QHeaderView::Stretch);
    QFont bold = font();
    bold.setBold(true);
    for (int f = 0; f < ActivationPlot::FunctionCount; ++f) {
        const auto function = static_cast<ActivationPlot::Function>(f);
        auto *name = new QTableWidgetItem(swatch(function, line), QString());
        m_table->setItem(f, NameColumn, name);
        m_table->setItem(f, FormulaColumn, new QTableWidgetItem(formula(function)));
        auto *rangeItem = new QTableWidgetItem(range(function));
        rangeItem->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(f, RangeColumn, rangeItem);
        auto *value = new QTableWidgetItem;
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setFont(bold);
        m_table->setItem(f, ValueColumn, value);
    }
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_table);

    m_locks.add(m_slider, m_xLabel);
    m_locks.add(m_spin, m_xLabel);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) { setX(double(value) / kSliderScale); });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &ActivationPlotStage::setX);
    connect(m_plot, &ActivationPlot::xRequested, this, &ActivationPlotStage::setX);

    retranslateUi();
    updateReadout();
}

void ActivationPlotStage::setX(double x)
{
    const double snapped = std::round(std::clamp(x, ActivationPlot::kMinX, ActivationPlot::kMaxX) * kSliderScale) / kSliderScale;
    const bool same = snapped == m_x;
    m_x = snapped;
    m_plot->setX(m_x);
    {
        const QSignalBlocker sliderBlocker(m_slider);
        const QSignalBlocker spinBlocker(m_spin);
        m_slider->setValue(qRound(m_x * kSliderScale));
        m_spin->setValue(m_x);
    }
    updateReadout();
    if (!same)
        emit changed();
}

void ActivationPlotStage::setXLocked(bool locked)
{
    m_locks.setLocked(m_slider->objectName(), locked);
    m_locks.setLocked(m_spin->objectName(), locked);
    m_locks.apply();
    m_plot->setInteractive(!locked);
}

void ActivationPlotStage::updateReadout()
{
    for (int f = 0; f < ActivationPlot::FunctionCount; ++f)
        m_table->item(f, ValueColumn)->setText(stageformat::fixed(ActivationPlot::value(static_cast<ActivationPlot::Function>(f), m_x), 3));
    m_table->setHorizontalHeaderItem(ValueColumn, new QTableWidgetItem(tr("Value at x = %1").arg(stageformat::fixed(m_x, 2))));
    m_plot->setAccessibleDescription(tr("x = %1").arg(stageformat::fixed(m_x, 2)));
}

void ActivationPlotStage::fitTableHeight()
{
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}

void ActivationPlotStage::retranslateUi()
{
    for (int f = 0; f < ActivationPlot::FunctionCount; ++f) {
        const auto function = static_cast<ActivationPlot::Function>(f);
        m_toggles[f]->setText(ActivationPlot::name(function));
        m_toggles[f]->setToolTip(tr("Show or hide the %1 curve.").arg(ActivationPlot::name(function)));
        m_table->item(f, NameColumn)->setText(ActivationPlot::name(function));
    }
    m_table->setHorizontalHeaderItem(NameColumn, new QTableWidgetItem(tr("Function")));
    m_table->setHorizontalHeaderItem(FormulaColumn, new QTableWidgetItem(tr("Formula")));
    m_table->setHorizontalHeaderItem(RangeColumn, new QTableWidgetItem(tr("Range")));
    m_table->setAccessibleName(tr("Values at x"));
    m_table->setToolTip(tr("Each function's value at the current x, to 3 decimals."));
    m_xLabel->setText(tr("Input &x"));
    const QString xTip = tr("Move x from −6 to 6 and read each curve's value in the table.");
    m_locks.setToolTip(m_slider, xTip);
    m_locks.setToolTip(m_spin, xTip);
    m_locks.apply();
    m_plot->setAccessibleName(tr("Activation functions"));
    m_plot->setToolTip(tr("Click or drag on the plot to move x. The dashed lines are y = 1 and y = −1."));
    updateReadout();
    fitTableHeight();
}

void ActivationPlotStage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitTableHeight();
    QWidget::changeEvent(event);
}
