#include "metricsview.h"

#include "colorscale.h"
#include "metricformat.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QVBoxLayout>

#include <cmath>

namespace {
// The colours of the split curves in P2, so a row and its curve are easy to match.
const QColor kRowColors[] = {colorscale::kPositive, colorscale::kNegative, QColor(0x94, 0x67, 0xBD)};
const char *const kRowKeys[] = {"training", "validation", "test"};

// A padlock drawn in the text colour: no installed font has U+1F512, so the emoji would be a box.
QPixmap padlock(int size, const QColor &color, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal stroke = std::max(1.5, size / 9.0);
    painter.setPen(QPen(color, stroke));
    const QRectF body(size * 0.18, size * 0.45, size * 0.64, size * 0.5);
    QPainterPath shackle;
    shackle.moveTo(size * 0.32, body.top());
    shackle.lineTo(size * 0.32, size * 0.3);
    shackle.arcTo(QRectF(size * 0.32, size * 0.08, size * 0.36, size * 0.36), 180, -180);
    shackle.lineTo(size * 0.68, body.top());
    painter.drawPath(shackle);
    painter.setBrush(color);
    painter.drawRoundedRect(body, stroke, stroke);
    return pixmap;
}
} // namespace

MetricsView::MetricsView(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(fontMetrics().averageCharWidth() * 2);
    m_samplesHeader = new QLabel(this);
    m_lossHeader = new QLabel(this);
    m_accuracyHeader = new QLabel(this);
    QLabel *headers[] = {m_samplesHeader, m_lossHeader, m_accuracyHeader};
    for (int c = 0; c < 3; ++c) {
        headers[c]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(headers[c], 0, c + 1);
    }
    for (int r = 0; r < RowCount; ++r) {
        const QString key = QLatin1String(kRowKeys[r]);
        m_names[r] = new QLabel(this);
        m_counts[r] = new QLabel(this);
        m_losses[r] = new QLabel(this);
        m_accuracies[r] = new QLabel(this);
        m_names[r]->setObjectName(key + QStringLiteral("Name"));
        m_counts[r]->setObjectName(key + QStringLiteral("Count"));
        m_losses[r]->setObjectName(key + QStringLiteral("Loss"));
        m_accuracies[r]->setObjectName(key + QStringLiteral("Accuracy"));
        grid->addWidget(m_names[r], r + 1, 0);
        int column = 1;
        for (QLabel *value : {m_counts[r], m_losses[r], m_accuracies[r]}) {
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse); // students copy numbers into notes
            grid->addWidget(value, r + 1, column++);
        }
    }
    m_hiddenBox = new QWidget(this);
    m_hiddenBox->setObjectName(QStringLiteral("testHidden"));
    auto *hiddenLayout = new QHBoxLayout(m_hiddenBox);
    hiddenLayout->setContentsMargins(0, 0, 0, 0);
    m_lockIcon = new QLabel(m_hiddenBox);
    m_hiddenText = new QLabel(m_hiddenBox);
    hiddenLayout->addStretch();
    hiddenLayout->addWidget(m_lockIcon);
    hiddenLayout->addWidget(m_hiddenText);
    grid->addWidget(m_hiddenBox, Test + 1, 2, 1, 2);
    grid->setColumnStretch(0, 1);

    m_epochLabel = new QLabel(this);
    m_epochLabel->setObjectName(QStringLiteral("epochLabel"));
    m_gapLabel = new QLabel(this);
    m_gapLabel->setObjectName(QStringLiteral("gapLabel"));
    m_gapLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_epochLabel);
    layout->addLayout(grid);
    layout->addWidget(m_gapLabel);
    layout->addStretch();

    updateLockIcon();
    retranslateUi();
}

void MetricsView::setData(const DataReport &data)
{
    m_regression = data.dataset.task == engine::Task::Regression;
    m_splitSizes = {static_cast<int>(data.split.train.size()), static_cast<int>(data.split.validation.size()),
                    static_cast<int>(data.split.test.size())};
    // New data: numbers of the old data would be wrong until the next report.
    if (data.generation != m_generation)
        m_hasMetrics = false;
    m_generation = data.generation;
    refresh();
}

