#include "studentanswer.h"

#include <QSet>

#include <cmath>

bool StudentAnswer::matches(const LessonQuestion &q, const VariableLookup &lookup, std::optional<double> *expected) const
{
    switch (q.type) {
    case LessonQuestion::Type::Choice:
    case LessonQuestion::Type::Order:
        return ids == q.answerIds;
    case LessonQuestion::Type::Multi:
        return QSet<QString>(ids.begin(), ids.end()) == QSet<QString>(q.answerIds.begin(), q.answerIds.end());
    case LessonQuestion::Type::Sort:
        return sort == q.sortAnswer;
    case LessonQuestion::Type::Number: {
        const std::optional<double> want = q.hasLiveAnswer() ? q.live.evaluate(lookup) : std::optional<double>(q.number);
        if (expected)
            *expected = want;
        // Half a unit in the last shown digit is forgiven even with tolerance 0 (0.3855 typed
        // for 0.38550000001).
        return want && number && std::abs(*number - *want) <= q.tolerance + 1e-9 * std::max(1.0, std::abs(*want));
    }
    case LessonQuestion::Type::Free:
        return true;
    }
    return false;
}
