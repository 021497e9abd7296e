#pragma once
/**
 * @file timelinebar.h
 * TimelineBar, P12 (时间轴): a slider over the finished epochs of the run, the epoch on show and
 * a "Back to live" button, so a student can scrub back to any epoch and see the boundary, the
 * network and the numbers as they were (L7: from underfit to overfit).
 *
 * Moving the slider asks for that epoch; moving it to the right end (End) or pressing "Back to
 * live" goes back to the live run. The bar keeps no training state: the page tells it the live
 * epoch and the epoch on show (which can be an earlier one than asked for when old snapshots were
 * thinned). The slider takes the arrow keys while it has the focus, so they scrub instead of
 * stepping training (→ is the page's "one batch" shortcut).
 */
#include <QWidget>

class QLabel;
class QPushButton;
class QSlider;

class TimelineBar : public QWidget {
    Q_OBJECT
public:
    explicit TimelineBar(QWidget *parent = nullptr);

    /// The finished epochs of the live run: the slider goes from 0 to `epoch`.
    void setLiveEpoch(int epoch);
    /// The past epoch on show, or -1 for the live run.
    void setShownEpoch(int epoch);
    bool isShowingPast() const { return m_shownEpoch >= 0; }
    QSlider *slider() const { return m_slider; }
    QPushButton *liveButton() const { return m_liveButton; }
    QLabel *epochLabel() const { return m_epochLabel; }

signals:
    /// The student moved the slider to a past epoch.
    void epochRequested(int epoch);
    /// The student asked for the live run again.
    void liveRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSliderMoved(int value);
    void retranslateUi();
    void updateState();

    QSlider *m_slider = nullptr;
    QLabel *m_epochLabel = nullptr;
    QPushButton *m_liveButton = nullptr;
    int m_liveEpoch = 0;
    int m_shownEpoch = -1;
};
