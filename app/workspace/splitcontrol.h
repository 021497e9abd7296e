#pragma once
/**
 * @file splitcontrol.h
 * SplitControl edits the three-way split (CURRICULUM §3.2): a slider and a spin box each for
 * training, validation and test in percent, always summing to 100, and a SplitBar with the
 * sample counts of each set.
 *
 * Moving one share takes from (or gives to) a partner first and a second one only when the first
 * is used up: training trades with test, then validation; validation with test, then training;
 * test with validation, then training. Training keeps at least 1 %; validation and test may be 0.
 * A drag is computed from the shares at its start, so dragging back restores them, and it is
 * committed once, when the slider is released (one undo step, not one per pixel).
 */
#include "split.h"

#include <QWidget>

#include <array>

class QLabel;
class QSlider;
class QSpinBox;
class SplitBar;

class SplitControl : public QWidget {
    Q_OBJECT
public:
    enum Part { Train = 0, Validation = 1, Test = 2 };

    explicit SplitControl(QWidget *parent = nullptr);

    /// The shares after setting `part` to `value` (clamped to its range), by the rule above.
    static engine::SplitPercent adjusted(const engine::SplitPercent &shares, Part part, int value);

    /// Shows the committed split (from the spec); does not emit splitEdited.
    void setSplit(const engine::SplitPercent &shares);
    /// What the controls show now (during a drag: the previewed split).
    engine::SplitPercent shownSplit() const;
    /// Sample counts of the three sets, from the latest DataReport.
    void setCounts(const std::array<int, 3> &counts);

    QLabel *label(Part part) const { return m_rows[part].label; }
    QSlider *slider(Part part) const { return m_rows[part].slider; }
    QSpinBox *spinBox(Part part) const { return m_rows[part].spin; }
    SplitBar *bar() const { return m_bar; }

    /// Sets the texts; the owning panel calls it (before it applies its locks, which read them).
    void retranslateUi();

signals:
    /// The user set a new split (a finished drag, a typed value, a step).
    void splitEdited(const engine::SplitPercent &shares);

private:
    struct Row {
        QLabel *label = nullptr;
        QSlider *slider = nullptr;
        QSpinBox *spin = nullptr;
    };

    void onValue(Part part, int value, bool dragging);
    void show(const engine::SplitPercent &shares);
    std::array<int, 3> countsFor(const engine::SplitPercent &shares) const;

    std::array<Row, 3> m_rows;
    SplitBar *m_bar;
    engine::SplitPercent m_committed;
    engine::SplitPercent m_shown;
    std::array<int, 3> m_counts{-1, -1, -1}; ///< of m_committed, from the DataReport
};
