#pragma once
/**
 * @file datapanel.h
 * DataPanel is the workspace's data column: the data-set picker (thumbnails of every set), the
 * options of the chosen generator (noise, sample count, class count, positive share; each shown
 * only where it applies), the three-way split, the batch size, the data and initialisation seeds,
 * "show test data", and the tools for drawing your own points.
 *
 * It edits nothing itself: every change becomes a modified copy of workspace->spec() passed to
 * workspace->change() with a description for Edit > Undo, and the controls follow
 * Workspace::specChanged (so undo, redo and lesson presets move them too). Whether test points
 * are shown is view state, not part of the spec: the panel only announces it.
 */
#include "controllocks.h"
#include "describedcommand.h"
#include "trainingreport.h"
#include "workspacespec.h"

#include <QList>
#include <QWidget>

class DatasetPicker;
class DrawPointsControls;
class GeneratorOptions;
class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class SplitControl;
class Workspace;

class DataPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataPanel(Workspace *workspace, QWidget *parent = nullptr);

    /// Enables or locks a control by id: "dataset", "noise", "samples", "classes",
    /// "positiveFraction", "split" (or "split.train", "split.validation", "split.test"),
    /// "batchSize", "fullBatch", "regenerate", "dataSeed", "initSeed",
    /// "drawClass", "clearPoints"; "dataset.<kind>" (DatasetPicker::id) locks one thumbnail.
    /// A locked control says so in its tooltip.
    void setControlEnabled(const QString &id, bool enabled);
    /// The ids setControlEnabled() knows.
    static QStringList controlIds();

    /// True while the custom set is chosen, so clicks in the plot draw points.
    bool isDrawing() const { return m_drawing; }
    int drawingClass() const;

public slots:
    /// Adds a custom point of a class (binary: 1 = positive, 0 = negative) at plane (x, y).
    void addPoint(double x, double y, int classIndex);
    /// Removes custom points by data-set index (the custom set keeps the points' order).
    void erasePoints(const QList<int> &sampleIndices);

signals:
    /// Drawing turns on when the custom set is chosen; classIndex is what a left click adds.
    void drawingModeChanged(bool enabled, int classIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void registerControls();
    void retranslateUi();
    void alignColumns();
    void updateFromSpec(const WorkspaceSpec &spec);
    void updateBatchState(const WorkspaceSpec &spec);
    QList<QWidget *> generatorControls() const;
    void updateDrawingMode();
    void onDataChanged(const DataReport &report);
    void commit(const WorkspaceSpec &spec, Description description);

    void chooseKind(engine::DatasetKind kind);
    void setFullBatch(bool full);
    void regenerate();
    void clearPoints();

    Workspace *m_workspace;
    ControlLocks m_locks;
    bool m_drawing = false;
    int m_drawingClass = -1; ///< the class last announced by drawingModeChanged

    DatasetPicker *m_picker = nullptr;
    GeneratorOptions *m_options = nullptr;
    DrawPointsControls *m_draw = nullptr;
    QLabel *m_splitTitle = nullptr;
    SplitControl *m_split = nullptr;
    QFormLayout *m_training = nullptr;
    QLabel *m_batchLabel = nullptr;
    QSpinBox *m_batch = nullptr;
    QCheckBox *m_fullBatch = nullptr;
    QLabel *m_dataSeedLabel = nullptr;
    QSpinBox *m_dataSeed = nullptr;
    QPushButton *m_regenerate = nullptr;
    QLabel *m_initSeedLabel = nullptr;
    QSpinBox *m_initSeed = nullptr;
};
