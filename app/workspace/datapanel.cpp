#include "datapanel.h"

#include "customdata.h"
#include "datasetpicker.h"
#include "drawpointscontrols.h"
#include "generatoroptions.h"
#include "splitcontrol.h"
#include "workspace.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using engine::DatasetKind;

namespace {
QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

DataPanel::DataPanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    buildUi();
    registerControls();
    retranslateUi();
    updateFromSpec(workspace->spec());
    if (workspace->session().data().generation > 0)
        onDataChanged(workspace->session().data());
    connect(workspace, &Workspace::specChanged, this, &DataPanel::updateFromSpec);
    connect(&workspace->session(), &TrainingSession::dataChanged, this, &DataPanel::onDataChanged);
}

void DataPanel::buildUi()
{
    auto *column = new QVBoxLayout(this);
    const int gap = fontMetrics().height() / 3;
    column->setSpacing(gap);

    m_picker = new DatasetPicker(this);
    m_picker->setObjectName(QStringLiteral("dataset"));
    column->addWidget(m_picker);
    connect(m_picker, &DatasetPicker::kindChosen, this, &DataPanel::chooseKind);

    m_options = new GeneratorOptions(m_workspace, this);
    column->addWidget(m_options);

    m_draw = new DrawPointsControls(this);
    column->addWidget(m_draw);
    connect(m_draw, &DrawPointsControls::classChosen, this, [this] { updateDrawingMode(); });
    connect(m_draw, &DrawPointsControls::clearRequested, this, &DataPanel::clearPoints);

    m_splitTitle = sectionTitle(this);
    m_split = new SplitControl(this);
    column->addWidget(m_splitTitle);
    column->addWidget(m_split);
    connect(m_split, &SplitControl::splitEdited, this, [this](const engine::SplitPercent &shares) {
        WorkspaceSpec spec = m_workspace->spec();
        spec.split = shares;
        commit(spec, [shares] {
            return tr("Change the split to %1/%2/%3").arg(shares.train).arg(shares.validation).arg(shares.test);
        });
    });

    m_training = new QFormLayout;
    m_training->setVerticalSpacing(gap);
    // Spin boxes keep their natural width.
    m_training->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto spinBox = [this](const char *name, int low, int high) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QLatin1String(name));
        spin->setRange(low, high);
        spin->setKeyboardTracking(false); // a finished entry, not every digit, is one undo step
        return spin;
    };
    m_batch = spinBox("batchSize", 1, 30);
    m_fullBatch = new QCheckBox(this);
    m_fullBatch->setObjectName(QStringLiteral("fullBatch"));
    auto *batchRow = new QHBoxLayout;
    batchRow->addWidget(m_batch);
    batchRow->addWidget(m_fullBatch);
    batchRow->addStretch(1);
    m_batchLabel = new QLabel(this);
    m_training->addRow(m_batchLabel, batchRow);
    connect(m_batch, &QSpinBox::valueChanged, this, [this](int size) {
        WorkspaceSpec spec = m_workspace->spec();
        spec.training.batchSize = size;
        commit(spec, [size] { return tr("Change the batch size to %1").arg(size); });
    });
    connect(m_fullBatch, &QCheckBox::toggled, this, &DataPanel::setFullBatch);

    m_dataSeed = spinBox("dataSeed", 0, INT_MAX);
    m_regenerate = new QPushButton(this);
    m_regenerate->setObjectName(QStringLiteral("regenerate"));
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_dataSeed, 1);
    seedRow->addWidget(m_regenerate);
    m_dataSeedLabel = new QLabel(this);
    m_training->addRow(m_dataSeedLabel, seedRow);
    connect(m_dataSeed, &QSpinBox::valueChanged, this, [this](int seed) {
        WorkspaceSpec spec = m_workspace->spec();
        spec.data.seed = static_cast<std::uint64_t>(seed);
        commit(spec, [seed] { return tr("Change the data seed to %1").arg(seed); });
    });
    connect(m_regenerate, &QPushButton::clicked, this, &DataPanel::regenerate);

    m_initSeed = spinBox("initSeed", 0, INT_MAX);
    m_initSeedLabel = new QLabel(this);
    m_training->addRow(m_initSeedLabel, m_initSeed);
    connect(m_initSeed, &QSpinBox::valueChanged, this, [this](int seed) {
        WorkspaceSpec spec = m_workspace->spec();
        spec.initSeed = static_cast<std::uint64_t>(seed);
        commit(spec, [seed] { return tr("Change the initialization seed to %1").arg(seed); });
    });
    column->addLayout(m_training);
    column->addStretch(1);
}

