#include "placeholdertext.h"

#include <QRegularExpression>

#include <cmath>

namespace {
QString formatValue(double value)
{
    if (std::abs(value - std::round(value)) < 1e-9 && std::abs(value) < 1e9)
        return QString::number(static_cast<long long>(std::llround(value)));
    return QString::number(value, 'g', 3);
}
} // namespace

QString PlaceholderText::expand(const QString &text, const VariableLookup &variables)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z][A-Za-z0-9_.@]*)\\}"));
    QString result;
    int last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        const std::optional<double> value = variables(match.captured(1));
        result += value ? formatValue(*value) : QStringLiteral("—");
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}

bool PlaceholderText::allHold(const QList<Expression> &conditions, const VariableLookup &variables)
{
    for (const Expression &condition : conditions) {
        const std::optional<bool> holds = condition.holds(variables);
        if (!holds || !*holds)
            return false;
    }
    return true;
}
