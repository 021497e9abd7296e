#include "workspacepage.h"

#include "confusionmatrixview.h"
#include "countersview.h"
#include "datapanel.h"
#include "decisionboundaryview.h"
#include "divergencebanner.h"
#include "featurespanel.h"
#include "flowlayout.h"
#include "gradientbarsview.h"
#include "hyperparameterpanel.h"
#include "losschartview.h"
#include "metricsview.h"
#include "networkview.h"
#include "parameterinspector.h"
#include "runhistoryview.h"
#include "sweeplauncher.h"
#include "thresholdcontrol.h"
#include "timelinebar.h"
#include "trainingcontrols.h"

#include <QCheckBox>
#include <QHash>
#include <QEvent>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
QScrollArea *scrolled(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

QWidget *stacked(std::initializer_list<QWidget *> widgets)
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        layout->addWidget(w);
    layout->addStretch();
    return column;
}
} // namespace

WorkspacePage::WorkspacePage(QWidget *parent) : QWidget(parent)
{
    buildLayout();
    connectViews();
    retranslateUi();
}

void WorkspacePage::buildLayout()
{
    m_controls = new TrainingControls(&m_workspace, this);
    m_counters = new CountersView(this);
    m_banner = new DivergenceBanner(&m_workspace, this);

    m_data = new DataPanel(&m_workspace);
    m_features = new FeaturesPanel(&m_workspace);
    m_hyperparameters = new HyperparameterPanel(&m_workspace);
    m_settingsTabs = new QTabWidget;
    m_settingsTabs->setObjectName(QStringLiteral("settingsTabs"));
    m_settingsTabs->addTab(scrolled(stacked({m_data, m_features})), QString());
    m_sweep = new SweepLauncher(&m_workspace);
    m_settingsTabs->addTab(scrolled(stacked({m_hyperparameters, m_sweep})), QString());

    m_network = new NetworkView;

    m_boundary = new DecisionBoundaryView;
    m_discretize = new QCheckBox;
    m_discretize->setObjectName(QStringLiteral("discretize"));
    m_misclassified = new QCheckBox;
    m_misclassified->setObjectName(QStringLiteral("highlightMisclassified"));
    m_showTest = new QCheckBox;
    m_showTest->setObjectName(QStringLiteral("showTestData"));
    m_viewLocks.add(m_showTest);
    // The view options wrap under a narrow plot instead of widening the right column.
    auto *options = new FlowLayout;
    options->addWidget(m_showTest);
    options->addWidget(m_discretize);
    options->addWidget(m_misclassified);
    auto *output = new QWidget;
    auto *outputLayout = new QVBoxLayout(output);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    outputLayout->addWidget(m_boundary, 1);
    outputLayout->addLayout(options);
    // Under the boundary, in the right column: the chart in the centre keeps its height.
    m_timeline = new TimelineBar;
    outputLayout->addWidget(m_timeline);

    m_chart = new LossChartView;
    m_metrics = new MetricsView;
    m_confusion = new ConfusionMatrixView;
    m_threshold = new ThresholdControl(&m_workspace);
    m_gradients = new GradientBarsView;
    m_parameters = new ParameterInspector;
    m_resultTabs = new QTabWidget;
    m_resultTabs->setObjectName(QStringLiteral("resultTabs"));
    m_resultTabs->addTab(m_chart, QString());
    m_resultTabs->addTab(m_gradients, QString());
    m_resultTabs->addTab(m_parameters, QString());
    m_runHistory = new RunHistoryView(&m_workspace);
    m_resultTabs->addTab(m_runHistory, QString());

    // Centre: the network above its curves; right: the output above the numbers.
    auto *centre = new QSplitter(Qt::Vertical);
    m_centre = centre;
    centre->addWidget(m_network);
    centre->addWidget(m_resultTabs);
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 2);
    // In pixels, as setSizes() raises anything below a widget's minimum to it: at 1280x720 (and
    // a projector's 1920x1080 at 1.5x) the charts get room for unelided axis labels and the
    // legend, and the network's thumbnails stay about two lines high.
    const int line = fontMetrics().height();
    centre->setSizes({line * 18, line * 15});

    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(output);
    right->addWidget(scrolled(stacked({m_metrics, m_confusion, m_threshold})));
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    auto *columns = new QSplitter(Qt::Horizontal);
    columns->setObjectName(QStringLiteral("workspaceColumns"));
    columns->addWidget(m_settingsTabs);
    columns->addWidget(centre);
    columns->addWidget(right);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 5);
    columns->setStretchFactor(2, 4);
    columns->setChildrenCollapsible(false);
    // averageCharWidth() is a CJK glyph's width once the CJK fallback is in the font families.
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_settingsTabs->setMinimumWidth(digit * 34);
    columns->setSizes({digit * 44, digit * 70, digit * 56}); // about 320 / 510 / 410 px at 1280

    auto *top = new QHBoxLayout;
    top->addWidget(m_controls, 1);
    top->addWidget(m_counters);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(columns, 1);

    // The actions live on the page too, so Space / → / R work wherever the focus is in it.
    addActions({m_controls->playAction(), m_controls->stepAction(), m_controls->stepEpochAction(),
                m_controls->resetAction()});
}

