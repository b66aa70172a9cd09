#include "core/import/KanaMatchKey.h"

#include "core/validation/KanaName.h"

namespace kohi::juki {

QString kanaMatchKey(QStringView kana)
{
    QString key = normalizeKana(kana.toString().normalized(QString::NormalizationForm_KC));
    key.removeIf([](QChar c) { return c.isSpace() || c == QChar(0x3000); });
    // A removed space can leave a combining mark beside a base it now composes with (o, FF,
    // U+0300): compose again so the key is canonical, its own key (found by tests/fuzz/FuzzKana).
    // Kana are unaffected: normalizeKana has already turned their voicing marks into spacing ones.
    return key.normalized(QString::NormalizationForm_C);
}

} // namespace kohi::juki
