#include "targets.h"

#include <stdexcept>
#include <string>

namespace engine {

namespace {

// Which encodings fit which task: see targets.h and CURRICULUM §7 D2.
void checkEncoding(const Dataset &data, TargetEncoding encoding)
{
    switch (data.task) {
    case Task::Regression:
        if (encoding != TargetEncoding::Value)
            throw std::invalid_argument("a regression data set needs the Value target encoding");
        return;
    case Task::MultiClass:
        if (encoding != TargetEncoding::OneHot)
            throw std::invalid_argument("a multi-class data set needs the one-hot target encoding");
        return;
    case Task::Binary:
        if (encoding == TargetEncoding::Value)
            throw std::invalid_argument("a binary data set needs a +1/-1, 0/1 or one-hot target encoding");
        return;
    }
}

} // namespace

int outputCount(const Dataset &data, TargetEncoding encoding)
{
    checkEncoding(data, encoding);
    return encoding == TargetEncoding::OneHot ? data.classCount : 1;
}

Eigen::MatrixXf encodeTargets(const Dataset &data, const std::vector<int> &samples, TargetEncoding encoding)
{
    const int outputs = outputCount(data, encoding);
    Eigen::MatrixXf targets = Eigen::MatrixXf::Zero(outputs, static_cast<Eigen::Index>(samples.size()));
    for (std::size_t j = 0; j < samples.size(); ++j) {
        const int s = samples[j];
        if (s < 0 || s >= data.size())
            throw std::out_of_range("sample index " + std::to_string(s) + " outside the data set of "
                                    + std::to_string(data.size()));
        const auto col = static_cast<Eigen::Index>(j);
        if (encoding == TargetEncoding::Value) {
            targets(0, col) = static_cast<float>(data.values(s));
            continue;
        }
        const int c = data.classes[static_cast<std::size_t>(s)];
        if (c < 0 || c >= data.classCount)
            throw std::invalid_argument("sample " + std::to_string(s) + " has class " + std::to_string(c)
                                        + ", outside 0.." + std::to_string(data.classCount - 1));
        if (encoding == TargetEncoding::OneHot)
            targets(c, col) = 1.0f;
        else if (c == 1)
            targets(0, col) = 1.0f;
        else
            targets(0, col) = encoding == TargetEncoding::PlusMinusOne ? -1.0f : 0.0f;
    }
    return targets;
}

} // namespace engine
