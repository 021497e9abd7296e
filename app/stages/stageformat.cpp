#include "stageformat.h"

#include <QChar>

#include <cmath>

namespace stageformat {

namespace {
// U+2212: a hyphen next to a digit reads as a dash on a projector.
QString withMinusSign(QString text)
{
    return text.replace(QLatin1Char('-'), QChar(0x2212));
}

bool needsScientific(double value, int decimals)
{
    const double magnitude = std::abs(value);
    return magnitude >= 1e4 || (magnitude != 0.0 && magnitude < std::pow(10.0, -decimals) / 2.0);
}
} // namespace

QString none()
{
    return QStringLiteral("\u2014");
}

QString fixed(double value, int decimals)
{
    if (!std::isfinite(value))
        return none();
    if (needsScientific(value, decimals))
        return withMinusSign(QString::number(value, 'e', 2));
    return withMinusSign(QString::number(value, 'f', decimals));
}

QString compact(double value, int decimals)
{
    if (!std::isfinite(value))
        return none();
    if (needsScientific(value, decimals))
        return withMinusSign(QString::number(value, 'e', 2));
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return withMinusSign(text);
}

QString operand(double value, int decimals)
{
    const QString text = compact(value, decimals);
    return text.startsWith(QChar(0x2212)) ? QLatin1Char('(') + text + QLatin1Char(')') : text;
}

QString signedCompact(double value, int decimals)
{
    const QString text = compact(value, decimals);
    return text.startsWith(QChar(0x2212)) || text == none() ? text : QLatin1Char('+') + text;
}

} // namespace stageformat
