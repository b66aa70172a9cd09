#include "core/validation/Luhn.h"

#include "ValidationTestSupport.h"

TEST_CASE("Luhn check digit over the data digits", "[validation][luhn]")
{
    CHECK(kohi::luhnCheckDigit(u"8813445") == 7);
    CHECK(kohi::luhnCheckDigit(u"3312001") == 5);
    CHECK(kohi::luhnCheckDigit(u"5426501") == 2);
    CHECK(kohi::luhnCheckDigit(u"5219601") == 1);
    CHECK(kohi::luhnCheckDigit(u"7992739871") == 3); // the textbook Luhn example
    CHECK(kohi::luhnCheckDigit(u"0") == 0);
    CHECK(kohi::luhnCheckDigit(u"5") == 9);      // 5×2 = 10 → 1+0 = 1 → 9
    CHECK(kohi::luhnCheckDigit(u"000000") == 0); // (10 − 0) mod 10, not 10
}

TEST_CASE("Luhn rejects non-digit data", "[validation][luhn]")
{
    CHECK_FALSE(kohi::luhnCheckDigit(u"").has_value());
    CHECK_FALSE(kohi::luhnCheckDigit(u"12a4").has_value());
    CHECK_FALSE(kohi::luhnCheckDigit(u"８８１３４４５").has_value());
}

TEST_CASE("Luhn verifies a number ending in its check digit", "[validation][luhn]")
{
    CHECK(kohi::hasValidLuhnCheckDigit(u"88134457"));
    CHECK_FALSE(kohi::hasValidLuhnCheckDigit(u"88134458"));
    CHECK_FALSE(kohi::hasValidLuhnCheckDigit(u"7"));
    CHECK_FALSE(kohi::hasValidLuhnCheckDigit(u""));
    CHECK_FALSE(kohi::hasValidLuhnCheckDigit(u"8813445x"));
}
