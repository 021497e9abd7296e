#include "apppalette.h"

#include <QApplication>

namespace apppalette {

QPalette dark()
{
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x26, 0x26, 0x26);
    const QColor text(0xEE, 0xEE, 0xEE);
    const QColor dimmed(0x80, 0x80, 0x80);
    QPalette palette(window, window); // derives Light, Mid, Dark and Shadow from the button colour
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x40, 0x40, 0x40));
    palette.setColor(QPalette::ToolTipBase, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA0, 0xA0));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xFF, 0x6E, 0x6E));
    // Lighter than the light palette's link and highlight blues, which are too dark on grey.
    palette.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xF0));
    palette.setColor(QPalette::LinkVisited, QColor(0xB4, 0x96, 0xE6));
    palette.setColor(QPalette::Highlight, QColor(0x2A, 0x82, 0xDA));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, dimmed);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, dimmed);
    return palette;
}

void apply(bool on)
{
    // An empty palette resolves to the style's and platform's own colours (Qt 6).
    QApplication::setPalette(on ? dark() : QPalette());
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace apppalette
