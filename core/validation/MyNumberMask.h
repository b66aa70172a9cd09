#pragma once

#include <QString>

namespace kohi {

// What views show instead of a My Number: 「●●●● ●●●● ●●●●」. It takes no argument on purpose:
// the mask reveals neither digits nor length, and callers never need the plaintext to draw it.
QString maskMyNumber();

} // namespace kohi
