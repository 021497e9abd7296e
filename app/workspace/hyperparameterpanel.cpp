#include "hyperparameterpanel.h"

#include "learningsettings.h"
#include "stoppingsettings.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>

HyperparameterPanel::HyperparameterPanel(Workspace *workspace, QWidget *parent) : QWidget(parent)
{
    // One form for both groups, so their labels and fields line up in the same two columns.
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_learning = new LearningSettings(workspace, form, this);
    m_stoppingHeading = new QLabel(this);
    QFont headingFont = m_stoppingHeading->font();
    headingFont.setBold(true);
    m_stoppingHeading->setFont(headingFont);
    m_stoppingHeading->setContentsMargins(0, fontMetrics().height() / 2, 0, 0);
    form->addRow(m_stoppingHeading);
    m_stopping = new StoppingSettings(workspace, form, this);
    retranslateUi();
}

QStringList HyperparameterPanel::controlIds()
{
    return {QStringLiteral("learningRate"),   QStringLiteral("optimizer"),  QStringLiteral("loss"),
            QStringLiteral("outputActivation"), QStringLiteral("initializer"), QStringLiteral("regularization"),
            QStringLiteral("regularizationRate"), QStringLiteral("dropout"), QStringLiteral("reshuffle"),
            QStringLiteral("epochLimit"), QStringLiteral("patience"), QStringLiteral("restoreBest")};
}

void HyperparameterPanel::setControlEnabled(const QString &id, bool enabled)
{
    if (!m_learning->setControlEnabled(id, enabled))
        m_stopping->setControlEnabled(id, enabled);
}

QString HyperparameterPanel::message() const
{
    return m_learning->message();
}

void HyperparameterPanel::retranslateUi()
{
    m_stoppingHeading->setText(tr("Regularization and stopping"));
    m_learning->retranslate();
    m_stopping->retranslate();
}

void HyperparameterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
