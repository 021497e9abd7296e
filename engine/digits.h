#pragma once
/**
 * @file digits.h
 * The 8x8 handwritten digits (UCI optical digits, 1,797 samples, CC BY 4.0; see
 * resources/data/README.md), compiled into the engine so every consumer loads the same bytes.
 *
 * The rows are resources/data/digits.txt verbatim: 64 pixel characters from "0123456789abcdefg"
 * (values 0..16, row-major) then the label digit. engine/embed_digits.cmake turns that file into
 * the definitions below at build time.
 */
#include "dataset.h"

namespace engine {

namespace detail {
/// The embedded rows, in file order (defined in the generated digits_data.cpp).
extern const char *const kDigitsRows[];
/// Number of entries in kDigitsRows.
extern const int kDigitsRowCount;
} // namespace detail

constexpr int kDigitsSamples = 1797;
constexpr int kDigitsPixels = 64;
constexpr int kDigitsClasses = 10;

/**
 * Decodes rows in the digits.txt format into a MultiClass data set (64 x count inputs,
 * pixel / 16 in [0, 1]), in row order. Throws std::invalid_argument naming the first bad row
 * (wrong length, a character outside the alphabet), so a corrupt resource fails loudly.
 */
Dataset decodeDigits(const char *const *rows, int count);

/// The embedded digits in file order (unshuffled); generateDataset() shuffles them by seed.
Dataset loadDigits();

} // namespace engine
