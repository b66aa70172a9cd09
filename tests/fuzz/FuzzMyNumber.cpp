// 個人番号: validateMyNumber and myNumberCheckDigit against an independent check digit.
#include "core/validation/MyNumber.h"
#include "core/validation/NumericIdentifier.h"
#include "tests/fuzz/FuzzSupport.h"

namespace {

// Written from the rule (番号法施行令 §8), not from core: Pn × Qn over the 11 digits from the
// right, Qn = n + 1 for n ≤ 6 and n − 5 otherwise; 11 − (Σ mod 11), or 0 when Σ mod 11 ≤ 1.
int referenceCheckDigit(const QString& elevenDigits)
{
    int sum = 0;
    for (int n = 1; n <= 11; ++n) {
        const int p = elevenDigits.at(11 - n).unicode() - u'0';
        const int q = n <= 6 ? n + 1 : n - 5;
        sum += p * q;
    }
    return sum % 11 <= 1 ? 0 : 11 - sum % 11;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kohi;
    const QString input = fuzz::textOf(data, size);
    const ValidationResult result = validateMyNumber(input);

    if (result.isOk()) {
        // Ok carries exactly 12 ASCII digits whose check digit is right.
        KOHI_FUZZ_CHECK(result.normalized.size() == 12 && fuzz::allAsciiDigits(result.normalized));
        KOHI_FUZZ_CHECK(referenceCheckDigit(result.normalized.first(11)) ==
                        result.normalized.at(11).unicode() - u'0');
        // The stored form validates to itself.
        const ValidationResult again = validateMyNumber(result.normalized);
        KOHI_FUZZ_CHECK(again.isOk() && again.normalized == result.normalized);
    } else {
        KOHI_FUZZ_CHECK(result.isError() && !result.message.isEmpty());
        KOHI_FUZZ_CHECK(result.normalized.isEmpty());
    }
    KOHI_FUZZ_CHECK(!result.isWarning());

    // A message never repeats the number: no run of 8 or more typed digits appears in it.
    const QString digits = normalizeIdentifierDigits(input);
    if (digits.size() >= 8 && fuzz::allAsciiDigits(digits))
        KOHI_FUZZ_CHECK(!result.message.contains(digits.left(8)));

    // The check digit function agrees with the reference on any 11 ASCII digits.
    const QString ascii =
        QString::fromLatin1(reinterpret_cast<const char*>(data), qsizetype(size < 11 ? size : 11));
    if (ascii.size() == 11 && fuzz::allAsciiDigits(ascii)) {
        KOHI_FUZZ_CHECK(myNumberCheckDigit(ascii) == referenceCheckDigit(ascii));
        // and the 12 digits it completes are accepted.
        KOHI_FUZZ_CHECK(
            validateMyNumber(ascii + QString::number(referenceCheckDigit(ascii))).isOk());
    } else {
        KOHI_FUZZ_CHECK(!myNumberCheckDigit(ascii).has_value());
    }
    return 0;
}
