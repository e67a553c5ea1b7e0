#pragma once

#include <QString>

namespace bench {

// The voice: from asking for a prompt to its first samples at the audio
// output (cold: with the module and espeak-ng loading; warm: each later
// screen), and the longest stall of the GUI thread while prompts are made.
void benchVoice(int runs, const QString &moduleDir);

} // namespace bench
