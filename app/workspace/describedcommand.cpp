#include "describedcommand.h"

DescribedCommand::DescribedCommand(Description description) : m_description(std::move(description))
{
    retranslate();
}

void DescribedCommand::retranslate()
{
    setText(m_description ? m_description() : QString());
}
