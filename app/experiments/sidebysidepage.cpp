#include "sidebysidepage.h"

#include "sidebysidechart.h"
#include "sidebysidecolumn.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
constexpr int kRefreshMs = 33;
} // namespace

SideBySidePage::SideBySidePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sideBySidePage"));
    m_play = new QPushButton;
    m_play->setObjectName(QStringLiteral("sideBySidePlay"));
    m_step = new QPushButton;
    m_step->setObjectName(QStringLiteral("sideBySideStep"));
    m_reset = new QPushButton;
    m_reset->setObjectName(QStringLiteral("sideBySideReset"));
    m_add = new QPushButton;
    m_add->setObjectName(QStringLiteral("sideBySideAdd"));
    m_epoch = new QLabel;
    m_epoch->setObjectName(QStringLiteral("sideBySideEpoch"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_play);
    buttons->addWidget(m_step);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_epoch);
    buttons->addStretch(1);
    buttons->addWidget(m_add);

    auto *columns = new QWidget;
    m_columnRow = new QHBoxLayout(columns);
    m_columnRow->setContentsMargins(0, 0, 0, 0);
    // Four columns may not fit a small screen: they scroll rather than being cut off.
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(columns);
    m_chart = new SideBySideChart(&m_controller);
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({650, 350});
    m_scroll = scroll;

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_splitter, 1);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &SideBySidePage::refresh);
    connect(m_play, &QPushButton::clicked, &m_controller, &SideBySideController::togglePlay);
    connect(m_step, &QPushButton::clicked, &m_controller, &SideBySideController::stepEpoch);
    connect(m_reset, &QPushButton::clicked, &m_controller, &SideBySideController::reset);
    connect(m_add, &QPushButton::clicked, this, &SideBySidePage::addModel);
    connect(&m_controller, &SideBySideController::modelsChanged, this, &SideBySidePage::rebuildColumns);
    connect(&m_controller, &SideBySideController::modelUpdated, this, &SideBySidePage::scheduleRefresh);
    connect(&m_controller, &SideBySideController::epochChanged, this, &SideBySidePage::scheduleRefresh);
    connect(&m_controller, &SideBySideController::playingChanged, this, [this] {
        updateControls();
        scheduleRefresh();
    });
    retranslateUi();
    updateControls();
}

void SideBySidePage::openFrom(const WorkspaceSpec &spec)
{
    m_controller.setEpochLimit(spec.epochLimit);
    m_controller.load({spec, spec});
}

SideBySidePage *SideBySidePage::openWindow(QWidget *owner, const WorkspaceSpec &spec)
{
    auto *page = owner->findChild<SideBySidePage *>(QStringLiteral("sideBySideWindow"), Qt::FindDirectChildrenOnly);
    if (!page) {
        page = new SideBySidePage(owner);
        page->setObjectName(QStringLiteral("sideBySideWindow"));
        page->setWindowFlag(Qt::Window);
        page->setAttribute(Qt::WA_DeleteOnClose);
        page->resize(owner->size());
    }
    page->openFrom(spec);
    page->show();
    page->raise();
    page->activateWindow();
    return page;
}

void SideBySidePage::loadModels(const QList<WorkspaceSpec> &specs, const QStringList &ids)
{
    m_controller.load(specs, ids);
}

void SideBySidePage::setAllowed(bool learningRate, bool hiddenLayers, bool addRemove)
{
    m_allowRate = learningRate;
    m_allowHidden = hiddenLayers;
    m_allowAddRemove = addRemove;
    updateControls();
}

void SideBySidePage::runTo(int epochs)
{
    m_controller.reset();
    m_controller.setEpochLimit(epochs);
    m_controller.play();
}

void SideBySidePage::addModel()
{
    // The new model starts as a copy of the last one: the student then changes what differs.
    if (m_controller.count() > 0)
        m_controller.addModel(m_controller.spec(m_controller.count() - 1));
}

void SideBySidePage::rebuildColumns()
{
    while (m_columns.size() > m_controller.count())
        delete m_columns.takeLast();
    while (m_columns.size() < m_controller.count()) {
        auto *column = new SideBySideColumn;
        const int index = static_cast<int>(m_columns.size());
        // The column's place is looked up when it asks: a removal renumbers the ones after it.
        connect(column, &SideBySideColumn::learningRateChosen, this, [this, column](double rate) {
            m_controller.setLearningRate(static_cast<int>(m_columns.indexOf(column)), rate);
        });
        connect(column, &SideBySideColumn::hiddenLayersChosen, this, [this, column](const std::vector<int> &hidden) {
            m_controller.setHiddenLayers(static_cast<int>(m_columns.indexOf(column)), hidden);
        });
        connect(column, &SideBySideColumn::removeRequested, this, [this, column] {
            m_controller.removeModel(static_cast<int>(m_columns.indexOf(column)));
        });
        m_columnRow->insertWidget(index, column, 1);
        m_columns.append(column);
    }
    // The columns' views in full: the splitter would otherwise give the chart all the height the
    // scroll area does not insist on.
    m_scroll->setMinimumHeight(m_scroll->widget()->minimumSizeHint().height());
    m_dataGenerations = QList<quint64>(m_columns.size(), ~quint64(0));
    for (int i = 0; i < m_columns.size(); ++i)
        m_columns[i]->setModel(m_controller.id(i), m_controller.spec(i), i);
    updateControls();
    scheduleRefresh();
}

void SideBySidePage::scheduleRefresh()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void SideBySidePage::refresh()
{
    for (int i = 0; i < m_columns.size() && i < m_controller.count(); ++i) {
        const TrainingSession &session = m_controller.session(i);
        if (session.data().generation != m_dataGenerations[i] && session.data().dataset.size() > 0) {
            m_dataGenerations[i] = session.data().generation;
            m_columns[i]->setData(session.data());
        }
        if (session.latest().network.layerCount() > 0)
            m_columns[i]->setReport(session.latest());
    }
    m_chart->refresh();
    m_epoch->setText(tr("Epoch %1").arg(m_controller.epoch()));
    updateControls();
    emit refreshed();
}

void SideBySidePage::updateControls()
{
    const bool playing = m_controller.isPlaying();
    m_play->setText(playing ? tr("Pause") : tr("Train"));
    m_play->setToolTip(playing ? tr("Pause every model") : tr("Train every model, epoch by epoch in lockstep"));
    const bool paused = !playing && !m_controller.isStepping();
    for (int i = 0; i < m_columns.size(); ++i) {
        m_columns[i]->setEditable(paused && m_allowRate, paused && m_allowHidden);
        m_columns[i]->setRemovable(m_allowAddRemove && m_controller.count() > SideBySideController::kMinModels);
    }
    m_add->setVisible(m_allowAddRemove);
    m_add->setEnabled(paused && m_controller.count() < SideBySideController::kMaxModels);
}

void SideBySidePage::retranslateUi()
{
    setWindowTitle(tr("Compare side by side"));
    m_step->setText(tr("Step epoch"));
    m_step->setToolTip(tr("Every model trains one more epoch, then pauses"));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Every model back to epoch 0 with its same initial weights"));
    m_add->setText(tr("Add model"));
    m_add->setToolTip(tr("Add a copy of the last model (up to four); every model starts over together"));
    m_epoch->setText(tr("Epoch %1").arg(m_controller.epoch()));
    updateControls();
}

void SideBySidePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
