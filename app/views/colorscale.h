#pragma once
/**
 * @file colorscale.h
 * The Playground's diverging colour scale: orange for negative, white at 0, blue for positive
 * (readable by colour-blind students), plus distinct colours for multi-class sets.
 */
#include <QColor>

namespace colorscale {

inline const QColor kNegative{0xF5, 0x93, 0x22}; ///< orange, class 0 / value -1
inline const QColor kPositive{0x08, 0x77, 0xBD}; ///< blue, class 1 / value +1
inline const QColor kNeutral{0xE8, 0xEA, 0xEB};  ///< the middle of the scale

/// Colour of a value in [-1, 1] (clamped), orange - light grey - blue.
QColor valueColor(double value);
/// Colour of class c of k (k = 2 gives orange / blue).
QColor classColor(int classIndex, int classCount);

} // namespace colorscale
