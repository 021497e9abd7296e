#include "sidebysidechart.h"

#include "apppalette.h"
#include "sidebysidecontroller.h"
#include "sidebysidetitle.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QHBoxLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {
/// Curves stay bounded however long the models train: older points are thinned evenly.
constexpr int kMaxPoints = 1000;
/// The log axis cannot show 0; a loss this small is drawn at this value.
constexpr double kLogFloor = 1e-5;
} // namespace

SideBySideChart::SideBySideChart(const SideBySideController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // animations re-run on every replace()
    chart->setMargins(QMargins());
    chart->legend()->setAlignment(Qt::AlignRight);
    m_view = new QChartView(chart);
    m_view->setObjectName(QStringLiteral("sideBySideChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(140);
    m_x = new QValueAxis;
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_linearY = new QValueAxis;
    m_logY = new QLogValueAxis;
    m_logY->setLabelFormat(QStringLiteral("%g"));
    m_logY->setBase(10);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_linearY, Qt::AlignLeft);

    m_quantity = new QComboBox;
    m_quantity->setObjectName(QStringLiteral("sideBySideQuantity"));
    m_quantity->addItems({QString(), QString()});
    m_log = new QCheckBox;
    m_log->setObjectName(QStringLiteral("sideBySideLogScale"));
    auto *options = new QHBoxLayout;
    options->addWidget(m_quantity);
    options->addWidget(m_log);
    m_key = new QLabel;
    options->addWidget(m_key);
    options->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addWidget(m_view, 1);
    connect(m_quantity, &QComboBox::currentIndexChanged, this, [this] {
        m_log->setEnabled(!showsAccuracy());
        retranslateUi(); // the axis is named after the quantity
        attachY();
        refresh();
    });
    connect(m_log, &QCheckBox::toggled, this, [this] {
        attachY();
        refresh();
    });
    retranslateUi();
    applyPalette();
}

SideBySideChart::~SideBySideChart()
{
    // The chart deletes the y axis it shows; the other one is ours (removeAxis hands it back).
    QAbstractAxis *detached = m_view->chart()->axes(Qt::Vertical).contains(m_logY) ? static_cast<QAbstractAxis *>(m_linearY)
                                                                                   : m_logY;
    delete detached;
}

QColor SideBySideChart::modelColor(int index)
{
    static const QColor colors[] = {QColor(0x1F, 0x77, 0xB4), QColor(0xFF, 0x7F, 0x0E), QColor(0x2C, 0xA0, 0x2C),
                                    QColor(0x94, 0x67, 0xBD)};
    return colors[std::clamp(index, 0, 3)];
}

bool SideBySideChart::showsAccuracy() const
{
    return m_quantity->currentIndex() == 1;
}

void SideBySideChart::setLogScale(bool on)
{
    m_log->setChecked(on);
}

bool SideBySideChart::isLogScale() const
{
    return m_log->isChecked() && !showsAccuracy();
}

int SideBySideChart::pointCount(int index) const
{
    return index < m_train.size() ? m_train[index]->count() : 0;
}

QString SideBySideChart::legendText(int index) const
{
    return index < m_train.size() ? m_train[index]->name() : QString();
}

void SideBySideChart::attachY()
{
    QChart *chart = m_view->chart();
    QAbstractAxis *wanted = isLogScale() ? static_cast<QAbstractAxis *>(m_logY) : m_linearY;
    QAbstractAxis *other = wanted == m_logY ? static_cast<QAbstractAxis *>(m_linearY) : m_logY;
    if (chart->axes(Qt::Vertical).contains(other))
        chart->removeAxis(other); // the chart keeps no ownership of a removed axis
    if (!chart->axes(Qt::Vertical).contains(wanted))
        chart->addAxis(wanted, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        for (QAbstractAxis *axis : series->attachedAxes())
            if (axis->orientation() == Qt::Vertical)
                series->detachAxis(axis);
        series->attachAxis(wanted);
    }
}

void SideBySideChart::rebuildSeries()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    m_train.clear();
    m_validation.clear();
    for (int i = 0; i < m_controller->count(); ++i) {
        for (bool validation : {false, true}) {
            auto *series = new QLineSeries;
            QPen pen(modelColor(i), validation ? 1.5 : 2.5, validation ? Qt::DashLine : Qt::SolidLine);
            series->setPen(pen);
            chart->addSeries(series);
            series->attachAxis(m_x);
            (validation ? m_validation : m_train).append(series);
            if (validation)
                chart->legend()->markers(series).value(0)->setVisible(false);
        }
    }
    attachY();
}

