#pragma once
/**
 * @file imageexport.h
 * ImageExport: a view (a chart, the decision boundary) as a PNG or an SVG file, drawn by the
 * widget's own paint code through QWidget::render(), so the file shows exactly what the screen
 * shows. A PNG has the widget's size times its device pixel ratio (what the screen shows, pixel
 * for pixel), or twice that for a projector or for print. An SVG keeps lines and text as vectors;
 * what a view itself draws as an image (the boundary's heatmap) stays an image inside it.
 */
#include <QCoreApplication>
#include <QSize>
#include <QString>

class QWidget;

class ImageExport {
    Q_DECLARE_TR_FUNCTIONS(ImageExport)
public:
    enum class Format { Png, PngDouble, Svg };

    /// The pixel size a PNG of `widget` gets (for an SVG, the size of its view box).
    static QSize pixelSize(const QWidget *widget, Format format);
    /// Writes `widget` to `path`; false with a translated `error`, and no file changed.
    static bool write(QWidget *widget, const QString &path, Format format, QString *error);

private:
    static QSize logicalSize(const QWidget *widget);
};
