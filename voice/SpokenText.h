#pragma once

#include <QString>

namespace linli {

// What a prompt on screen becomes before espeak-ng reads it: the screen's
// text is written for the eye, espeak reads some of it wrongly.
//  - codes (A123, a pickup code 4768) digit by digit, not as a number;
//  - prices as whole yuan (7.00元 is otherwise 七零零元);
//  - 2 before a measure word as 两 (2个 -> 两个);
//  - words its Mandarin dictionary misreads, in tone-numbered pinyin;
//  - symbols that are only for the eye (✓ ‹ …) dropped.
// English prompts get the code and price rules only.
QString spokenText(const QString &text, bool english);

} // namespace linli
