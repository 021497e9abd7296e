#include "digits.h"

#include <cstring>
#include <stdexcept>
#include <string>

namespace engine {

namespace {

// Value of one pixel character ('0'..'9' -> 0..9, 'a'..'g' -> 10..16), or -1 if not one.
int pixelValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'g')
        return 10 + (c - 'a');
    return -1;
}

[[noreturn]] void badRow(int row, const std::string &why)
{
    throw std::invalid_argument("digits data, row " + std::to_string(row + 1) + ": " + why);
}

} // namespace

Dataset decodeDigits(const char *const *rows, int count)
{
    Dataset data;
    data.task = Task::MultiClass;
    data.classCount = kDigitsClasses;
    data.inputs.resize(kDigitsPixels, count);
    data.classes.resize(static_cast<std::size_t>(count));
    for (int j = 0; j < count; ++j) {
        const char *row = rows[j];
        if (row == nullptr || std::strlen(row) != kDigitsPixels + 1)
            badRow(j, "expected 64 pixel characters and a label digit");
        for (int p = 0; p < kDigitsPixels; ++p) {
            const int value = pixelValue(row[p]);
            if (value < 0)
                badRow(j, "pixel " + std::to_string(p) + " is not one of 0123456789abcdefg");
            data.inputs(p, j) = value / 16.0;
        }
        const char label = row[kDigitsPixels];
        if (label < '0' || label > '9')
            badRow(j, "the label is not a digit");
        data.classes[static_cast<std::size_t>(j)] = label - '0';
    }
    return data;
}

Dataset loadDigits() { return decodeDigits(detail::kDigitsRows, detail::kDigitsRowCount); }

} // namespace engine
