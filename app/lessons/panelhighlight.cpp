#include "panelhighlight.h"

#include <QEvent>
#include <QPainter>

PanelHighlight::PanelHighlight(QWidget *panel) : QWidget(panel)
{
    setObjectName(QStringLiteral("panelHighlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(panel->rect());
    panel->installEventFilter(this);
    raise();
    show();
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
