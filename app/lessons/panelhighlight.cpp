#include "panelhighlight.h"

#include <QEvent>
#include <QPainter>
#include <QTabWidget>

namespace {
/// Brings `panel` to the front of every tab widget it sits in (P6 and P9 share a tab widget
/// with P2), unless the shown tab already has a ring: the first panel a step lists wins.
void bringForward(QWidget *panel)
{
    for (QWidget *w = panel; w; w = w->parentWidget()) {
        auto *tabs = qobject_cast<QTabWidget *>(w);
        if (!tabs || !tabs->currentWidget() || tabs->currentWidget()->isAncestorOf(panel)
            || tabs->currentWidget() == panel || !tabs->currentWidget()->findChildren<PanelHighlight *>().isEmpty())
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i) == panel || tabs->widget(i)->isAncestorOf(panel))
                tabs->setCurrentIndex(i);
    }
}
} // namespace

PanelHighlight::PanelHighlight(QWidget *panel) : QWidget(panel)
{
    setObjectName(QStringLiteral("panelHighlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(panel->rect());
    panel->installEventFilter(this);
    raise();
    show();
    bringForward(panel);
}

bool PanelHighlight::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

void PanelHighlight::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Amber reads on light and dark palettes and is not one of the data colours (blue/orange).
    QPen pen(QColor(0xff, 0xc1, 0x07), 4);
    painter.setPen(pen);
    painter.drawRoundedRect(QRectF(rect()).adjusted(2, 2, -2, -2), 6, 6);
}
