#include "expression.h"

#include <cmath>
#include <vector>

struct Expression::Node {
    enum class Kind { Number, Variable, Unary, Binary, Call } kind = Kind::Number;
    double number = 0.0;
    QString name;  ///< variable or function name, or the operator
    std::vector<std::shared_ptr<const Node>> children;
};

namespace {

using NodePtr = std::shared_ptr<const Expression::Node>;
using Kind = Expression::Node::Kind;

const QStringList kComparisons = {QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("=="),
                                  QStringLiteral("!="), QStringLiteral("<"), QStringLiteral(">")};

/// Recursive-descent parser over the expression text; the first error stops it.
class Parser {
public:
    explicit Parser(const QString &text) : m_text(text) {}

    NodePtr parseAll()
    {
        NodePtr root = comparison();
        skipSpace();
        if (root && m_pos < m_text.size())
            fail(QStringLiteral("unexpected '%1'").arg(m_text.mid(m_pos, 8)));
        return m_error.isEmpty() ? root : nullptr;
    }
    const QString &error() const { return m_error; }

private:
    NodePtr comparison()
    {
        NodePtr left = sum();
        skipSpace();
        for (const QString &op : kComparisons) {
            if (m_text.mid(m_pos, op.size()) == op) {
                m_pos += op.size();
                NodePtr right = sum();
                return binary(op, left, right);
            }
        }
        return left;
    }

    NodePtr sum()
    {
        NodePtr left = product();
        while (left && m_error.isEmpty()) {
            skipSpace();
            if (!peekAny(QStringLiteral("+-")))
                break;
            const QString op = m_text.at(m_pos++);
            left = binary(op, left, product());
        }
        return left;
    }

    NodePtr product()
    {
        NodePtr left = unary();
        while (left && m_error.isEmpty()) {
            skipSpace();
            if (!peekAny(QStringLiteral("*/")))
                break;
            const QString op = m_text.at(m_pos++);
            left = binary(op, left, unary());
        }
        return left;
    }

    NodePtr unary()
    {
        skipSpace();
        if (peekAny(QStringLiteral("-"))) {
            ++m_pos;
            auto node = std::make_shared<Expression::Node>();
            node->kind = Kind::Unary;
            node->name = QStringLiteral("-");
            node->children.push_back(unary());
            return node->children.back() ? node : nullptr;
        }
        return primary();
    }

    NodePtr primary()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return fail(QStringLiteral("unexpected end"));
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('(')) {
            ++m_pos;
            NodePtr inner = sum();
            if (!expect(QLatin1Char(')')))
                return nullptr;
            return inner;
        }
        if (c.isDigit() || c == QLatin1Char('.'))
            return number();
        if (c.isLetter())
            return name();
        return fail(QStringLiteral("unexpected '%1'").arg(c));
    }

    NodePtr number()
    {
        const int start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == QLatin1Char('.')))
            ++m_pos;
        if (m_pos < m_text.size() && (m_text.at(m_pos) == QLatin1Char('e') || m_text.at(m_pos) == QLatin1Char('E'))) {
            ++m_pos;
            if (peekAny(QStringLiteral("+-")))
                ++m_pos;
            while (m_pos < m_text.size() && m_text.at(m_pos).isDigit())
                ++m_pos;
        }
        bool ok = false;
        auto node = std::make_shared<Expression::Node>();
        node->number = m_text.mid(start, m_pos - start).toDouble(&ok);
        if (!ok)
            return fail(QStringLiteral("bad number '%1'").arg(m_text.mid(start, m_pos - start)));
        return node;
    }

    /// A variable (letters, digits, '.', '_', optional "@<digits>") or a function call.
    NodePtr name()
    {
        const int start = m_pos;
        auto isNameChar = [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_'); };
        while (m_pos < m_text.size() && isNameChar(m_text.at(m_pos)))
            ++m_pos;
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('@')) {
            ++m_pos;
            const int digits = m_pos;
            while (m_pos < m_text.size() && m_text.at(m_pos).isDigit())
                ++m_pos;
            if (m_pos == digits)
                return fail(QStringLiteral("'@' must be followed by an epoch number"));
        }
        const QString word = m_text.mid(start, m_pos - start);
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('('))
            return call(word);
        auto node = std::make_shared<Expression::Node>();
        node->kind = Kind::Variable;
        node->name = word;
        return node;
    }

    NodePtr call(const QString &function)
    {
        const int arity = function == QLatin1String("abs") ? 1
                          : (function == QLatin1String("min") || function == QLatin1String("max")) ? 2
                                                                                                    : 0;
        if (arity == 0)
            return fail(QStringLiteral("unknown function '%1'").arg(function));
        ++m_pos; // '('
        auto node = std::make_shared<Expression::Node>();
        node->kind = Kind::Call;
        node->name = function;
        for (int i = 0; i < arity; ++i) {
            if (i > 0 && !expect(QLatin1Char(',')))
                return nullptr;
            NodePtr argument = sum();
            if (!argument)
                return nullptr;
            node->children.push_back(argument);
        }
        if (!expect(QLatin1Char(')')))
            return nullptr;
        return node;
    }

    NodePtr binary(const QString &op, const NodePtr &left, const NodePtr &right)
    {
        if (!left || !right)
            return nullptr;
        auto node = std::make_shared<Expression::Node>();
        node->kind = Kind::Binary;
        node->name = op;
        node->children = {left, right};
        return node;
    }

    bool expect(QChar c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        fail(QStringLiteral("expected '%1'").arg(c));
        return false;
    }
    bool peekAny(const QString &chars) const { return m_pos < m_text.size() && chars.contains(m_text.at(m_pos)); }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    NodePtr fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 at column %2").arg(message).arg(m_pos + 1);
        return nullptr;
    }

    const QString &m_text;
    int m_pos = 0;
    QString m_error;
};

