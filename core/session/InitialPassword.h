#pragma once

#include <QString>

namespace kohi {

// A one-time initial password for a new or reset account: 16 characters from an alphabet
// without look-alikes (0/O, 1/l/I), always containing all four character kinds, so it satisfies
// any policy an administrator can set. Shown once; the user must change it at first login.
QString generateInitialPassword(int length = 16);

} // namespace kohi
