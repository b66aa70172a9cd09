#include "core/validation/MyNumberMask.h"

using namespace Qt::StringLiterals;

namespace kohi {

QString maskMyNumber()
{
    return u"●●●● ●●●● ●●●●"_s;
}

} // namespace kohi
