#pragma once
/**
 * @file drawpointscontrols.h
 * DrawPointsControls are the data panel's tools for "draw your own" data: which class a left
 * click in the plot adds (for two classes: positive = blue, negative = orange; for more, one
 * coloured button per class), a "Clear points" button, and a one-line reminder of the mouse
 * gestures. The plot itself does the drawing; these controls only choose and clear.
 */
#include <QList>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QToolButton;

class DrawPointsControls : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxClasses = 6;

    explicit DrawPointsControls(QWidget *parent = nullptr);

    /// Shows one button per class (2 = positive / negative); keeps the chosen class if it exists.
    void setClassCount(int classes);
    int classCount() const { return m_classCount; }
    int classIndex() const;
    /// Chooses a class without emitting classChosen.
    void setClassIndex(int classIndex);

    /// The box of class buttons (objectName "drawClass"), locked as one control.
    QWidget *classBox() const { return m_classBox; }
    QToolButton *classButton(int classIndex) const;
    QPushButton *clearButton() const { return m_clear; }

    /// Sets the texts; the owning panel calls it (before it applies its locks, which read them).
    void retranslateUi();

signals:
    void classChosen(int classIndex);
    void clearRequested();

private:
    QString className(int classIndex) const;
    /// What a left click in the plot adds.
    QString classToolTip(int classIndex) const;

    QWidget *m_classBox;
    QButtonGroup *m_group;
    QList<QToolButton *> m_classButtons;
    QPushButton *m_clear;
    QLabel *m_hint;
    int m_classCount = 2;
};