void WorkspacePage::connectViews()
{
    TrainingSession &session = m_workspace.session();
    connect(&session, &TrainingSession::reportReceived, this, &WorkspacePage::showReport);
    connect(&session, &TrainingSession::dataChanged, this, &WorkspacePage::showData);
    connect(&session, &TrainingSession::pastReportReceived, this, &WorkspacePage::showPast);
    connect(&session, &TrainingSession::liveResumed, this, &WorkspacePage::showLive);
    connect(m_timeline, &TimelineBar::epochRequested, &session, &TrainingSession::showEpoch);
    connect(m_timeline, &TimelineBar::liveRequested, &session, &TrainingSession::showLive);
    connect(&m_workspace, &Workspace::specChanged, this, [this](const WorkspaceSpec &spec) {
        m_network->setFeatures(spec.features);
        m_parameters->setFeatures(spec.features);
        m_boundary->setThreshold(spec.training.decisionThreshold);
    });
    m_network->setFeatures(m_workspace.spec().features);
    m_parameters->setFeatures(m_workspace.spec().features);

    connect(m_network, &NetworkView::editRequested, this, &WorkspacePage::requestEdit);
    // The boundary view keeps the hovered neuron's map live from later reports itself.
    connect(m_network, &NetworkView::neuronHovered, this, [this](int layer, int neuron) {
        const TrainingSession &session = m_workspace.session();
        const TrainingReport &report = session.isShowingPast() ? session.past() : session.latest();
        if (layer < static_cast<int>(report.neurons.size()) && neuron < static_cast<int>(report.neurons[layer].size()))
            m_boundary->setPreviewGrid(&report.neurons[layer][neuron], layer, neuron);
    });
    connect(m_network, &NetworkView::neuronHoverEnded, m_boundary, &DecisionBoundaryView::clearPreview);

    connect(m_showTest, &QCheckBox::toggled, this, &WorkspacePage::showTestInViews);
    connect(m_data, &DataPanel::drawingModeChanged, this, [this](bool enabled, int classIndex) {
        m_boundary->setDrawingEnabled(enabled);
        m_boundary->setDrawingClass(classIndex);
    });
    connect(m_boundary, &DecisionBoundaryView::pointAdded, m_data, &DataPanel::addPoint);
    connect(m_boundary, &DecisionBoundaryView::pointsErased, m_data, &DataPanel::erasePoints);
    // The selection follows training as samples move between cells, not only on clicks.
    connect(m_confusion, &ConfusionMatrixView::selectedSamplesChanged, m_boundary,
            &DecisionBoundaryView::setHighlightedSamples);
    connect(m_discretize, &QCheckBox::toggled, m_boundary, &DecisionBoundaryView::setDiscretize);
    RunHistory &runs = m_workspace.runHistory();
    connect(&runs, &RunHistory::shownChanged, this, &WorkspacePage::showRunOverlays);
    connect(m_chart, &LossChartView::hideRunsRequested, &runs, &RunHistory::hideAll);
    connect(m_misclassified, &QCheckBox::toggled, m_boundary, &DecisionBoundaryView::setHighlightMisclassified);
}

