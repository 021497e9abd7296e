#include "splitcontrol.h"

#include "splitbar.h"

#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>

#include <algorithm>

using engine::SplitPercent;

namespace {
int &share(SplitPercent &s, int part)
{
    return part == SplitControl::Train ? s.train : part == SplitControl::Validation ? s.validation : s.test;
}

int minimum(int part)
{
    return part == SplitControl::Train ? 1 : 0; // the trainer needs a training sample; the others may be empty
}
} // namespace

SplitControl::SplitControl(QWidget *parent) : QWidget(parent), m_bar(new SplitBar(this))
{
    static const char *const names[] = {"split.train", "split.validation", "split.test"};
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(fontMetrics().height() / 6);
    for (int part = 0; part < 3; ++part) {
        Row &row = m_rows[static_cast<std::size_t>(part)];
        row.label = new QLabel(this);
        row.slider = new QSlider(Qt::Horizontal, this);
        row.spin = new QSpinBox(this);
        row.slider->setObjectName(QLatin1String(names[part]));
        row.spin->setObjectName(QLatin1String(names[part]) + QStringLiteral(".value"));
        row.slider->setRange(minimum(part), 100 - (part == Train ? 0 : 1));
        row.spin->setRange(row.slider->minimum(), row.slider->maximum());
        row.spin->setSuffix(QStringLiteral(" %"));
        // Only a finished entry (Enter, focus out, a step) counts, not every typed digit.
        row.spin->setKeyboardTracking(false);
        row.label->setBuddy(row.spin);
        grid->addWidget(row.label, part, 0);
        grid->addWidget(row.slider, part, 1);
        grid->addWidget(row.spin, part, 2);
        const auto p = static_cast<Part>(part);
        connect(row.slider, &QSlider::valueChanged, this,
                [this, p](int value) { onValue(p, value, slider(p)->isSliderDown()); });
        connect(row.slider, &QSlider::sliderReleased, this, [this] {
            if (m_shown.train != m_committed.train || m_shown.validation != m_committed.validation)
                emit splitEdited(m_shown);
        });
        connect(row.spin, &QSpinBox::valueChanged, this, [this, p](int value) { onValue(p, value, false); });
    }
    grid->addWidget(m_bar, 3, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    show(m_committed);
    retranslateUi();
}

SplitPercent SplitControl::adjusted(const SplitPercent &shares, Part part, int value)
{
    // Partners in the order they give (or take) room; see the class comment.
    static const int partners[3][2] = {{Test, Validation}, {Test, Train}, {Validation, Train}};
    SplitPercent s = shares;
    const int first = partners[part][0], second = partners[part][1];
    const int most = 100 - minimum(first) - minimum(second);
    const int target = std::clamp(value, minimum(part), most);
    int delta = target - share(s, part);
    if (delta < 0) {
        share(s, first) -= delta;
    } else {
        for (int from : {first, second}) {
            const int taken = std::min(delta, share(s, from) - minimum(from));
            share(s, from) -= taken;
            delta -= taken;
        }
    }
    share(s, part) = target;
    return s;
}

void SplitControl::setSplit(const SplitPercent &shares)
{
    m_committed = shares;
    show(shares);
}

SplitPercent SplitControl::shownSplit() const
{
    return m_shown;
}

void SplitControl::setCounts(const std::array<int, 3> &counts)
{
    m_counts = counts;
    show(m_shown);
}

void SplitControl::onValue(Part part, int value, bool dragging)
{
    const SplitPercent next = adjusted(m_committed, part, value);
    show(next);
    if (!dragging && (next.train != m_committed.train || next.validation != m_committed.validation))
        emit splitEdited(next);
}

void SplitControl::show(const SplitPercent &shares)
{
    m_shown = shares;
    for (int part = 0; part < 3; ++part) {
        const Row &row = m_rows[static_cast<std::size_t>(part)];
        const QSignalBlocker blockSlider(row.slider), blockSpin(row.spin);
        row.slider->setValue(share(m_shown, part));
        row.spin->setValue(share(m_shown, part));
    }
    const std::array<int, 3> counts = countsFor(m_shown);
    m_bar->setSplit(m_shown, counts);
    m_bar->setToolTip(counts[0] < 0 ? QString()
                                    : tr("Samples: %1 for training, %2 for validation, %3 for test")
                                          .arg(counts[0])
                                          .arg(counts[1])
                                          .arg(counts[2]));
}

std::array<int, 3> SplitControl::countsFor(const SplitPercent &shares) const
{
    if (m_counts[0] < 0)
        return m_counts;
    if (shares.train == m_committed.train && shares.validation == m_committed.validation)
        return m_counts;
    // A drag preview: the engine's own rounding, so the numbers match what the release gives.
    const engine::DataSplit split = engine::splitDataset(m_counts[0] + m_counts[1] + m_counts[2], shares, 0);
    return {static_cast<int>(split.train.size()), static_cast<int>(split.validation.size()),
            static_cast<int>(split.test.size())};
}

void SplitControl::retranslateUi()
{
    const QString names[] = {tr("Training"), tr("Validation"), tr("Test")};
    for (int part = 0; part < 3; ++part)
        m_rows[static_cast<std::size_t>(part)].label->setText(names[part]);
    m_bar->setAccessibleName(tr("Split of the samples"));
    show(m_shown);
}
