#pragma once
/**
 * @file placeholdertext.h
 * PlaceholderText: fills `{variable}` placeholders in lesson text with the student's own numbers
 * (CURRICULUM R10: answers that depend on the run are read from the student's screen), and
 * checks a list of conditions against the same variables.
 */
#include "expression.h"

#include <QList>
#include <QString>

class PlaceholderText {
public:
    /// `text` with every `{name}` replaced by its value (whole numbers without decimals, others
    /// with 3 significant digits), or "—" while the value is unknown.
    static QString expand(const QString &text, const VariableLookup &variables);
    /// True when every condition holds; false when one fails or cannot be evaluated yet.
    static bool allHold(const QList<Expression> &conditions, const VariableLookup &variables);
};
