#pragma once
/**
 * @file expression.h
 * Expression: the conditions and live answers of lesson files ("val.acc >= 0.9",
 * "(test.tp + test.tn) / test.n"), parsed once and evaluated on every report.
 *
 * Grammar (precedence low to high): comparison (< <= > >= == !=, at most one), + -, * /,
 * unary -, then numbers, variables (dotted names, optionally "@epoch"), parentheses and the
 * functions min(a, b), max(a, b), abs(a). Variables are resolved by the caller, so the same
 * expression reads the live workspace, a headless acceptance run or a compare run.
 */
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

/// Returns a variable's value, or nothing when it is unknown or not available yet.
using VariableLookup = std::function<std::optional<double>(const QString &name)>;

class Expression {
public:
    /// Parses `text`; on failure returns an invalid expression and sets `error` (English, for
    /// lesson authors).
    static Expression parse(const QString &text, QString *error = nullptr);

    bool isValid() const { return m_root != nullptr; }
    /// True when the top level is a comparison (a condition).
    bool isCondition() const;
    const QString &text() const { return m_text; }
    /// Every variable name the expression reads.
    QStringList variables() const;
    /// The value (1 or 0 for a condition), or nothing if a variable is missing or the result is
    /// not finite.
    std::optional<double> evaluate(const VariableLookup &lookup) const;
    /// A condition's truth; nothing when it cannot be evaluated yet.
    std::optional<bool> holds(const VariableLookup &lookup) const;

    struct Node;

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
};
