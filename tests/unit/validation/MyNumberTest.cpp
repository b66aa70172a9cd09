#include "core/validation/MyNumber.h"

#include "ValidationTestSupport.h"
#include "core/validation/MyNumberMask.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using kohi::ValidationResult;

namespace {

struct CheckDigitCase
{
    const char16_t* base;
    int checkDigit;
};

struct InputCase
{
    const char16_t* input;
    const char16_t* expected;
};

// True when `message` repeats any run of 3 or more of the typed digits (or the whole number).
bool leaksDigits(const QString& message, const QString& digits)
{
    for (qsizetype i = 0; i + 3 <= digits.size(); ++i) {
        if (message.contains(digits.mid(i, 3))) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("My Number check digit matches REFERENCE §2", "[validation][mynumber]")
{
    const auto c = GENERATE(values<CheckDigitCase>({
        {u"12345678901", 8}, // r = 3
        {u"31415926535", 2}, // r = 9
        {u"14142135623", 0}, // r = 0
        {u"27182818284", 0}, // r = 1: the classic bug emits 10 here
        {u"00000000000", 0},
        {u"99999999999", 6},
    }));
    CAPTURE(QString::fromUtf16(c.base));
    CHECK(kohi::myNumberCheckDigit(c.base) == c.checkDigit);
}

TEST_CASE("My Number check digit needs exactly 11 ASCII digits", "[validation][mynumber]")
{
    CHECK_FALSE(kohi::myNumberCheckDigit(u"1234567890").has_value());
    CHECK_FALSE(kohi::myNumberCheckDigit(u"123456789012").has_value());
    CHECK_FALSE(kohi::myNumberCheckDigit(u"1234567890A").has_value());
    CHECK_FALSE(kohi::myNumberCheckDigit(u"１２３４５６７８９０１").has_value());
    CHECK_FALSE(kohi::myNumberCheckDigit(u"").has_value());
}

TEST_CASE("Valid My Numbers are accepted and normalised", "[validation][mynumber]")
{
    const auto c = GENERATE(values<InputCase>({
        {u"123456789018", u"123456789018"},
        {u"314159265352", u"314159265352"},
        {u"141421356230", u"141421356230"},
        {u"271828182840", u"271828182840"},
        {u"１２３４５６７８９０１８", u"123456789018"},
        {u"1234 5678 9018", u"123456789018"},
        {u"1234-5678-9018", u"123456789018"},
        {u"１２３４－５６７８－９０１８", u"123456789018"},
        {u"１２３４\u3000５６７８\u3000９０１８", u"123456789018"},
        {u"1234\u20105678\u20119018", u"123456789018"},
        {u"1234\u20125678\u20139018", u"123456789018"},
        {u"1234\u22125678\u22129018", u"123456789018"},
        {u"  1234 5678 9018 \u3000", u"123456789018"}, // spaces around the number
        {u"1234５６７８9018", u"123456789018"},
    }));
    const QString input = QString::fromUtf16(c.input);
    CAPTURE(input);
    const ValidationResult r = kohi::validateMyNumber(input);
    CHECK(r.status == ValidationResult::Status::Ok);
    CHECK(r.normalized == QString::fromUtf16(c.expected));
    CHECK(r.message.isEmpty());
}

constexpr const char16_t* kSeparatorRule =
    u"個人番号の区切りには、4桁ごとに空白かハイフンを1つだけ使えます。";

TEST_CASE("My Number errors say what is wrong", "[validation][mynumber]")
{
    const auto c = GENERATE(values<InputCase>({
        {u"", u"個人番号が入力されていません。"},
        {u" \u3000- ", u"個人番号が入力されていません。"},
        {u"12345678901", u"個人番号は12桁です（入力は11桁）。"},
        {u"1234567890189", u"個人番号は12桁です（入力は13桁）。"},
        {u"１２３４５", u"個人番号は12桁です（入力は5桁）。"},
        {u"12345678901A",
         u"個人番号に数字以外の文字「A」が含まれています。数字12桁で入力してください。"},
        {u"1234ー5678ー9018",
         u"個人番号に数字以外の文字「ー」が含まれています。数字12桁で入力してください。"},
        {u"1234.5678.9018",
         u"個人番号に数字以外の文字「.」が含まれています。数字12桁で入力してください。"},
        {u"1234\u200B56789018",
         u"個人番号に見えない文字（U+200B）が含まれています。数字12桁で入力してください。"},
        {u"①23456789018",
         u"個人番号に使用できない数字が含まれています。数字12桁で入力してください。"},
        {u"\u0661\u0662\u0663456789018",
         u"個人番号に使用できない数字が含まれています。数字12桁で入力してください。"},
        {u"123456789019", u"個人番号のチェックデジットが一致しません。番号を確認してください。"},
        {u"141421356231", u"個人番号のチェックデジットが一致しません。番号を確認してください。"},
        {u"2718 2818 284X",
         u"個人番号に数字以外の文字「X」が含まれています。数字12桁で入力してください。"},
        // REFERENCE §2: one space or hyphen between the 4-4-4 groups, and nowhere else.
        {u"-123456789018", kSeparatorRule},
        {u"123456789018-", kSeparatorRule},
        {u"1234--5678-9018", kSeparatorRule},
        {u"1234 -5678 9018", kSeparatorRule},
        {u"12 3456 789018", kSeparatorRule},
        {u"123-456-789-018", kSeparatorRule},
        {u"1234 5678 9018 -", kSeparatorRule},
        {u"1234\t5678\t9018",
         u"個人番号に見えない文字（U+0009）が含まれています。数字12桁で入力してください。"},
        {u"123456789018\n",
         u"個人番号に見えない文字（U+000A）が含まれています。数字12桁で入力してください。"},
        {u"1234 5678\r\n9018",
         u"個人番号に見えない文字（U+000D）が含まれています。数字12桁で入力してください。"},
        {u"123456789018\uFEFF", // (a leading BOM is taken away by fromUtf16 itself)
         u"個人番号に見えない文字（U+FEFF）が含まれています。数字12桁で入力してください。"},
    }));
    const QString input = QString::fromUtf16(c.input);
    CAPTURE(input);
    const ValidationResult r = kohi::validateMyNumber(input);
    CHECK(r.status == ValidationResult::Status::Error);
    CHECK(r.message == QString::fromUtf16(c.expected));
    CHECK(r.normalized.isEmpty());
}

TEST_CASE("My Number messages never contain the typed digits", "[validation][mynumber]")
{
    const auto input =
        GENERATE(as<QString>{}, u"123456789019"_s, u"１２３４５６７８９０１９"_s, u"98765432109"_s,
                 u"987654321098765"_s, u"9876-5432-10A8"_s, u"9876 5432 1098"_s);
    CAPTURE(input);
    const ValidationResult r = kohi::validateMyNumber(input);
    REQUIRE(r.isError());
    CHECK_FALSE(leaksDigits(r.message, input));
    // Apart from the length counts, no digit of any script appears.
    QString withoutLengths = r.message;
    withoutLengths.remove(QRegularExpression(u"12桁|（入力は[0-9]+桁）"_s));
    CHECK_FALSE(withoutLengths.contains(QRegularExpression(u"\\d"_s)));
}

TEST_CASE("My Number mask reveals neither digits nor length", "[validation][mynumber][mask]")
{
    CHECK(kohi::maskMyNumber() == u"●●●● ●●●● ●●●●"_s);
    CHECK_FALSE(kohi::maskMyNumber().contains(QRegularExpression(u"\\d"_s)));
}