void WorkspacePage::showReport(const TrainingReport &report)
{
    if (m_reportsHeld)
        return;
    m_timeline->setLiveEpoch(report.epoch);
    m_chart->setReport(report);
    m_counters->setReport(report);
    // Training may go on while the student looks at a past epoch: then only the charts, the
    // counters and the timeline's range follow the live run.
    if (!m_workspace.session().isShowingPast())
        showState(report);
}

void WorkspacePage::showState(const TrainingReport &report)
{
    m_network->setReport(report);
    m_boundary->setReport(report);
    m_metrics->setReport(report);
    m_confusion->setReport(report);
    m_gradients->setReport(report);
    m_parameters->setReport(report);
}

void WorkspacePage::showPast(const TrainingReport &report)
{
    m_timeline->setShownEpoch(report.epoch);
    m_chart->setViewedEpoch(report.epoch);
    if (!m_reportsHeld)
        showState(report);
}

void WorkspacePage::showLive()
{
    m_timeline->setShownEpoch(-1);
    m_chart->setViewedEpoch(-1);
    if (!m_reportsHeld)
        showState(m_workspace.session().latest());
}

void WorkspacePage::setTimelineVisible(bool visible)
{
    if (!visible)
        m_workspace.session().showLive();
    m_timeline->setVisible(visible);
}

void WorkspacePage::setReportsHeld(bool held)
{
    if (held == m_reportsHeld)
        return;
    m_reportsHeld = held;
    if (!held)
        showReport(m_workspace.session().latest());
}

void WorkspacePage::showRunOverlays()
{
    std::vector<OverlayRun> overlays;
    for (const RunRecord &run : m_workspace.runHistory().runs())
        if (run.shown)
            overlays.push_back({run.number, RunHistory::color(run.number), run.trainer.history});
    m_chart->setOverlays(overlays);
}

void WorkspacePage::showData(const DataReport &report)
{
    m_boundary->setData(report);
    m_metrics->setData(report);
    m_confusion->setData(report);
}

QWidget *WorkspacePage::panel(const QString &id) const
{
    const QHash<QString, QWidget *> panels = {
        {QStringLiteral("P1"), m_boundary},  {QStringLiteral("P2"), m_chart},     {QStringLiteral("P3"), m_metrics},
        {QStringLiteral("P4"), m_confusion}, {QStringLiteral("P5"), m_network},   {QStringLiteral("P6"), m_parameters},
        {QStringLiteral("P9"), m_gradients},
        {QStringLiteral("P11"), m_counters}, {QStringLiteral("P12"), m_timeline}};
    return panels.value(id);
}

void WorkspacePage::setChartsFirst(bool chartsFirst)
{
    // Under the code panel (L11) the page is short; the 3:2 split would leave the loss chart
    // only its axis labels, while a small network needs little height.
    const int network = chartsFirst ? 2 : 3;
    const int charts = chartsFirst ? 3 : 2;
    m_centre->setStretchFactor(0, network);
    m_centre->setStretchFactor(1, charts);
    const int total = m_centre->sizes().value(0) + m_centre->sizes().value(1);
    if (total > 0)
        m_centre->setSizes({total * network / (network + charts), total * charts / (network + charts)});
}

void WorkspacePage::setSettingsVisible(bool visible)
{
    m_settingsTabs->setVisible(visible);
}

void WorkspacePage::setDiscretize(bool discretize)
{
    m_discretize->setChecked(discretize);
}

