#pragma once

#include <QString>

namespace linli {

// The first letter of a name's surname in pinyin, as a community office
// files its roll (张 Z, 单 S, 曾 Z, 区 O): how staff find a person on the
// people desk without typing Chinese. An empty text for a surname the table
// does not know (the desk lists those under 其他).
QString surnameInitial(const QString &name);

} // namespace linli
