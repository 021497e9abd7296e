#pragma once
/**
 * @file splitbar.h
 * SplitBar is the small proportional bar under the split sliders (the CURRICULUM's TVT picture):
 * three segments, training / validation / test, as wide as their shares, each with its sample
 * count when it fits. A share of 0 % takes no room. Colours come from the palette (darkest for
 * training, lightest for test), so the bar reads in light and dark themes and never competes
 * with the blue / orange of the data.
 */
#include "split.h"

#include <QWidget>

#include <array>

class SplitBar : public QWidget {
    Q_OBJECT
public:
    explicit SplitBar(QWidget *parent = nullptr);

    /// Shares in percent (sum 100) and sample counts (-1 = unknown, not drawn).
    void setSplit(const engine::SplitPercent &shares, const std::array<int, 3> &counts);
    const std::array<int, 3> &counts() const { return m_counts; }
    /// The segment rectangle of part 0 (train), 1 (validation) or 2 (test); empty for a 0 share.
    QRectF segment(int part) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::array<int, 3> m_shares{60, 20, 20};
    std::array<int, 3> m_counts{-1, -1, -1};
};
