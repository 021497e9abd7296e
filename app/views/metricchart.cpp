#include "metricchart.h"

#include "apppalette.h"
#include "colorscale.h"
#include "epochmarks.h"
#include "metricformat.h"

#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace {
// Training and validation take the Playground's blue and orange (a pair colour-blind students
// tell apart), test a purple; test is also dash-dotted so the three differ without colour.
const std::array<QColor, MetricChart::SplitCount> kSplitColors{colorscale::kPositive, colorscale::kNegative,
                                                               QColor(0x94, 0x67, 0xBD)};
const Qt::PenStyle kSplitStyles[] = {Qt::SolidLine, Qt::SolidLine, Qt::DashDotLine};
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The smallest "round" number >= value whose fifth is round too, so five tick intervals get
// labels like 0, 300, 600 ... and an epoch axis keeps integer labels. Its half is round as well,
// for the two intervals of a short chart.
double niceCeil(double value)
{
    if (!(value > 0))
        return 1.0;
    const double scale = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0})
        if (step * scale >= value * (1 - 1e-9))
            return step * scale;
    return 10.0 * scale;
}
} // namespace

MetricChart::MetricChart(Quantity quantity, QWidget *parent)
    // Our chart from the start: QChartView(parent) would make a default one that setChart()
    // hands back to the caller, never deleted (LeakSanitizer found the whole chart leaking).
    : QChartView(new QChart, parent)
    , m_quantity(quantity)
{
    QChart *chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation); // animations re-run on every replace()
    chart->setMargins(QMargins());
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_overlays = std::make_unique<RunOverlays>(chart);
    m_overlays->setCurveVisible(Test, false);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);

    m_xAxis = new QValueAxis;
    m_xAxis->setLabelFormat(QStringLiteral("%d"));
    m_xAxis->setTickCount(6);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_linearAxis = new QValueAxis;
    m_linearAxis->setTickCount(6);
    connect(chart, &QChart::plotAreaChanged, this, &MetricChart::fitTickCount);
    m_linearAxis->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(m_linearAxis, Qt::AlignLeft);
    m_logAxis = new QLogValueAxis(this); // attached only while the log scale is on
    m_logAxis->setBase(10.0);
    m_logAxis->setLabelFormat(QStringLiteral("%g"));

    static const char *const curveNames[] = {"trainingCurve", "validationCurve", "testCurve"};
    for (int s = 0; s < SplitCount; ++s) {
        m_curves[s] = new QLineSeries;
        m_curves[s]->setObjectName(QLatin1String(curveNames[s]));
        addSeries(m_curves[s]);
        connect(m_curves[s], &QXYSeries::hovered, this, [this, s](const QPointF &point, bool state) {
            const QString value = m_quantity == Quantity::Loss ? metricformat::loss(point.y())
                                                               : QString::number(point.y(), 'f', 1) + QLatin1Char('%');
            showPointToolTip(tr("%1, epoch %2: %3").arg(m_curves[s]->name()).arg(qRound(point.x())).arg(value), state);
        });
    }
    m_curves[Test]->setVisible(false);

    m_marks = std::make_unique<EpochMarks>(chart, quantity == Quantity::Loss);
    for (QXYSeries *series : m_marks->series()) {
        series->attachAxis(m_xAxis);
        series->attachAxis(m_linearAxis);
    }
    for (QXYSeries *series : {static_cast<QXYSeries *>(bestEpochLine()), static_cast<QXYSeries *>(bestEpochPoint())})
        connect(series, &QXYSeries::hovered, this, [this](const QPointF &, bool state) {
            showPointToolTip(tr("Lowest validation loss at epoch %1").arg(m_marks->bestEpoch()), state);
        });
    connect(viewedEpochLine(), &QXYSeries::hovered, this, [this](const QPointF &, bool state) {
        showPointToolTip(tr("The timeline shows epoch %1").arg(m_marks->viewedEpoch()), state);
    });
    if (lossUpMarkers())
        connect(lossUpMarkers(), &QXYSeries::hovered, this, [this](const QPointF &point, bool state) {
            showPointToolTip(tr("The training loss went up in epoch %1").arg(qRound(point.x())), state);
        });

    applyStyle();
    retranslateUi();
    updateRanges();
}

MetricChart::~MetricChart() = default;

QLineSeries *MetricChart::bestEpochLine() const
{
    return m_marks->bestLine();
}

QScatterSeries *MetricChart::bestEpochPoint() const
{
    return m_marks->bestPoint();
}

QLineSeries *MetricChart::viewedEpochLine() const
{
    return m_marks->viewedLine();
}

void MetricChart::setViewedEpoch(int epoch)
{
    m_marks->setViewedEpoch(epoch);
    updateRanges(); // places the marks
}

QScatterSeries *MetricChart::lossUpMarkers() const
{
    return m_marks->lossUpMarkers();
}

QAbstractAxis *MetricChart::yAxis() const
{
    return m_log ? static_cast<QAbstractAxis *>(m_logAxis) : m_linearAxis;
}

bool MetricChart::hasData() const
{
    return std::any_of(m_history.begin(), m_history.end(), [](const CurveHistory &h) { return !h.isEmpty(); });
}

