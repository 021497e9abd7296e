#include "parameterinspector.h"

#include "parametertablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

ParameterInspector::ParameterInspector(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("parameterInspector"));
    m_model = new ParameterTableModel(this);
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("parameterCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->hide();
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("parameterTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // Fixed row heights and column widths: a view over thousands of rows must not measure them.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    auto *layout = new QVBoxLayout(this);
    // A few pixels inside the edge: a lesson's highlight ring is drawn over it.
    const int inset = std::max(4, fontMetrics().height() / 4);
    layout->setContentsMargins(inset, inset, inset, inset);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    updateColours();
    updateColumnWidths();
}

void ParameterInspector::setReport(const TrainingReport &report)
{
    m_model->setParameters(report.network, report.lastGradient);
}

void ParameterInspector::setFeatures(engine::FeatureSet features)
{
    m_model->setFeatures(features);
}

void ParameterInspector::showParameters(const engine::Network &network, const engine::Vector<float> &gradient)
{
    m_model->setParameters(network, gradient);
}

void ParameterInspector::setCaption(const QString &text)
{
    m_caption->setText(text);
    m_caption->setVisible(!text.isEmpty());
}

QString ParameterInspector::caption() const
{
    return m_caption->text();
}

void ParameterInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColours();
    else if (event->type() == QEvent::FontChange)
        updateColumnWidths();
    else if (event->type() == QEvent::LanguageChange)
        m_model->retranslate();
    QWidget::changeEvent(event);
}

void ParameterInspector::updateColours()
{
    // The highlight blue of the light and the dark palette both keep the text readable at the
    // model's flash strength.
    m_model->setFlashColor(palette().color(QPalette::Highlight));
}

void ParameterInspector::updateColumnWidths()
{
    const QFontMetrics metrics = fontMetrics();
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 6);
    const int digit = metrics.horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(ParameterTableModel::LayerColumn, digit * 10);
    m_table->setColumnWidth(ParameterTableModel::LinkColumn, digit * 12);
    m_table->setColumnWidth(ParameterTableModel::ValueColumn, digit * 10);
    m_table->setColumnWidth(ParameterTableModel::GradientColumn, digit * 11);
}
