#include "metricformat.h"

#include <cmath>

namespace metricformat {

QString none()
{
    return QStringLiteral("\u2014");
}

QString loss(double value)
{
    if (!std::isfinite(value))
        return none();
    if (value != 0.0 && std::abs(value) < 1e-3)
        return QString::number(value, 'e', 1);
    if (std::abs(value) >= 1e4)
        return QString::number(value, 'e', 2);
    return QString::number(value, 'f', 4);
}

QString accuracy(double value)
{
    if (!std::isfinite(value))
        return none();
    return QStringLiteral("%1 (%2%)").arg(QString::number(value, 'f', 3), QString::number(100.0 * value, 'f', 1));
}

QString magnitude(double value)
{
    if (!std::isfinite(value))
        return none();
    if (value == 0.0)
        return QStringLiteral("0");
    return QString::number(value, 'e', 1);
}

QString signedLoss(double value)
{
    if (!std::isfinite(value))
        return none();
    const QString text = loss(std::abs(value));
    // U+2212 MINUS SIGN: a hyphen looks too short next to the digits.
    return (value < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + text;
}

} // namespace metricformat
