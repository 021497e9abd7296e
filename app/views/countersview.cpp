#include "countersview.h"

#include "metricformat.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

#include <cmath>
#include <cstdlib>

CountersView::CountersView(QWidget *parent)
    : QWidget(parent)
{
    static const char *const keys[] = {"epoch", "updates", "samples", "msPerEpoch"};
    auto *grid = new QGridLayout(this);
    for (int c = 0; c < CounterCount; ++c) {
        m_values[c] = new QLabel(this);
        m_values[c]->setObjectName(QLatin1String(keys[c]) + QStringLiteral("Value"));
        m_captions[c] = new QLabel(this);
        m_captions[c]->setObjectName(QLatin1String(keys[c]) + QStringLiteral("Caption"));
        grid->addWidget(m_values[c], 0, c);
        grid->addWidget(m_captions[c], 1, c, Qt::AlignTop);
        grid->setColumnStretch(c, 1);
    }
    m_batchLabel = new QLabel(this);
    m_batchLabel->setObjectName(QStringLiteral("batchLabel"));
    m_batchLabel->setWordWrap(true);
    // Captions on one line and the batch line spanning to the right edge: the bar keeps its
    // height while the numbers grow, and stays as low as the training controls beside it.
    grid->addWidget(m_batchLabel, 2, Updates, 1, CounterCount - Updates, Qt::AlignTop);
    grid->setRowStretch(3, 1);
    updateFonts();
    retranslateUi();
}

QString CountersView::formatCount(long long count)
{
    QString digits = QString::number(std::llabs(count));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return count < 0 ? QLatin1Char('-') + digits : digits;
}

QString CountersView::formatEpoch(long long epoch)
{
    QString digits = QStringLiteral("%1").arg(std::max(0LL, epoch), 6, 10, QLatin1Char('0'));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

QString CountersView::valueText(Counter counter) const
{
    return m_values[counter]->text();
}

QString CountersView::detailText() const
{
    return m_batchLabel->text();
}

void CountersView::setReport(const TrainingReport &report)
{
    // Copy the counters only: the report's network and fields are large.
    m_report.epoch = report.epoch;
    m_report.batchInEpoch = report.batchInEpoch;
    m_report.batchesPerEpoch = report.batchesPerEpoch;
    m_report.updates = report.updates;
    m_report.samplesSeen = report.samplesSeen;
    m_report.msPerEpoch = report.msPerEpoch;
    refresh();
}

void CountersView::refresh()
{
    m_values[Epoch]->setText(formatEpoch(m_report.epoch));
    m_values[Updates]->setText(formatCount(m_report.updates));
    m_values[Samples]->setText(formatCount(m_report.samplesSeen));
    const double ms = m_report.msPerEpoch;
    m_values[MsPerEpoch]->setText(!std::isfinite(ms) || ms <= 0 ? metricformat::none()
                                  : ms < 10                     ? QString::number(ms, 'f', 3)
                                                                : QString::number(ms, 'f', 1));
    m_batchLabel->setText(m_report.batchesPerEpoch > 0
                              ? tr("batch %1 of %2 in this epoch").arg(m_report.batchInEpoch).arg(m_report.batchesPerEpoch)
                              : QString());
}

void CountersView::updateFonts()
{
    // Twice the widget font: readable from the back of a classroom, and 1.5x on a projector
    // scales it along.
    QFont big = font();
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 2.0);
    else
        big.setPixelSize(big.pixelSize() * 2);
    big.setBold(true);
    for (QLabel *value : m_values)
        value->setFont(big);
}

void CountersView::retranslateUi()
{
    m_captions[Epoch]->setText(tr("Epoch"));
    m_captions[Updates]->setText(tr("Updates (iterations)"));
    m_captions[Samples]->setText(tr("Samples seen"));
    m_captions[MsPerEpoch]->setText(tr("ms per epoch"));
    const QString tips[] = {
        tr("Epochs finished: one epoch = every training sample used once"),
        tr("Weight updates so far: one per batch"),
        tr("Training samples fed to the network so far, repeats included"),
        tr("Wall-clock time of one epoch, in milliseconds"),
    };
    for (int c = 0; c < CounterCount; ++c) {
        m_values[c]->setToolTip(tips[c]);
        m_captions[c]->setToolTip(tips[c]);
        m_values[c]->setAccessibleName(m_captions[c]->text());
        m_captions[c]->setAccessibleName(m_captions[c]->text());
    }
    m_batchLabel->setToolTip(tips[Updates]);
    m_batchLabel->setAccessibleName(tr("Batch in this epoch"));
    setToolTip(tr("Training counters"));
    setAccessibleName(tr("Training counters"));
    refresh();
}

void CountersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        updateFonts();
    QWidget::changeEvent(event);
}
