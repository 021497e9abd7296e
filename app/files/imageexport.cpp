#include "imageexport.h"

#include "exportwriter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

#include <cmath>

QSize ImageExport::logicalSize(const QWidget *widget)
{
    // A hidden view (the other chart tab) has a stale or default size: it gets its container's
    // size, which it fills when shown, or else the size it asks for.
    if (widget->isVisible() && !widget->size().isEmpty())
        return widget->size();
    const QWidget *parent = widget->parentWidget();
    return parent && !parent->size().isEmpty() ? parent->size() : widget->sizeHint().expandedTo(QSize(1, 1));
}

QSize ImageExport::pixelSize(const QWidget *widget, Format format)
{
    const QSize size = logicalSize(widget);
    if (format == Format::Svg)
        return size;
    const qreal scale = widget->devicePixelRatioF() * (format == Format::PngDouble ? 2.0 : 1.0);
    return QSize(static_cast<int>(std::lround(size.width() * scale)), static_cast<int>(std::lround(size.height() * scale)));
}

bool ImageExport::write(QWidget *widget, const QString &path, Format format, QString *error)
{
    // Checked first: a read-only folder is reported before any drawing work.
    if (const QString problem = ExportWriter::problemWith(path); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const QSize size = logicalSize(widget);
    // A hidden view is sized before it paints; its layout sets its real size when it shows.
    if (widget->size() != size)
        widget->resize(size);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (format == Format::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(widget->accessibleName().isEmpty() ? widget->windowTitle() : widget->accessibleName());
        svg.setDescription(tr("Exported from Neural Lessons"));
        QPainter painter(&svg);
        widget->render(&painter);
    } else {
        QImage image(pixelSize(widget, format), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(static_cast<qreal>(image.width()) / size.width());
        // The window colour behind the view: a transparent PNG shows black in some viewers.
        image.fill(widget->palette().color(widget->backgroundRole()));
        widget->render(&image);
        if (!image.save(&buffer, "PNG")) {
            *error = tr("The image could not be encoded as PNG.");
            return false;
        }
    }
    return ExportWriter::write(path, buffer.data(), error);
}
