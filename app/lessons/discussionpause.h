#pragma once
/**
 * @file discussionpause.h
 * DiscussionPause: the teacher's "pause for discussion" marker at a prediction (CURRICULUM
 * §3.5, think–pair–share): a short prompt and a one-minute countdown the teacher can start
 * before the class votes and anyone presses the step's button. Shown in teacher mode only.
 */
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

class DiscussionPause : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSeconds = 60;

    explicit DiscussionPause(QWidget *parent = nullptr);

    bool isCounting() const { return m_tick.isActive(); }
    /// Seconds left on the countdown (kSeconds before it starts, 0 when time is up).
    int secondsLeft() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void toggle();
    void retranslate();

    QLabel *m_prompt = nullptr;
    QPushButton *m_timer = nullptr;
    QTimer m_tick;
    QElapsedTimer m_elapsed;
    bool m_finished = false;
};