void MetricsView::setReport(const TrainingReport &report)
{
    m_metrics = report.current;
    m_generation = report.generation;
    m_epoch = report.epoch;
    m_batchInEpoch = report.batchInEpoch;
    m_batchesPerEpoch = report.batchesPerEpoch;
    m_hasMetrics = true;
    refresh();
}

void MetricsView::setShowTest(bool show)
{
    m_showTest = show;
    refresh();
}

void MetricsView::refresh()
{
    const engine::SplitMetrics *splits[] = {&m_metrics.train, &m_metrics.validation, &m_metrics.test};
    for (int r = 0; r < RowCount; ++r) {
        const engine::SplitMetrics &m = *splits[r];
        const bool known = m_hasMetrics && m.count > 0;
        m_counts[r]->setText(QString::number(m_hasMetrics ? m.count : m_splitSizes[r]));
        m_losses[r]->setText(known ? metricformat::loss(m.loss) : metricformat::none());
        const bool hasAccuracy = known && !m_regression && m.hasAccuracy;
        m_accuracies[r]->setText(hasAccuracy ? metricformat::accuracy(m.accuracy) : metricformat::none());
    }
    m_losses[Test]->setVisible(m_showTest);
    m_accuracies[Test]->setVisible(m_showTest);
    m_hiddenBox->setVisible(!m_showTest);

    if (!m_hasMetrics)
        m_epochLabel->setText(tr("Not trained yet"));
    else if (m_batchInEpoch > 0)
        m_epochLabel->setText(tr("In epoch %1, after batch %2 of %3").arg(m_epoch + 1).arg(m_batchInEpoch).arg(m_batchesPerEpoch));
    else
        m_epochLabel->setText(tr("After epoch %1").arg(m_epoch));

    const bool hasGap = m_hasMetrics && m_metrics.train.count > 0 && m_metrics.validation.count > 0;
    const double gap = m_metrics.validation.loss - m_metrics.train.loss;
    m_gapLabel->setText(tr("Generalisation gap (validation loss − training loss): %1")
                            .arg(hasGap ? metricformat::signedLoss(gap) : metricformat::none()));
}

void MetricsView::updateLockIcon()
{
    const int size = fontMetrics().height();
    m_lockIcon->setPixmap(padlock(size, palette().color(QPalette::WindowText), devicePixelRatioF()));
}

void MetricsView::retranslateUi()
{
    m_samplesHeader->setText(tr("Samples"));
    m_lossHeader->setText(tr("Loss"));
    m_accuracyHeader->setText(tr("Accuracy"));
    const QString names[] = {tr("Training"), tr("Validation"), tr("Test")};
    for (int r = 0; r < RowCount; ++r) {
        // A coloured square ties the row to its curve in the loss chart.
        m_names[r]->setText(QStringLiteral("<span style=\"color:%1\">\u25A0</span> %2")
                                .arg(kRowColors[r].name(), names[r].toHtmlEscaped()));
        m_names[r]->setAccessibleName(names[r]);
        m_counts[r]->setAccessibleName(tr("%1 samples").arg(names[r]));
        m_losses[r]->setAccessibleName(tr("%1 loss").arg(names[r]));
        m_accuracies[r]->setAccessibleName(tr("%1 accuracy").arg(names[r]));
    }
    m_hiddenText->setText(tr("hidden"));
    m_hiddenBox->setToolTip(tr("The test set stays hidden until you choose to show it: it is for the final check only"));
    m_hiddenBox->setAccessibleName(tr("Test results hidden"));
    m_lockIcon->setAccessibleName(tr("Locked"));
    m_samplesHeader->setToolTip(tr("Number of samples in each set"));
    m_lossHeader->setToolTip(tr("Loss over all samples of the set at the current weights"));
    m_accuracyHeader->setToolTip(tr("Share of samples whose class is predicted correctly"));
    m_gapLabel->setToolTip(tr("When the validation loss grows away from the training loss, the network is "
                              "learning the training samples by heart: overfitting"));
    m_gapLabel->setAccessibleName(tr("Generalisation gap"));
    m_epochLabel->setToolTip(tr("When these numbers were measured"));
    m_epochLabel->setAccessibleName(tr("Epoch of the metrics"));
    setToolTip(tr("Loss and accuracy of the training, validation and test sets"));
    setAccessibleName(tr("Metrics table"));
    refresh();
}

void MetricsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateLockIcon();
    QWidget::changeEvent(event);
}
