#include "core/validation/MyNumber.h"

#include "core/validation/NumericIdentifier.h"

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace kohi {

std::optional<int> myNumberCheckDigit(QStringView base)
{
    if (!isAsciiDigits(base, 11)) {
        return std::nullopt;
    }
    static constexpr std::array<int, 11> weights{6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (qsizetype i = 0; i < 11; ++i) {
        sum += digitAt(base, i) * weights[std::size_t(i)];
    }
    const int remainder = sum % 11;
    // Remainder 1 would give 10, which is not a digit: the rule maps both 0 and 1 to 0.
    return remainder <= 1 ? 0 : 11 - remainder;
}

namespace {

bool isDigitOfEitherWidth(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'\uFF10' && c <= u'\uFF19');
}

// REFERENCE §2 allows one space or hyphen between the 4-4-4 groups, nothing else: no leading or
// trailing hyphen, no doubled separator, no TAB, line break or other invisible character (what
// a paste from a document or a spreadsheet cell brings along). Spaces around the whole number
// are ignored. Characters that are neither digits nor separators are left to the numeric check,
// which names them.
std::optional<QString> separatorProblem(QStringView input)
{
    const auto isBlank = [](char16_t c) { return c == u' ' || c == u'\u3000'; };
    qsizetype first = 0;
    qsizetype last = input.size();
    while (first < last && isBlank(input.at(first).unicode()))
        ++first;
    while (last > first && isBlank(input.at(last - 1).unicode()))
        --last;
    int digits = 0;
    bool afterSeparator = false;
    for (qsizetype i = first; i < last; ++i) {
        const char16_t c = input.at(i).unicode();
        if (isDigitOfEitherWidth(c)) {
            ++digits;
            afterSeparator = false;
        } else if (isBlank(c) || isIdentifierHyphen(c)) {
            if ((digits != 4 && digits != 8) || afterSeparator || i + 1 == last)
                return u"個人番号の区切りには、4桁ごとに空白かハイフンを1つだけ使えます。"_s;
            afterSeparator = true;
        } else if (input.at(i).isSpace()) {
            return u"個人番号に%1が含まれています。数字12桁で入力してください。"_s.arg(
                describeRejectedCharacter(input, i));
        }
    }
    return std::nullopt;
}

} // namespace

ValidationResult validateMyNumber(QStringView input)
{
    const NumericIdentifierFormat format{u"個人番号"_s, {12}, u"12桁"_s};
    if (normalizeIdentifierDigits(input).isEmpty())
        return checkNumericIdentifier(input, format); // 入力されていません
    if (const std::optional<QString> problem = separatorProblem(input))
        return ValidationResult::error(*problem);
    ValidationResult result = checkNumericIdentifier(input, format);
    if (result.isError()) {
        return result;
    }
    const QStringView digits = result.normalized;
    if (myNumberCheckDigit(digits.first(11)) != digitAt(digits, 11)) {
        return ValidationResult::error(
            u"個人番号のチェックデジットが一致しません。番号を確認してください。"_s);
    }
    return result;
}

} // namespace kohi
