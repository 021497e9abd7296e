#include "sidebysidecolumn.h"

#include "decisionboundaryview.h"
#include "learningratebox.h"
#include "metricformat.h"
#include "networkcanvas.h"
#include "sidebysidechart.h"
#include "sidebysidetitle.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QToolButton>
#include <QVBoxLayout>

SideBySideColumn::SideBySideColumn(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("sideBySideTitle"));
    m_remove = new QToolButton;
    m_remove->setObjectName(QStringLiteral("sideBySideRemove"));
    m_remove->setText(QStringLiteral("✕"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_remove);

    m_boundary = new DecisionBoundaryView;
    m_boundary->setObjectName(QStringLiteral("sideBySideBoundary"));
    m_network = new NetworkCanvas;
    m_network->setObjectName(QStringLiteral("sideBySideNetwork"));
    m_network->setEditable(false);
    // Four columns share the width and the chart shares the height: the views get smaller
    // minimums than in the workspace, where each has a panel of its own.
    const int line = fontMetrics().height();
    m_boundary->setMinimumSize(8 * line, 8 * line);
    m_network->setMinimumSize(8 * line, 6 * line);

    m_rateLabel = new QLabel;
    m_rate = new LearningRateBox;
    m_rate->setObjectName(QStringLiteral("sideBySideRate"));
    m_rateLabel->setBuddy(m_rate);
    m_hiddenLabel = new QLabel;
    m_hidden = new QLineEdit;
    m_hidden->setObjectName(QStringLiteral("sideBySideHidden"));
    m_hiddenLabel->setBuddy(m_hidden);
    auto *settings = new QFormLayout;
    settings->setContentsMargins(0, 0, 0, 0);
    settings->setRowWrapPolicy(QFormLayout::DontWrapRows); // no heightForWidth: see m_status
    settings->addRow(m_rateLabel, m_rate);
    settings->addRow(m_hiddenLabel, m_hidden);
    m_status = new QLabel;
    // No word wrap in a column: a wrapping label makes the scroll area size the column by its
    // preferred height (heightForWidth) and push the views out of sight. Lines break by hand.
    m_status->setObjectName(QStringLiteral("sideBySideStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_boundary, 3);
    layout->addWidget(m_network, 2);
    layout->addLayout(settings);
    layout->addWidget(m_status);

    connect(m_rate, &LearningRateBox::rateChosen, this, &SideBySideColumn::learningRateChosen);
    connect(m_hidden, &QLineEdit::editingFinished, this, &SideBySideColumn::commitHidden);
    connect(m_remove, &QToolButton::clicked, this, &SideBySideColumn::removeRequested);
    retranslateUi();
}

void SideBySideColumn::setModel(const QString &id, const WorkspaceSpec &spec, int index)
{
    m_id = id;
    m_spec = spec;
    m_index = index;
    m_title->setText(SideBySideTitle::text(id, spec));
    // The model's colour is the one of its curves in the chart below.
    m_title->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; border-left: 6px solid %1; padding-left: 4px; }")
                               .arg(SideBySideChart::modelColor(index).name()));
    m_rate->setValue(spec.training.optimizer.learningRate);
    QStringList sizes;
    for (int units : spec.network.hidden)
        sizes.append(QString::number(units));
    m_hidden->setText(sizes.join(QStringLiteral(", ")));
    m_network->setFeatures(spec.features);
}

QString SideBySideColumn::title() const
{
    return m_title->text();
}

void SideBySideColumn::setData(const DataReport &data)
{
    m_boundary->setData(data);
}

void SideBySideColumn::setReport(const TrainingReport &report)
{
    m_current = report.current;
    m_diverged = report.divergence != engine::Divergence::None;
    m_hasReport = true;
    m_boundary->setReport(report);
    m_network->setReport(report.network, report.neurons);
    updateStatus();
}

void SideBySideColumn::setEditable(bool learningRate, bool hiddenLayers)
{
    m_rate->setEnabled(learningRate);
    m_hidden->setEnabled(hiddenLayers);
}

void SideBySideColumn::setRemovable(bool removable)
{
    m_remove->setVisible(removable);
}

void SideBySideColumn::commitHidden()
{
    std::vector<int> hidden;
    if (!SideBySideTitle::parseHidden(m_hidden->text(), &hidden)) {
        m_hidden->setToolTip(tr("Not understood: write the neurons of each hidden layer, e.g. 4, 2 (1 to 8 "
                                "neurons, at most 6 layers)."));
        setModel(m_id, m_spec, m_index); // the refused text goes back to the model's layers
        return;
    }
    m_hidden->setToolTip(tr("Neurons per hidden layer, e.g. 4, 2. A change starts every model over together."));
    if (hidden != m_spec.network.hidden)
        emit hiddenLayersChosen(hidden);
}

void SideBySideColumn::updateStatus()
{
    if (!m_hasReport)
        return;
    if (m_diverged) {
        m_status->setText(tr("Diverged: this learning rate is too high.\nLower it and press Reset."));
        return;
    }
    const engine::EpochMetrics &m = m_current;
    QString text = tr("Training loss %1").arg(metricformat::loss(m.train.loss));
    if (m.validation.count > 0)
        text += QLatin1Char('\n') + tr("validation loss %1").arg(metricformat::loss(m.validation.loss));
    m_status->setText(text);
}

void SideBySideColumn::retranslateUi()
{
    m_rateLabel->setText(tr("Learning rate"));
    m_hiddenLabel->setText(tr("Hidden layers"));
    m_rate->setToolTip(tr("This model's learning rate (change it while paused; it applies from the next epoch)"));
    m_hidden->setToolTip(tr("Neurons per hidden layer, e.g. 4, 2. A change starts every model over together."));
    m_hidden->setPlaceholderText(tr("none"));
    m_remove->setToolTip(tr("Remove this model"));
    m_remove->setAccessibleName(tr("Remove this model"));
    if (!m_id.isEmpty())
        m_title->setText(SideBySideTitle::text(m_id, m_spec));
    updateStatus();
}

void SideBySideColumn::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
