#pragma once
/**
 * @file generatoroptions.h
 * GeneratorOptions are the data panel's settings of the chosen data set: noise (a slider, 0-50 %,
 * as the Playground's), the number of samples, the number of classes (blobs, random labels, drawn
 * sets) and the positive share (imbalanced blobs). A row is shown only when the chosen set uses
 * it, so the panel never offers a knob that does nothing.
 *
 * Each edit is one undoable Workspace::change(); the noise slider commits when it is released,
 * not at every pixel of the drag. The rows show the spec again when it changes (showSpec()).
 */
#include "describedcommand.h"
#include "workspacespec.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QSlider;
class QSpinBox;
class Workspace;

class GeneratorOptions : public QWidget {
    Q_OBJECT
public:
    explicit GeneratorOptions(Workspace *workspace, QWidget *parent = nullptr);

    /// Shows the spec's values and the rows that apply to its data set (emits nothing).
    void showSpec(const WorkspaceSpec &spec);
    /// Sets the texts; the owning panel calls it before it applies its locks, which read them.
    void retranslateUi();

    QSlider *noise() const { return m_noise; }
    QSpinBox *samples() const { return m_samples; }
    QSpinBox *classes() const { return m_classes; }
    QSpinBox *positiveShare() const { return m_positive; }
    /// The row label of one of the controls above.
    QLabel *label(const QWidget *control) const;
    /// The "25 %" next to the noise slider (the panel aligns it with the split's spin boxes).
    QLabel *noiseValue() const { return m_noiseValue; }

private:
    void commitNoise();
    void commitClasses(int classes);
    void commit(const WorkspaceSpec &spec, Description description);

    Workspace *m_workspace;
    QFormLayout *m_form;
    QSlider *m_noise;
    QLabel *m_noiseValue;
    QSpinBox *m_samples;
    QSpinBox *m_classes;
    QSpinBox *m_positive;
    QList<QLabel *> m_labels; ///< noise, samples, classes, positive share
};