double MetricChart::valueOf(const engine::SplitMetrics &metrics) const
{
    if (metrics.count == 0)
        return kNaN;
    if (m_quantity == Quantity::Loss)
        return std::isfinite(metrics.loss) ? std::max(metrics.loss, kMinLoss) : kNaN;
    return metrics.hasAccuracy ? 100.0 * metrics.accuracy : kNaN;
}

void MetricChart::addSeries(QXYSeries *series)
{
    chart()->addSeries(series);
    series->attachAxis(m_xAxis);
    series->attachAxis(yAxis());
}

void MetricChart::addEpochs(const std::vector<engine::EpochMetrics> &epochs, int bestValidationEpoch)
{
    for (const engine::EpochMetrics &epoch : epochs) {
        const engine::SplitMetrics *splits[] = {&epoch.train, &epoch.validation, &epoch.test};
        for (int s = 0; s < SplitCount; ++s)
            m_history[s].append(epoch.epoch, valueOf(*splits[s]));
        const double trainingLoss = epoch.train.count > 0 ? epoch.train.loss : kNaN;
        m_marks->addEpoch(epoch.epoch, trainingLoss, valueOf(epoch.validation), bestValidationEpoch);
    }
    const bool bestMoved = m_marks->finishReport(bestValidationEpoch, m_history[Validation].points());
    if (!epochs.empty()) {
        // A split with no samples (L10's 50/0/50 has no validation set) has no curve: no legend entry.
        const engine::EpochMetrics &last = epochs.back();
        const bool present[] = {last.train.count > 0, last.validation.count > 0, last.test.count > 0};
        const bool changed = !std::equal(std::begin(present), std::end(present), std::begin(m_present));
        std::copy(std::begin(present), std::end(present), std::begin(m_present));
        if (changed)
            updateLegend();
    }
    if (!epochs.empty() || bestMoved)
        refresh();
}

void MetricChart::startNewRun()
{
    for (CurveHistory &history : m_history)
        history.clear();
    m_marks->clear();
    refresh();
}

void MetricChart::setOverlays(const std::vector<OverlayRun> &runs)
{
    m_overlays->set(runs, [this](const engine::SplitMetrics &m) { return valueOf(m); }, m_xAxis, yAxis());
    for (QLineSeries *series : m_overlays->series())
        connect(series, &QXYSeries::hovered, this, [this, series](const QPointF &point, bool state) {
            const QString value = m_quantity == Quantity::Loss ? metricformat::loss(point.y())
                                                               : QString::number(point.y(), 'f', 1) + QLatin1Char('%');
            showPointToolTip(tr("%1, epoch %2: %3").arg(series->name()).arg(qRound(point.x())).arg(value), state);
        });
    stylePens();
    updateRanges();
}

void MetricChart::setShowTest(bool show)
{
    m_showTest = show;
    m_curves[Test]->setVisible(show);
    m_overlays->setCurveVisible(Test, show);
    updateRanges();
    updateLegend();
}

void MetricChart::setLogScale(bool on)
{
    if (m_quantity != Quantity::Loss || on == m_log)
        return;
    QAbstractAxis *oldAxis = yAxis();
    m_log = on;
    QAbstractAxis *newAxis = yAxis();
    chart()->removeAxis(oldAxis);
    oldAxis->setParent(this); // removeAxis gives the axis back; keep it for the next toggle
    chart()->addAxis(newAxis, Qt::AlignLeft);
    const QList<QAbstractSeries *> series = chart()->series();
    for (QAbstractSeries *s : series)
        s->attachAxis(newAxis);
    updateRanges();
    applyStyle();
}

void MetricChart::refresh()
{
    for (int s = 0; s < SplitCount; ++s)
        m_curves[s]->replace(m_history[s].points());
    updateRanges();
    updateLegend();
}

void MetricChart::updateRanges()
{
    double minY = 0.0, maxY = 0.0, maxX = 0.0;
    bool hasY = m_overlays->extent(minY, maxY, maxX);
    for (int s = 0; s < SplitCount; ++s) {
        double low = 0.0, high = 0.0;
        if ((s == Test && !m_showTest) || !m_history[s].yRange(low, high))
            continue;
        maxX = std::max(maxX, m_history[s].points().last().x());
        minY = hasY ? std::min(minY, low) : low;
        maxY = hasY ? std::max(maxY, high) : high;
        hasY = true;
    }
    // The x axis grows with training, in round steps, from a first view of ten epochs.
    m_xAxis->setRange(0.0, std::max(10.0, niceCeil(maxX)));
    if (m_quantity == Quantity::Accuracy) {
        m_linearAxis->setRange(0.0, 100.0);
    } else if (m_log) {
        // Whole decades, so every label is a power of ten.
        const double low = hasY ? std::pow(10.0, std::floor(std::log10(minY))) : 1e-3;
        const double high = hasY ? std::pow(10.0, std::ceil(std::log10(maxY))) : 1.0;
        // Nudged outwards: QLogValueAxis labels only decades strictly inside its range after
        // rounding, and log10(0.01) is -1.999... in floating point.
        m_logAxis->setRange(low * (1 - 1e-9), (high > low ? high : low * 10.0) * (1 + 1e-9));
    } else {
        m_linearAxis->setRange(0.0, hasY ? niceCeil(maxY * 1.05) : 1.0);
    }
    const double low = m_log ? m_logAxis->min() : m_linearAxis->min();
    const double high = m_log ? m_logAxis->max() : m_linearAxis->max();
    // Ticks sit just above the bottom of the plot, 2% of its height up.
    const double tickY = m_log ? low * std::pow(high / low, 0.02) : low + 0.02 * (high - low);
    m_marks->place(low, high, tickY);
}

