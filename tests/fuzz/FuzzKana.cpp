// カナ氏名: normalizeKana, validateKanaName and the import's kanaMatchKey.
#include "core/import/KanaMatchKey.h"
#include "core/validation/KanaName.h"
#include "tests/fuzz/FuzzSupport.h"

namespace {

bool allowedInKanaName(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x30A1 && u <= 0x30F6) || u == 0x30FC || u == 0x30FB || u == 0x3000;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kohi;
    const QString input = fuzz::textOf(data, size);

    // The normaliser is idempotent, and leaves at most single U+3000 between non-space text.
    const QString normalized = normalizeKana(input);
    KOHI_FUZZ_CHECK(normalizeKana(normalized) == normalized);
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QChar c = normalized.at(i);
        if (!c.isSpace())
            continue;
        KOHI_FUZZ_CHECK(c.unicode() == 0x3000);
        KOHI_FUZZ_CHECK(i > 0 && i + 1 < normalized.size() && !normalized.at(i + 1).isSpace());
    }

    // The validator accepts exactly the normalised names made only of allowed characters.
    const ValidationResult result = validateKanaName(input);
    KOHI_FUZZ_CHECK(!result.isWarning());
    bool allAllowed = !normalized.isEmpty();
    for (const QChar c : normalized)
        allAllowed = allAllowed && allowedInKanaName(c);
    KOHI_FUZZ_CHECK(result.isOk() == allAllowed);
    if (result.isOk()) {
        KOHI_FUZZ_CHECK(result.normalized == normalized);
        const ValidationResult again = validateKanaName(result.normalized);
        KOHI_FUZZ_CHECK(again.isOk() && again.normalized == result.normalized);
    } else {
        KOHI_FUZZ_CHECK(!result.message.isEmpty() && result.normalized.isEmpty());
    }

    // The match key has no space of any kind. Without combining marks it is its own key; with
    // them it need not be: NFKC turns a spacing ゛ back into U+3099 and reorders it among other
    // marks (a stray mark in a file's kana only ever fails to match, which sends the row to
    // review).
    const QString key = juki::kanaMatchKey(input);
    bool marks = false;
    for (const QChar c : key) {
        KOHI_FUZZ_CHECK(!c.isSpace());
        marks = marks || c.isMark();
    }
    if (!marks)
        KOHI_FUZZ_CHECK(juki::kanaMatchKey(key) == key);
    // A valid name keys as the server keys the register (NFKC, spaces removed): itself, unspaced.
    if (result.isOk()) {
        QString unspaced = result.normalized;
        unspaced.remove(QChar(0x3000));
        KOHI_FUZZ_CHECK(juki::kanaMatchKey(result.normalized) == unspaced);
        KOHI_FUZZ_CHECK(juki::kanaMatchKey(input) == unspaced ||
                        input.normalized(QString::NormalizationForm_KC) != input);
    }
    return 0;
}
