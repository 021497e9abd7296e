#pragma once
/**
 * @file metricformat.h
 * How the measurement panels (P2-P4, P9) write numbers, so a loss reads the same in the chart
 * tooltip and in the metrics table. Non-finite values come out as an em dash, never "nan".
 */
#include <QString>

namespace metricformat {

/// A loss: 4 decimals (0.2345), scientific below 0.001 (1.2e-05).
QString loss(double value);
/// An accuracy in [0, 1] as "0.953 (95.3%)".
QString accuracy(double value);
/// A small positive magnitude such as a mean gradient: "3.2e-04".
QString magnitude(double value);
/// A signed difference such as the generalisation gap: "+0.0123".
QString signedLoss(double value);
/// What is shown instead of a value that does not exist.
QString none();

} // namespace metricformat
