#pragma once
/**
 * @file stageformat.h
 * How the lesson stages (P7, P8, the activation plotter) write numbers. They print the worked
 * numbers of the seeds (0.38 − 0.01 × (−0.55) = 0.3855), so a value is written as a student
 * would: a true minus sign, no trailing zeros where the text is a formula, fixed decimals where
 * numbers stand in a column, and an em dash instead of "nan" or "inf".
 */
#include <QString>

namespace stageformat {

/// `decimals` fixed decimals ("0.3855", "−0.0055"); scientific outside [1e-3, 1e4) when
/// `decimals` would hide the value or make it too wide.
QString fixed(double value, int decimals);
/// As in a formula: up to `decimals` decimals without trailing zeros ("0.38", "0.01").
QString compact(double value, int decimals = 4);
/// compact(), with a negative number in parentheses: "(−0.55)", for "0.01 × (−0.55)".
QString operand(double value, int decimals = 4);
/// compact() with an explicit sign: "+0.0055", "−0.495".
QString signedCompact(double value, int decimals = 4);
/// What is shown instead of a value that does not exist or is hidden for now.
QString none();

} // namespace stageformat