void DataPanel::registerControls()
{
    for (QWidget *button : m_picker->buttons())
        m_locks.add(button);
    for (QWidget *option : generatorControls())
        m_locks.add(option, m_options->label(option));
    const QList<QPair<QWidget *, QLabel *>> rows{
        {m_batch, m_batchLabel},       {m_dataSeed, m_dataSeedLabel}, {m_initSeed, m_initSeedLabel},
        {m_fullBatch, nullptr},        {m_regenerate, nullptr},
        {m_draw->classBox(), nullptr}, {m_draw->clearButton(), nullptr}};
    for (const auto &row : rows)
        m_locks.add(row.first, row.second);
    for (auto part : {SplitControl::Train, SplitControl::Validation, SplitControl::Test}) {
        m_locks.add(m_split->slider(part), m_split->label(part));
        m_locks.add(m_split->spinBox(part), m_split->label(part));
    }
}

QStringList DataPanel::controlIds()
{
    return {QStringLiteral("dataset"),      QStringLiteral("noise"),          QStringLiteral("samples"),
            QStringLiteral("classes"),      QStringLiteral("positiveFraction"), QStringLiteral("split"),
            QStringLiteral("split.train"),  QStringLiteral("split.validation"), QStringLiteral("split.test"),
            QStringLiteral("batchSize"),    QStringLiteral("fullBatch"),      QStringLiteral("regenerate"),
            QStringLiteral("dataSeed"),     QStringLiteral("initSeed"),
            QStringLiteral("drawClass"),    QStringLiteral("clearPoints")};
}

QList<QWidget *> DataPanel::generatorControls() const
{
    return {m_options->noise(), m_options->samples(), m_options->classes(), m_options->positiveShare()};
}

void DataPanel::setControlEnabled(const QString &id, bool enabled)
{
    // An id also covers the controls named under it: "split" locks "split.train" and its spin box
    // "split.train.value", "dataset" every "dataset.<kind>" thumbnail.
    const QString prefix = id + QLatin1Char('.');
    for (const QString &control : m_locks.ids())
        if (control == id || control.startsWith(prefix))
            m_locks.setLocked(control, !enabled);
    m_locks.apply();
}

int DataPanel::drawingClass() const
{
    return m_draw->classIndex();
}

void DataPanel::commit(const WorkspaceSpec &spec, Description description)
{
    m_workspace->change(spec, std::move(description));
}

void DataPanel::chooseKind(DatasetKind kind)
{
    const WorkspaceSpec &current = m_workspace->spec();
    if (kind == current.data.kind)
        return;
    if (kind == DatasetKind::Custom) {
        commit(CustomData::start(current), [] { return tr("Draw your own data"); });
        return;
    }
    WorkspaceSpec spec = current;
    spec.data.kind = kind;
    // Blobs are multi-class by definition; random labels may have two classes.
    if (kind == DatasetKind::Blobs && spec.data.classes < 3)
        spec.data.classes = 3;
    spec.data.classes = std::min(spec.data.classes, CustomData::kMaxClasses);
    commit(spec, [kind] { return tr("Choose the data set: %1").arg(DatasetPicker::name(kind)); });
}

void DataPanel::setFullBatch(bool full)
{
    WorkspaceSpec spec = m_workspace->spec();
    spec.training.batchSize = full ? 0 : m_batch->value();
    const int size = m_batch->value();
    commit(spec, [full, size] { return full ? tr("Use the full batch") : tr("Use mini-batches of %1").arg(size); });
}

void DataPanel::regenerate()
{
    WorkspaceSpec spec = m_workspace->spec();
    // Small numbers, so a student can write the seed down and get the same data again.
    spec.data.seed = QRandomGenerator::global()->bounded(1, 100000);
    commit(spec, [seed = spec.data.seed] { return tr("New data (seed %1)").arg(seed); });
}

void DataPanel::clearPoints()
{
    WorkspaceSpec spec = m_workspace->spec();
    if (spec.customPoints.empty())
        return;
    spec.customPoints.clear();
    commit(spec, [] { return tr("Clear points"); });
}

void DataPanel::addPoint(double x, double y, int classIndex)
{
    WorkspaceSpec spec = m_workspace->spec();
    if (spec.data.kind != DatasetKind::Custom || !CustomData::add(spec, x, y, classIndex))
        return;
    commit(spec, [] { return tr("Add a point"); });
}

void DataPanel::erasePoints(const QList<int> &sampleIndices)
{
    WorkspaceSpec spec = m_workspace->spec();
    if (spec.data.kind != DatasetKind::Custom)
        return;
    const int erased = CustomData::erase(spec, sampleIndices);
    if (erased > 0)
        commit(spec, [erased] { return tr("Erase %n point(s)", nullptr, erased); });
}

void DataPanel::onDataChanged(const DataReport &report)
{
    m_split->setCounts({static_cast<int>(report.split.train.size()), static_cast<int>(report.split.validation.size()),
                        static_cast<int>(report.split.test.size())});
}

