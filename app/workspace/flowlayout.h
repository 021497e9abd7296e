#pragma once
/**
 * @file flowlayout.h
 * FlowLayout places its items left to right and wraps them into as many rows as the width needs,
 * like Qt's "Flow Layout" example. The data-set picker uses it so that its thumbnails fill a
 * narrow side panel in three or four columns and a wide one (or a 1.5x projector font) in fewer
 * or more, without a scroll bar. All items get the width and height of the largest one, so the
 * thumbnails line up in a grid.
 */
#include <QLayout>
#include <QList>

class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Lays the items out in `rect` (only measures when apply is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    QSize cellSize() const;
    int gap() const;

    QList<QLayoutItem *> m_items;
};
