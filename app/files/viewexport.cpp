#include "viewexport.h"

#include "decisionboundaryview.h"
#include "exportwriter.h"
#include "historycsv.h"
#include "losschartview.h"
#include "metricchart.h"
#include "workspacedocument.h"
#include "workspacepage.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace {
const char *const ViewProperty = "nlExportView";

LossChartView *chartView(const WorkspacePage *page)
{
    return qobject_cast<LossChartView *>(page->panel(QStringLiteral("P2")));
}
} // namespace

ViewExport::ViewExport(WorkspacePage *page, WorkspaceDocument *document, std::function<QString()> startDirectory,
                       QWidget *window)
    : QObject(window), m_page(page), m_document(document), m_startDirectory(std::move(startDirectory)), m_window(window)
{
    m_lossAction = new QAction(this);
    m_lossAction->setObjectName(QStringLiteral("exportLossChartAction"));
    connect(m_lossAction, &QAction::triggered, this, [this] { askImage(View::LossChart); });
    m_accuracyAction = new QAction(this);
    m_accuracyAction->setObjectName(QStringLiteral("exportAccuracyChartAction"));
    connect(m_accuracyAction, &QAction::triggered, this, [this] { askImage(View::AccuracyChart); });
    m_boundaryAction = new QAction(this);
    m_boundaryAction->setObjectName(QStringLiteral("exportBoundaryAction"));
    connect(m_boundaryAction, &QAction::triggered, this, [this] { askImage(View::DecisionBoundary); });
    m_historyAction = new QAction(this);
    m_historyAction->setObjectName(QStringLiteral("exportHistoryAction"));
    connect(m_historyAction, &QAction::triggered, this, &ViewExport::askHistory);

    // A QChartView gets its mouse events, the right-click included, on its viewport.
    for (View view : {View::LossChart, View::AccuracyChart, View::DecisionBoundary}) {
        QWidget *target = widget(view);
        if (auto *chart = qobject_cast<MetricChart *>(target))
            target = chart->viewport();
        target->setProperty(ViewProperty, static_cast<int>(view));
        target->installEventFilter(this);
    }
}

void ViewExport::addTo(QMenu *exportMenu)
{
    exportMenu->addSeparator();
    exportMenu->addAction(m_lossAction);
    exportMenu->addAction(m_accuracyAction);
    exportMenu->addAction(m_boundaryAction);
    exportMenu->addSeparator();
    exportMenu->addAction(m_historyAction);
}

void ViewExport::retranslate()
{
    m_lossAction->setText(tr("&Loss chart as image…"));
    m_lossAction->setToolTip(tr("The loss chart as a PNG or SVG file"));
    m_accuracyAction->setText(tr("A&ccuracy chart as image…"));
    m_accuracyAction->setToolTip(tr("The accuracy chart as a PNG or SVG file"));
    m_boundaryAction->setText(tr("&Decision boundary as image…"));
    m_boundaryAction->setToolTip(tr("The decision boundary with the data points as a PNG or SVG file"));
    m_historyAction->setText(tr("Training &history as CSV…"));
    m_historyAction->setToolTip(tr("Loss and accuracy of every epoch, for a spreadsheet"));
}

QWidget *ViewExport::widget(View view) const
{
    switch (view) {
    case View::LossChart:
        return chartView(m_page)->lossChart();
    case View::AccuracyChart:
        return chartView(m_page)->accuracyChart();
    case View::DecisionBoundary:
        break;
    }
    return m_page->boundaryView();
}

bool ViewExport::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu)
        return QObject::eventFilter(watched, event);
    const auto view = static_cast<View>(watched->property(ViewProperty).toInt());
    // While drawing points, a right click adds a point of the other class: no menu then.
    if (view == View::DecisionBoundary && m_page->boundaryView()->isDrawingEnabled())
        return QObject::eventFilter(watched, event);
    showContextMenu(view, static_cast<QContextMenuEvent *>(event)->globalPos());
    return true;
}

void ViewExport::showContextMenu(View view, const QPoint &globalPos)
{
    auto *menu = new QMenu(m_window);
    menu->setObjectName(QStringLiteral("viewExportMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Save image as…"), this, [this, view] { askImage(view); })
        ->setObjectName(QStringLiteral("saveImageAction"));
    if (view != View::DecisionBoundary)
        menu->addAction(m_historyAction);
    menu->popup(globalPos);
}

QString ViewExport::suggestedPath(const QString &suffix) const
{
    const QString base = m_document->path().isEmpty() ? tr("workspace") : QFileInfo(m_document->path()).completeBaseName();
    return m_startDirectory() + QLatin1Char('/') + base + suffix;
}

void ViewExport::askImage(View view)
{
    static const QString names[] = {QStringLiteral("_loss"), QStringLiteral("_accuracy"), QStringLiteral("_boundary")};
    const QString png = tr("PNG image (*.png)");
    const QString pngDouble = tr("PNG image, double size for a projector or print (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export image"),
                                                suggestedPath(names[static_cast<int>(view)] + QStringLiteral(".png")),
                                                QStringList{png, pngDouble, svg}.join(QLatin1String(";;")), &filter);
    if (path.isEmpty())
        return;
    // The name decides between PNG and SVG; the filter between the two PNG sizes, and the
    // suffix when the name has none.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix.isEmpty())
        path += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    ImageExport::Format format = filter == pngDouble ? ImageExport::Format::PngDouble : ImageExport::Format::Png;
    if (suffix == QLatin1String("svg") || (suffix.isEmpty() && filter == svg))
        format = ImageExport::Format::Svg;
    exportImage(view, path, format);
}

bool ViewExport::exportImage(View view, const QString &path, ImageExport::Format format)
{
    QString error;
    if (ImageExport::write(widget(view), path, format, &error))
        return true;
    warn(path, error);
    return false;
}

void ViewExport::askHistory()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export training history"),
                                                suggestedPath(QStringLiteral("_history.csv")),
                                                tr("CSV tables (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportHistory(path);
}

void ViewExport::exportHistory(const QString &path)
{
    m_document->withState([this, path](const WorkspaceState &state) {
        QString text = HistoryCsv::header() + QLatin1Char('\n');
        for (const engine::EpochMetrics &metrics : state.trainer.history)
            text += HistoryCsv::row(metrics) + QLatin1Char('\n');
        QString error;
        if (!ExportWriter::write(path, text.toUtf8(), &error))
            warn(path, error);
        emit historyExported(path, error);
    });
}

void ViewExport::warn(const QString &path, const QString &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The export failed"),
                                tr("“%1” cannot be exported.\n\n%2").arg(QFileInfo(path).fileName(), error),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("fileProblemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
