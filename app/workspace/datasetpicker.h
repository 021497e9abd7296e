#pragma once
/**
 * @file datasetpicker.h
 * DatasetPicker is the data-set chooser of the data panel: one checkable thumbnail button per
 * data set (the Playground's four squares, extended to every 2-D set of the engine, the digits and
 * "draw your own"), each with its name and what it shows as a tooltip, and a caption under the
 * grid naming the chosen set. The buttons flow into as many columns as the panel's width allows.
 */
#include "dataset.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QToolButton;

class DatasetPicker : public QWidget {
    Q_OBJECT
public:
    explicit DatasetPicker(QWidget *parent = nullptr);

    /// The kinds offered, in picker order.
    static const QList<engine::DatasetKind> &kinds();
    /// The translated name of a kind ("Circle", "圆形").
    static QString name(engine::DatasetKind kind);
    /// What the set looks like or is for, a sentence that follows the name.
    static QString description(engine::DatasetKind kind);
    /// A stable id for object names and files ("circle", "gauss_imbalanced").
    static QString id(engine::DatasetKind kind);

    engine::DatasetKind kind() const;
    /// Checks the kind's button without emitting kindChosen.
    void setKind(engine::DatasetKind kind);
    QToolButton *button(engine::DatasetKind kind) const;
    QList<QWidget *> buttons() const;
    /// The tooltip of a kind's button and the caption of the chosen one: name and description.
    static QString toolTip(engine::DatasetKind kind);

    /// Sets the texts; the owning panel calls it (before it applies its locks, which read them).
    void retranslateUi();

signals:
    /// The user picked a data set.
    void kindChosen(engine::DatasetKind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSizes();
    void updateCaption();

    QButtonGroup *m_group;
    QLabel *m_caption;
    QList<QToolButton *> m_buttons; ///< in kinds() order
};
