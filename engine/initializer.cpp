#include "initializer.h"

#include <cmath>

namespace engine {

namespace {
struct InitializerName {
    Initializer init;
    const char *id;
};
constexpr InitializerName kNames[] = {
    {Initializer::PlaygroundUniform, "playground"},
    {Initializer::Xavier, "xavier"},
    {Initializer::He, "he"},
    {Initializer::Zeros, "zeros"},
};
} // namespace

const char *initializerId(Initializer init)
{
    for (const auto &name : kNames)
        if (name.init == init)
            return name.id;
    return "playground";
}

bool initializerFromId(const std::string &id, Initializer &init)
{
    for (const auto &name : kNames) {
        if (id == name.id) {
            init = name.init;
            return true;
        }
    }
    return false;
}

double drawWeight(Initializer init, int fanIn, int fanOut, Random &random)
{
    switch (init) {
    case Initializer::PlaygroundUniform:
        return random.uniform(-0.5, 0.5);
    case Initializer::Xavier: {
        const double r = std::sqrt(6.0 / static_cast<double>(fanIn + fanOut));
        return random.uniform(-r, r);
    }
    case Initializer::He:
        return random.normal(0.0, 2.0 / static_cast<double>(fanIn > 0 ? fanIn : 1));
    case Initializer::Zeros:
        return 0.0;
    }
    return 0.0;
}

double initialBias(Initializer init)
{
    return init == Initializer::PlaygroundUniform ? 0.1 : 0.0;
}

} // namespace engine