void SideBySideChart::refresh()
{
    if (m_train.size() != m_controller->count())
        rebuildSeries();
    const bool accuracy = showsAccuracy();
    const bool log = isLogScale();
    int lastEpoch = 10;
    double low = accuracy ? 0.0 : 1e9, high = accuracy ? 1.0 : 0.0;
    for (int i = 0; i < m_controller->count(); ++i) {
        const MetricsSnapshot &s = m_controller->snapshot(i);
        // A new name lays the legend out again: only when the setting changed.
        const QString name = SideBySideTitle::text(m_controller->id(i), m_controller->spec(i));
        if (m_train[i]->name() != name)
            m_train[i]->setName(name);
        const int stride = std::max<int>(1, static_cast<int>((s.history.size() + kMaxPoints - 1) / kMaxPoints));
        for (bool validation : {false, true}) {
            QList<QPointF> points;
            points.reserve(static_cast<int>(s.history.size() / stride) + 2);
            for (std::size_t k = 0; k < s.history.size(); ++k) {
                if (k % stride != 0 && k + 1 != s.history.size())
                    continue;
                const engine::EpochMetrics &m = s.history[k];
                const engine::SplitMetrics &split = validation ? m.validation : m.train;
                if (split.count == 0)
                    continue;
                double value = accuracy ? split.accuracy : split.loss;
                if (!std::isfinite(value))
                    continue;
                if (log)
                    value = std::max(value, kLogFloor);
                points.append(QPointF(m.epoch, value));
                lastEpoch = std::max(lastEpoch, m.epoch);
                low = std::min(low, value);
                high = std::max(high, value);
            }
            (validation ? m_validation : m_train)[i]->replace(points);
        }
    }
    m_x->setRange(0, lastEpoch);
    if (accuracy) {
        m_linearY->setRange(0.0, 1.0);
    } else if (log) {
        const double top = high > 0 ? std::pow(10.0, std::ceil(std::log10(high))) : 1.0;
        const double bottom = low < 1e9 ? std::pow(10.0, std::floor(std::log10(std::max(low, kLogFloor)))) : 0.01;
        m_logY->setRange(bottom, std::max(top, bottom * 10));
    } else {
        m_linearY->setRange(0.0, high > 0 ? high * 1.05 : 1.0);
    }
}

void SideBySideChart::applyPalette()
{
    QChart *chart = m_view->chart();
    chart->setTheme(apppalette::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    m_view->setBackgroundBrush(palette().color(QPalette::Base));
    // The theme repaints every series in its own colours: give the models theirs back.
    for (int i = 0; i < m_train.size(); ++i) {
        m_train[i]->setPen(QPen(modelColor(i), 2.5));
        m_validation[i]->setPen(QPen(modelColor(i), 1.5, Qt::DashLine));
    }
}

void SideBySideChart::retranslateUi()
{
    m_quantity->setItemText(0, tr("Loss"));
    m_quantity->setItemText(1, tr("Accuracy"));
    m_quantity->setToolTip(tr("Which number the curves show"));
    m_quantity->setAccessibleName(tr("Chart quantity"));
    m_log->setText(tr("Log scale"));
    m_log->setToolTip(tr("A logarithmic loss axis, so small losses can be told apart"));
    m_x->setTitleText(tr("Epoch"));
    m_linearY->setTitleText(m_quantity->currentText());
    m_logY->setTitleText(m_linearY->titleText());
    m_key->setText(tr("solid: training · dashed: validation"));
}

void SideBySideChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}