void WorkspacePage::setShowTestData(bool show)
{
    m_showTest->setChecked(show);
}

bool WorkspacePage::showTestData() const
{
    return m_showTest->isChecked();
}

bool WorkspacePage::discretize() const
{
    return m_discretize->isChecked();
}

void WorkspacePage::setShowTestEnabled(bool enabled)
{
    m_viewLocks.setLocked(m_showTest->objectName(), !enabled);
    m_viewLocks.apply();
}

void WorkspacePage::showTestInViews(bool show)
{
    m_boundary->setShowTestData(show);
    m_chart->setShowTest(show);
    m_metrics->setShowTest(show);
    m_confusion->setShowTest(show);
}

QString WorkspacePage::editName(NetworkEdit::Kind kind)
{
    switch (kind) {
    case NetworkEdit::Kind::InsertLayer:
        return tr("Add a hidden layer");
    case NetworkEdit::Kind::RemoveLayer:
        return tr("Remove a hidden layer");
    case NetworkEdit::Kind::InsertNeuron:
        return tr("Add a neuron");
    case NetworkEdit::Kind::RemoveNeuron:
        return tr("Remove a neuron");
    case NetworkEdit::Kind::SetActivation:
        return tr("Change the activation function");
    case NetworkEdit::Kind::SetWeight:
        return tr("Change a weight");
    case NetworkEdit::Kind::SetBias:
        return tr("Change a bias");
    case NetworkEdit::Kind::Replace:
        return tr("Replace the network");
    }
    return {};
}

void WorkspacePage::requestEdit(const NetworkEdit &edit)
{
    // An edit changes the live network, so the views go back to it. One made on a past epoch's
    // other shape (before an earlier edit) would land elsewhere in the live network: dropped.
    TrainingSession &session = m_workspace.session();
    const bool otherShape = session.isShowingPast() && !session.past().network.sameArchitecture(session.latest().network);
    session.showLive();
    if (!otherShape)
        m_workspace.editNetwork(edit, [kind = edit.kind] { return editName(kind); });
}

void WorkspacePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WorkspacePage::retranslateUi()
{
    m_workspace.retranslateHistory();
    m_settingsTabs->setTabText(0, tr("Data"));
    m_settingsTabs->setTabText(1, tr("Training"));
    m_settingsTabs->setTabToolTip(0, tr("The data set, its split into training, validation and test sets, and the input features"));
    m_settingsTabs->setTabToolTip(1, tr("Hyperparameters: learning rate, optimizer, loss, regularization and stopping"));
    m_resultTabs->setTabText(0, tr("Loss and accuracy"));
    m_resultTabs->setTabText(1, tr("Gradients"));
    m_resultTabs->setTabText(2, tr("Parameter table"));
    m_resultTabs->setTabToolTip(0, tr("Loss and accuracy over the epochs for each data set"));
    m_resultTabs->setTabToolTip(1, tr("Mean size of the gradient in each layer (log scale)"));
    m_resultTabs->setTabToolTip(2, tr("Every weight and bias, with the gradient of the last update; changed values flash"));
    m_resultTabs->setTabText(3, tr("Run history"));
    m_resultTabs->setTabToolTip(3, tr("Every finished run: compare, overlay on the charts, reopen, export"));
    m_discretize->setText(tr("Discretize output"));
    m_discretize->setToolTip(tr("Show only the predicted class, without the shades of confidence"));
    m_discretize->setAccessibleName(tr("Discretize output"));
    m_showTest->setText(tr("Show test data"));
    m_viewLocks.setToolTip(m_showTest, tr("Show the test points in the plot; look at them last, after choosing the model"));
    m_viewLocks.apply();
    m_misclassified->setText(tr("Highlight misclassified"));
    m_misclassified->setToolTip(tr("Mark the points the network currently gets wrong"));
    m_misclassified->setAccessibleName(tr("Highlight misclassified"));
}
