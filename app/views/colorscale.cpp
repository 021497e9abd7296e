#include "colorscale.h"

#include <algorithm>
#include <array>

namespace colorscale {

namespace {
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

QColor valueColor(double value)
{
    const double v = std::clamp(value, -1.0, 1.0);
    return v < 0 ? mix(kNeutral, kNegative, -v) : mix(kNeutral, kPositive, v);
}

QColor classColor(int classIndex, int classCount)
{
    if (classCount <= 2)
        return classIndex == 1 ? kPositive : kNegative;
    // Tableau-10-like hues, distinct for up to 10 classes (digits).
    static const std::array<QColor, 10> palette{
        QColor(0xF5, 0x93, 0x22), QColor(0x08, 0x77, 0xBD), QColor(0x2C, 0xA0, 0x2C), QColor(0xD6, 0x27, 0x28),
        QColor(0x94, 0x67, 0xBD), QColor(0x8C, 0x56, 0x4B), QColor(0xE3, 0x77, 0xC2), QColor(0x7F, 0x7F, 0x7F),
        QColor(0xBC, 0xBD, 0x22), QColor(0x17, 0xBE, 0xCF)};
    return palette[static_cast<std::size_t>(classIndex) % palette.size()];
}

} // namespace colorscale
