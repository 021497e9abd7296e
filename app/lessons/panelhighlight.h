#pragma once
/**
 * @file panelhighlight.h
 * PanelHighlight: a ring drawn over a workspace panel that a lesson step asks the student to
 * watch (CURRICULUM §2.3 "Look"). It follows the panel's size and lets every mouse event
 * through. A panel on a hidden tab is brought to the front (the first ringed panel of a tab
 * widget wins), so the ring is seen.
 */
#include <QWidget>

class PanelHighlight : public QWidget {
    Q_OBJECT
public:
    explicit PanelHighlight(QWidget *panel);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};