std::optional<double> evaluateNode(const Expression::Node &node, const VariableLookup &lookup)
{
    switch (node.kind) {
    case Kind::Number:
        return node.number;
    case Kind::Variable:
        return lookup(node.name);
    case Kind::Unary: {
        const auto value = evaluateNode(*node.children[0], lookup);
        return value ? std::optional<double>(-*value) : std::nullopt;
    }
    case Kind::Call:
    case Kind::Binary:
        break;
    }
    std::vector<double> args;
    for (const auto &child : node.children) {
        const auto value = evaluateNode(*child, lookup);
        if (!value)
            return std::nullopt;
        args.push_back(*value);
    }
    const QString &op = node.name;
    if (node.kind == Kind::Call) {
        if (op == QLatin1String("abs"))
            return std::abs(args[0]);
        return op == QLatin1String("min") ? std::min(args[0], args[1]) : std::max(args[0], args[1]);
    }
    const double a = args[0], b = args[1];
    if (op == QLatin1String("+")) return a + b;
    if (op == QLatin1String("-")) return a - b;
    if (op == QLatin1String("*")) return a * b;
    if (op == QLatin1String("/")) return b == 0.0 ? std::nullopt : std::optional<double>(a / b);
    if (op == QLatin1String("<")) return a < b ? 1.0 : 0.0;
    if (op == QLatin1String("<=")) return a <= b ? 1.0 : 0.0;
    if (op == QLatin1String(">")) return a > b ? 1.0 : 0.0;
    if (op == QLatin1String(">=")) return a >= b ? 1.0 : 0.0;
    if (op == QLatin1String("==")) return a == b ? 1.0 : 0.0;
    return a != b ? 1.0 : 0.0;
}

void collectVariables(const Expression::Node &node, QStringList &names)
{
    if (node.kind == Kind::Variable && !names.contains(node.name))
        names.append(node.name);
    for (const auto &child : node.children)
        collectVariables(*child, names);
}

} // namespace

Expression Expression::parse(const QString &text, QString *error)
{
    Parser parser(text);
    Expression expression;
    expression.m_text = text;
    expression.m_root = parser.parseAll();
    if (error)
        *error = expression.m_root ? QString() : parser.error();
    return expression;
}

bool Expression::isCondition() const
{
    return m_root && m_root->kind == Kind::Binary && kComparisons.contains(m_root->name);
}

QStringList Expression::variables() const
{
    QStringList names;
    if (m_root)
        collectVariables(*m_root, names);
    return names;
}

std::optional<double> Expression::evaluate(const VariableLookup &lookup) const
{
    if (!m_root)
        return std::nullopt;
    const auto value = evaluateNode(*m_root, lookup);
    if (!value || !std::isfinite(*value))
        return std::nullopt;
    return value;
}

std::optional<bool> Expression::holds(const VariableLookup &lookup) const
{
    const auto value = evaluate(lookup);
    return value ? std::optional<bool>(*value != 0.0) : std::nullopt;
}
