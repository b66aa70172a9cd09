// 公費負担者番号, 保険者番号, 受給者番号 (every policy), 地方公共団体コード and the shared Luhn
// check digit, each against an independent reimplementation of its check digit.
#include "core/validation/InsurerNumber.h"
#include "core/validation/LocalGovernmentCode.h"
#include "core/validation/Luhn.h"
#include "core/validation/NumericIdentifier.h"
#include "core/validation/PublicPayerNumber.h"
#include "core/validation/RecipientNumber.h"
#include "core/validation/ValidateByKind.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace Qt::StringLiterals;
using kohi::ValidationResult;

namespace {

int digit(const QString& s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

// Modulus 10, weights 2 and 1 from the right of the data digits, digit sum of each product.
bool referenceLuhnValid(const QString& digits)
{
    if (digits.size() < 2)
        return false;
    int sum = 0;
    for (qsizetype k = 1; k < digits.size(); ++k) { // k-th data digit from the right
        const int product = digit(digits, digits.size() - 1 - k) * (k % 2 == 1 ? 2 : 1);
        sum += product > 9 ? product - 9 : product;
    }
    return (sum + digit(digits, digits.size() - 1)) % 10 == 0;
}

// 地方公共団体コード: weights 6..2 over five digits, 11 − (Σ mod 11), last digit of that.
bool referenceLgCodeValid(const QString& digits)
{
    int sum = 0;
    for (int i = 0; i < 5; ++i)
        sum += digit(digits, i) * (6 - i);
    const int check = 11 - sum % 11;
    return (check >= 10 ? check - 10 : check) == digit(digits, 5);
}

// What a validator must say, given whether the digits have an accepted length and pass the check.
void checkOutcome(const ValidationResult& result, const QString& digits, bool wellFormed,
                  bool checkOk, bool mayEchoDigits = false)
{
    if (result.isOk()) {
        KOHI_FUZZ_CHECK(wellFormed && checkOk && result.normalized == digits);
    } else {
        KOHI_FUZZ_CHECK(result.isError() && !result.message.isEmpty());
        KOHI_FUZZ_CHECK(!(wellFormed && checkOk));
    }
    // Messages never repeat a run of typed digits.
    if (!mayEchoDigits && digits.size() >= 6 && kohi::fuzz::allAsciiDigits(digits))
        KOHI_FUZZ_CHECK(!result.message.contains(digits.left(6)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kohi;
    const QString input = fuzz::textOf(data, size);
    const QString digits = normalizeIdentifierDigits(input);
    const bool ascii = !digits.isEmpty() && fuzz::allAsciiDigits(digits);
    const qsizetype n = digits.size();
    const bool luhn = ascii && referenceLuhnValid(digits);

    // The shared Luhn helpers against the reference.
    if (ascii) {
        KOHI_FUZZ_CHECK(hasValidLuhnCheckDigit(digits) == luhn);
        const std::optional<int> check = luhnCheckDigit(digits);
        KOHI_FUZZ_CHECK(check.has_value() && *check >= 0 && *check <= 9);
        KOHI_FUZZ_CHECK(referenceLuhnValid(digits + QString::number(*check)));
    } else {
        KOHI_FUZZ_CHECK(!hasValidLuhnCheckDigit(digits));
        KOHI_FUZZ_CHECK(!luhnCheckDigit(digits).has_value());
    }

    checkOutcome(validatePublicPayerNumber(input), digits, ascii && n == 8, luhn);
    checkOutcome(validateInsurerNumber(input), digits, ascii && (n == 8 || n == 6), luhn);

    // 受給者番号: the policy decides only what a check-digit mismatch is.
    const ValidationResult enforce =
        validateRecipientNumber(input, RecipientCheckDigitPolicy::Enforce);
    checkOutcome(enforce, digits, ascii && n == 7, luhn);
    const ValidationResult ignore =
        validateRecipientNumber(input, RecipientCheckDigitPolicy::Ignore);
    checkOutcome(ignore, digits, ascii && n == 7, true);
    const ValidationResult warn = validateRecipientNumber(input, RecipientCheckDigitPolicy::Warn);
    if (ascii && n == 7 && !luhn) {
        KOHI_FUZZ_CHECK(warn.isWarning() && warn.normalized == digits && !warn.message.isEmpty());
    } else {
        KOHI_FUZZ_CHECK(warn.status == enforce.status && warn.normalized == enforce.normalized);
    }

    // 地方公共団体コード: a 5-digit code is refused with the full code suggested (it may echo).
    const ValidationResult lg = validateLocalGovernmentCode(input);
    const bool lgWellFormed = ascii && n == 6;
    checkOutcome(lg, digits, lgWellFormed, lgWellFormed && referenceLgCodeValid(digits), true);
    if (ascii && n == 5) {
        const std::optional<int> check = localGovernmentCodeCheckDigit(digits);
        KOHI_FUZZ_CHECK(check.has_value());
        KOHI_FUZZ_CHECK(referenceLgCodeValid(digits + QString::number(*check)));
        KOHI_FUZZ_CHECK(lg.isError() && lg.message.contains(digits + QString::number(*check)));
    }

    // The payer number's parts are split only from a well-formed number.
    const QString law = publicPayerLawCode(digits);
    KOHI_FUZZ_CHECK(law.isEmpty() == !(ascii && n == 8));
    if (!law.isEmpty())
        KOHI_FUZZ_CHECK(law + publicPayerPrefectureCode(digits) + publicPayerAgencyCode(digits) ==
                        digits.left(7));

    // validateByKind names the same validators.
    const auto byKind = validateByKind(u"kohi", input);
    KOHI_FUZZ_CHECK(byKind && byKind->status == validatePublicPayerNumber(input).status);
    const auto jukyusha = validateByKind(u"jukyusha", input);
    KOHI_FUZZ_CHECK(jukyusha && jukyusha->status == warn.status);
    return 0;
}