void DataPanel::updateFromSpec(const WorkspaceSpec &spec)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_batch), QSignalBlocker(m_fullBatch), QSignalBlocker(m_dataSeed),
                                       QSignalBlocker(m_initSeed), QSignalBlocker(m_draw)};
    m_picker->setKind(spec.data.kind);
    m_options->showSpec(spec);
    m_split->setSplit(spec.split);
    const bool full = spec.training.batchSize <= 0;
    m_fullBatch->setChecked(full);
    if (!full)
        m_batch->setValue(spec.training.batchSize);
    m_dataSeed->setValue(static_cast<int>(std::min<std::uint64_t>(spec.data.seed, INT_MAX)));
    m_initSeed->setValue(static_cast<int>(std::min<std::uint64_t>(spec.initSeed, INT_MAX)));
    m_draw->setClassCount(CustomData::classCount(spec));
    m_draw->setVisible(spec.data.kind == DatasetKind::Custom);
    updateBatchState(spec);
    updateDrawingMode();
}

void DataPanel::updateBatchState(const WorkspaceSpec &spec)
{
    const bool full = spec.training.batchSize <= 0;
    m_locks.setApplicable(m_batch, !full);
    m_locks.setToolTip(m_batch, full ? tr("Full batch is on: every update uses the whole training set")
                                     : tr("Training samples per weight update (1–30)"));
    m_locks.apply();
}

void DataPanel::updateDrawingMode()
{
    const bool drawing = m_workspace->spec().data.kind == DatasetKind::Custom;
    if (drawing == m_drawing && (!drawing || m_draw->classIndex() == m_drawingClass))
        return;
    m_drawing = drawing;
    m_drawingClass = m_draw->classIndex();
    emit drawingModeChanged(drawing, m_drawingClass);
}

void DataPanel::alignColumns()
{
    // The form rows and the split rows are separate layouts: one label width and one value width
    // for all of them lines the sliders up.
    QList<QLabel *> labels{m_batchLabel, m_dataSeedLabel, m_initSeedLabel};
    for (QWidget *option : generatorControls())
        labels.append(m_options->label(option));
    for (auto part : {SplitControl::Train, SplitControl::Validation, SplitControl::Test})
        labels.append(m_split->label(part));
    int width = 0;
    for (QLabel *label : labels) {
        label->setMinimumWidth(0);
        width = std::max(width, label->sizeHint().width());
    }
    for (QLabel *label : labels)
        label->setMinimumWidth(width);
    m_options->noiseValue()->setFixedWidth(m_split->spinBox(SplitControl::Train)->sizeHint().width());
}

void DataPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        alignColumns();
    QWidget::changeEvent(event);
}

void DataPanel::retranslateUi()
{
    // The sub-widgets first: the locks take accessible names from their labels and buttons.
    m_picker->retranslateUi();
    m_options->retranslateUi();
    m_split->retranslateUi();
    m_draw->retranslateUi();
    for (DatasetKind kind : DatasetPicker::kinds())
        m_locks.setToolTip(m_picker->button(kind), DatasetPicker::toolTip(kind));
    m_splitTitle->setText(tr("Split"));
    m_batchLabel->setText(tr("Batch size"));
    m_fullBatch->setText(tr("Full batch"));
    m_dataSeedLabel->setText(tr("Data seed"));
    m_regenerate->setText(tr("Regenerate"));
    m_initSeedLabel->setText(tr("Init seed"));
    alignColumns();

    const QList<QPair<QWidget *, QString>> tips{
        {m_options->noise(), tr("How much the points scatter across the class boundary (0–50 %)")},
        {m_options->samples(), tr("How many points the data set has")},
        {m_options->classes(), tr("How many classes (colours) the data set has")},
        {m_options->positiveShare(), tr("Share of positive (blue) points in the imbalanced set")},
        {m_fullBatch, tr("Use the whole training set for every update (one update per epoch)")},
        {m_dataSeed, tr("The same seed gives the same points and the same split")},
        {m_regenerate, tr("New random data: draws a new data seed")},
        {m_initSeed, tr("The same seed gives the same initial weights")},
        {m_draw->classBox(), tr("The class a left click in the plot adds")},
        {m_draw->clearButton(), tr("Remove every drawn point")},
        {m_split->slider(SplitControl::Train), tr("Share of the samples the network learns from")},
        {m_split->slider(SplitControl::Validation), tr("Share held out to compare settings while training (may be 0)")},
        {m_split->slider(SplitControl::Test), tr("Share kept for the final check; hidden until you show it")}};
    for (const auto &tip : tips)
        m_locks.setToolTip(tip.first, tip.second);
    for (auto part : {SplitControl::Train, SplitControl::Validation, SplitControl::Test})
        m_locks.setToolTip(m_split->spinBox(part), tips[tips.size() - 3 + part].second); // the split's three tips come last
    updateBatchState(m_workspace->spec());
}
