#pragma once
/**
 * @file viewexport.h
 * ViewExport: File ▸ Export's pictures and table — the loss chart, the accuracy chart and the
 * decision boundary as PNG (screen size or double) or SVG, and the run's per-epoch history as
 * CSV — and the same from a right-click on each view. The views are not changed for this: the
 * context menus come through event filters, so the charts' own code stays theirs.
 *
 * A file that cannot be written shows a non-blocking message in the user's language; the views
 * keep what they show, so nothing is lost and the user can export again elsewhere.
 */
#include "imageexport.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;
class WorkspaceDocument;
class WorkspacePage;

class ViewExport : public QObject {
    Q_OBJECT
public:
    enum class View { LossChart, AccuracyChart, DecisionBoundary };

    /// `startDirectory` names the folder the file dialogs open in.
    ViewExport(WorkspacePage *page, WorkspaceDocument *document, std::function<QString()> startDirectory,
               QWidget *window);

    /// Appends the actions to File ▸ Export (after a separator).
    void addTo(QMenu *exportMenu);
    void retranslate();

    /// The widget a view's export draws.
    QWidget *widget(View view) const;
    /// Writes `view` to `path`; on failure shows why and returns false.
    bool exportImage(View view, const QString &path, ImageExport::Format format);
    /// Writes the run's per-epoch history to `path` as CSV (files/historycsv). Asynchronous: the
    /// worker hands over the history first; historyExported() follows.
    void exportHistory(const QString &path);

signals:
    /// A history export ended; `error` is empty when the file was written.
    void historyExported(const QString &path, const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void askImage(View view);
    void askHistory();
    /// The context menu of `view` at `globalPos` (non-blocking; objectName "viewExportMenu").
    void showContextMenu(View view, const QPoint &globalPos);
    QString suggestedPath(const QString &suffix) const;
    void warn(const QString &path, const QString &error);

    WorkspacePage *m_page;
    WorkspaceDocument *m_document;
    std::function<QString()> m_startDirectory;
    QWidget *m_window;
    QAction *m_lossAction = nullptr;
    QAction *m_accuracyAction = nullptr;
    QAction *m_boundaryAction = nullptr;
    QAction *m_historyAction = nullptr;
};
