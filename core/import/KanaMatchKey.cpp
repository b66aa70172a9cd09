#include "core/import/KanaMatchKey.h"

#include "core/validation/KanaName.h"

namespace kohi::juki {

QString kanaMatchKey(QStringView kana)
{
    QString key = normalizeKana(kana.toString().normalized(QString::NormalizationForm_KC));
    key.removeIf([](QChar c) { return c.isSpace() || c == QChar(0x3000); });
    return key;
}

} // namespace kohi::juki
