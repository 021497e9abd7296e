#pragma once

#include "trainingreport.h"

#include <QWidget>

#include <array>

class QLabel;

/**
 * P11 (计数器): how far training has gone, as big numbers with small captions: the epoch
 * (zero-padded and grouped as the Playground shows it, "000,232"), the updates (iterations) with
 * "batch k of K in this epoch", the training samples seen, and the time per epoch. Lesson L5
 * asks students to predict updates = epochs x batches per epoch; these are the numbers they check.
 */
class CountersView : public QWidget
{
    Q_OBJECT

public:
    enum Counter { Epoch, Updates, Samples, MsPerEpoch, CounterCount };

    explicit CountersView(QWidget *parent = nullptr);

    QString valueText(Counter counter) const;
    QString detailText() const;
    /// "000,232": six digits, grouped by thousands.
    static QString formatEpoch(long long epoch);
    /// "12,907": grouped by thousands (the same in English and Chinese).
    static QString formatCount(long long count);

public slots:
    void setReport(const TrainingReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateFonts();
    void refresh();

    std::array<QLabel *, CounterCount> m_values{};
    std::array<QLabel *, CounterCount> m_captions{};
    QLabel *m_batchLabel = nullptr;
    TrainingReport m_report; ///< only the counters are used; network and fields stay empty
};
