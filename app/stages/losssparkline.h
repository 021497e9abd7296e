#pragma once
/**
 * @file losssparkline.h
 * LossSparkline: a small chart of every training step's batch loss, next to the L11 console
 * (CURRICULUM §5 L11 "a per-step loss sparkline"). With batch size 1 the per-step loss jumps
 * between ~0 and the loss of a hard point while P2's per-epoch curve falls smoothly; the band
 * shows that spread, the line the average of the steps under each pixel.
 *
 * Steps are kept in at most kMaxBuckets buckets (min, max, sum); when they fill up, neighbours
 * merge, so memory stays flat however long training runs and painting stays cheap.
 */
#include <QWidget>

#include <vector>

class LossSparkline : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxBuckets = 2048;

    explicit LossSparkline(QWidget *parent = nullptr);

    void append(double loss);
    void clear();
    /// Steps appended since the last clear().
    long long count() const { return m_count; }
    /// Largest loss so far (the top of the chart).
    double maximum() const { return m_maximum; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Bucket {
        double min = 0.0;
        double max = 0.0;
        double sum = 0.0;
        int count = 0;
    };
    void retranslateUi();

    std::vector<Bucket> m_buckets;
    int m_perBucket = 1;   ///< steps a full bucket holds
    long long m_count = 0;
    double m_maximum = 0.0;
};
