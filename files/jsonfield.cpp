#include "jsonfield.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cfloat>
#include <cmath>

namespace {
/// The largest integer a double holds exactly; counts above it cannot be told apart.
constexpr double kExactIntegers = 9007199254740992.0;

QString shown(double value)
{
    return QString::number(value, 'g', 6);
}
} // namespace

JsonField::JsonField(const QJsonValue &value, const QString &path) : m_value(value), m_path(path) {}

void JsonField::fail(const QString &message)
{
    throw FileProblem{message};
}

const QJsonValue &JsonField::present() const
{
    if (m_value.isUndefined())
        fail(tr("“%1” is missing.").arg(m_path));
    return m_value;
}

JsonField JsonField::operator[](const char *key) const
{
    if (!present().isObject())
        fail(tr("“%1” must be a group of named values (a JSON object).").arg(m_path));
    const QString name = QString::fromLatin1(key);
    return JsonField(m_value.toObject().value(name), m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name);
}

JsonField JsonField::at(qsizetype index) const
{
    return JsonField(m_value.toArray().at(index), QStringLiteral("%1[%2]").arg(m_path).arg(index));
}

qsizetype JsonField::arraySize(qsizetype maximum) const
{
    if (!present().isArray())
        fail(tr("“%1” must be a list (a JSON array).").arg(m_path));
    const qsizetype size = m_value.toArray().size();
    if (size > maximum)
        fail(tr("“%1” has %2 entries; at most %3 are allowed.").arg(m_path).arg(size).arg(maximum));
    return size;
}

double JsonField::number(double minimum, double maximum) const
{
    if (!present().isDouble())
        fail(tr("“%1” must be a number.").arg(m_path));
    const double value = m_value.toDouble();
    if (!(value >= minimum && value <= maximum))
        fail(tr("“%1” is %2, but it must be from %3 to %4.").arg(m_path, shown(value), shown(minimum), shown(maximum)));
    return value;
}

double JsonField::nonNegative() const
{
    if (!present().isDouble())
        fail(tr("“%1” must be a number.").arg(m_path));
    const double value = m_value.toDouble();
    if (!(value >= 0.0))
        fail(tr("“%1” is %2, but it must be 0 or more.").arg(m_path, shown(value)));
    return value;
}

long long JsonField::integer(long long minimum, long long maximum) const
{
    if (!present().isDouble() || m_value.toDouble() != std::floor(m_value.toDouble())
        || std::abs(m_value.toDouble()) > kExactIntegers)
        fail(tr("“%1” must be a whole number.").arg(m_path));
    const long long value = m_value.toInteger();
    if (value < minimum || value > maximum)
        fail(tr("“%1” is %2, but it must be from %3 to %4.").arg(m_path).arg(value).arg(minimum).arg(maximum));
    return value;
}

bool JsonField::boolean() const
{
    if (!present().isBool())
        fail(tr("“%1” must be true or false.").arg(m_path));
    return m_value.toBool();
}

QString JsonField::text(qsizetype maxLength) const
{
    if (!present().isString())
        fail(tr("“%1” must be text.").arg(m_path));
    if (m_value.toString().size() > maxLength)
        fail(tr("“%1” is longer than %2 characters.").arg(m_path).arg(maxLength));
    return m_value.toString();
}

std::uint64_t JsonField::seed() const
{
    bool ok = false;
    std::uint64_t value = 0;
    if (present().isString() && m_value.toString().size() <= 20) {
        const QString text = m_value.toString();
        value = text.toULongLong(&ok);
        ok = ok && !text.startsWith(QLatin1Char('+')) && !text.startsWith(QLatin1Char(' '));
    } else if (m_value.isDouble()) {
        const double d = m_value.toDouble();
        ok = d >= 0 && d <= kExactIntegers && d == std::floor(d);
        value = ok ? static_cast<std::uint64_t>(d) : 0;
    }
    if (!ok)
        fail(tr("“%1” must be a seed: a whole number from 0 to 18446744073709551615.").arg(m_path));
    return value;
}

engine::Vector<float> JsonField::floats(qsizetype count, bool mayBeEmpty) const
{
    const qsizetype size = arraySize(count);
    if (size != count && !(mayBeEmpty && size == 0))
        fail(tr("“%1” has %2 values, but the network has %3 parameters.").arg(m_path).arg(size).arg(count));
    engine::Vector<float> values(size);
    const QJsonArray array = m_value.toArray();
    for (qsizetype i = 0; i < size; ++i) {
        const QJsonValue &v = array.at(i);
        if (!v.isDouble())
            at(i).number(-FLT_MAX, FLT_MAX); // names the entry and its type
        if (std::abs(v.toDouble()) > FLT_MAX)
            fail(tr("“%1[%2]” is %3, which is too large for a weight.").arg(m_path).arg(i).arg(shown(v.toDouble())));
        values(i) = static_cast<float>(v.toDouble());
    }
    return values;
}

std::vector<double> JsonField::magnitudes(qsizetype maximum) const
{
    const qsizetype size = arraySize(maximum);
    std::vector<double> values;
    values.reserve(size);
    for (qsizetype i = 0; i < size; ++i)
        values.push_back(at(i).nonNegative());
    return values;
}