void MetricChart::applyStyle()
{
    // The theme matches the palette (a dark desktop gets a dark chart); it resets colours and
    // fonts, so the widget's own font (1.5x on a projector) and the split colours go on after it.
    chart()->setTheme(apppalette::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    chart()->setBackgroundRoundness(0);
    setBackgroundBrush(palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15f);
    // Tick labels keep the full font; the axis titles and the legend say what is plotted in a
    // slightly smaller one, which leaves the plot more of a short chart.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_xAxis), static_cast<QAbstractAxis *>(m_linearAxis),
                                static_cast<QAbstractAxis *>(m_logAxis)}) {
        axis->setLabelsFont(font());
        axis->setTitleFont(small);
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
    chart()->legend()->setFont(small);
    chart()->legend()->setLabelColor(text);
    // The layout's default margins are the style's (about 10 px a side): a quarter line is
    // enough room for the last tick label.
    const int margin = fontMetrics().height() / 4;
    chart()->layout()->setContentsMargins(margin, margin, margin, 0);
    stylePens();
}

void MetricChart::fitTickCount(const QRectF &plotArea)
{
    // Qt Charts elides a y label ("…") that is taller than its share of the axis: a short chart
    // (a small window, a projector) gets 3 ticks instead of 6.
    m_linearAxis->setTickCount(plotArea.height() >= 7 * fontMetrics().height() ? 6 : 3);
}

QSize MetricChart::minimumSizeHint() const
{
    // Below about nine lines Qt Charts elides the tick labels ("…") and wraps the legend.
    const int line = fontMetrics().height();
    return QSize(line * 12, line * 9);
}

void MetricChart::stylePens()
{
    const double width = std::max(2.0, fontMetrics().height() / 8.0);
    for (int s = 0; s < SplitCount; ++s)
        m_curves[s]->setPen(QPen(kSplitColors[s], width, kSplitStyles[s]));
    m_overlays->setPenWidth(width * 0.75);
    m_marks->setStyle(width * 0.75, fontMetrics().height() * 0.9);
    updateLegend();
}

void MetricChart::updateLegend()
{
    QLegend *legend = chart()->legend();
    const QList<QLegendMarker *> markers = legend->markers();
    QList<bool> wasVisible;
    for (const QLegendMarker *marker : markers)
        wasVisible.append(marker->isVisible());
    for (int s = 0; s < SplitCount; ++s)
        for (QLegendMarker *marker : legend->markers(m_curves[s]))
            marker->setVisible(m_present[s] && (s != Test || m_showTest));
    m_marks->updateLegend(legend);
    m_overlays->updateLegend(legend);
    // QLegendMarker::setVisible() does not lay the legend out again: a marker shown later would
    // keep its hidden geometry (no width, no label, at the wrong place).
    for (int i = 0; i < markers.size(); ++i) {
        if (markers[i]->isVisible() != wasVisible[i]) {
            legend->layout()->invalidate();
            break;
        }
    }
}

void MetricChart::retranslateUi()
{
    m_overlays->retranslate();
    m_curves[Training]->setName(tr("Training"));
    m_curves[Validation]->setName(tr("Validation"));
    m_curves[Test]->setName(tr("Test"));
    bestEpochPoint()->setName(tr("Lowest validation loss"));
    m_xAxis->setTitleText(tr("Epoch"));
    if (m_quantity == Quantity::Loss) {
        lossUpMarkers()->setName(tr("Loss went up"));
        m_linearAxis->setTitleText(tr("Loss"));
        m_logAxis->setTitleText(tr("Loss (log scale)"));
        setToolTip(tr("Loss of each set after every epoch. The green star marks the lowest validation loss, "
                      "red ticks at the bottom the epochs where the training loss went up. Runs ticked in the run history are drawn in "
                      "their own colours."));
        setAccessibleName(tr("Loss chart"));
    } else {
        m_linearAxis->setTitleText(tr("Accuracy (%)"));
        setToolTip(tr("Accuracy of each set after every epoch, in percent. The green star marks the epoch with the "
                      "lowest validation loss. Runs ticked in the run history are drawn in their own colours."));
        setAccessibleName(tr("Accuracy chart"));
    }
}

void MetricChart::showPointToolTip(const QString &text, bool state)
{
    if (state)
        QToolTip::showText(QCursor::pos(), text, this);
    else
        QToolTip::hideText();
}

void MetricChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyStyle();
    QChartView::changeEvent(event);
}
