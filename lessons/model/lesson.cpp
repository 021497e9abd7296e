#include "lesson.h"

const LessonText &Lesson::text(const QString &language) const
{
    const auto found = texts.find(language);
    if (found != texts.end())
        return *found;
    static const LessonText empty;
    const auto english = texts.find(QStringLiteral("en"));
    return english != texts.end() ? *english : empty;
}

int Lesson::stepIndex(const QString &stepId) const
{
    for (int i = 0; i < steps.size(); ++i)
        if (steps[i].id == stepId)
            return i;
    return -1;
}

PresetState Lesson::stateAt(int index) const
{
    PresetState state = PresetState::defaults();
    state.apply(preset);
    for (int i = 0; i <= index && i < steps.size(); ++i) {
        if (steps[i].reset) {
            state = PresetState::defaults();
            state.apply(preset);
        }
        state.apply(steps[i].set);
        if (i < index)
            state.apply(steps[i].solution);
    }
    return state;
}
