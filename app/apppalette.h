#pragma once
/**
 * @file apppalette.h
 * The light and dark palettes of the whole app (View > Dark palette, --dark). Dark is Fusion's
 * usual dark scheme: grey surfaces, near-white text, a blue highlight that stays readable on a
 * dim projector. Light is whatever the platform and style give, so switching back restores the
 * user's own desktop colours.
 *
 * Every custom-painted view takes its text, frame and background colours from the palette and
 * repaints on QEvent::PaletteChange; only data colours (the Playground's blue and orange) stay.
 */
#include <QPalette>

namespace apppalette {

/// The dark palette, with disabled text dimmed so greyed-out controls still look disabled.
QPalette dark();
/// Sets the application palette: dark, or the platform's default.
void apply(bool on);
/// True when `palette` has a dark window colour (charts pick their theme from it).
bool isDark(const QPalette &palette);

} // namespace apppalette
