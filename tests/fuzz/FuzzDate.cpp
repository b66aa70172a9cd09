// Dates as typed (西暦 and 和暦): parseJapaneseDate and its normaliser, with round trips through
// every format the application writes.
#include "core/validation/JapaneseDate.h"
#include "core/validation/JapaneseEra.h"
#include "core/validation/ValidateByKind.h"
#include "tests/fuzz/FuzzSupport.h"

namespace {

// ASCII → full width (what an IME in full-width mode types); the parser must not care.
QString toFullWidth(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.unicode() >= 0x21 && c.unicode() <= 0x7E)
            c = QChar(char16_t(c.unicode() + 0xFEE0));
    }
    return out;
}

void checkParsesTo(const QString& text, QDate expected)
{
    const kohi::ParsedDate back = kohi::parseJapaneseDate(text);
    KOHI_FUZZ_CHECK(back.result.isOk() && back.date == expected);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kohi;
    const QString input = fuzz::textOf(data, size);
    const ParsedDate parsed = parseJapaneseDate(input);
    KOHI_FUZZ_CHECK(!parsed.result.isWarning());
    KOHI_FUZZ_CHECK(validateDate(input).status == parsed.result.status);
    const auto byKind = validateByKind(u"date", input);
    KOHI_FUZZ_CHECK(byKind && byKind->normalized == parsed.result.normalized);

    // Full-width typing gives the same answer.
    const ParsedDate wide = parseJapaneseDate(toFullWidth(input));
    KOHI_FUZZ_CHECK(wide.result.status == parsed.result.status && wide.date == parsed.date);

    if (!parsed.result.isOk()) {
        KOHI_FUZZ_CHECK(!parsed.date.isValid() && !parsed.result.message.isEmpty());
        return 0;
    }
    const QDate date = parsed.date;
    KOHI_FUZZ_CHECK(date.isValid());
    KOHI_FUZZ_CHECK(parsed.result.normalized == date.toString(Qt::ISODate));
    // The stored ISO form parses back to the same day.
    checkParsesTo(parsed.result.normalized, date);
    if (date.year() >= 1000)
        checkParsesTo(formatGregorianDateKanji(date), date);

    const std::optional<JapaneseEra> era = japaneseEraOf(date);
    if (!era) {
        KOHI_FUZZ_CHECK(formatJapaneseDate(date).isEmpty());
        return 0;
    }
    KOHI_FUZZ_CHECK(era->contains(date));
    const std::optional<JapaneseEra> byLetter = japaneseEraByName(QString(era->letter));
    KOHI_FUZZ_CHECK(byLetter && byLetter->name == era->name);
    // Era years above 99 (令和100年 = 2118) are beyond what the forms take: no round trip there.
    const int eraYear = date.year() - era->firstGregorianYear + 1;
    if (eraYear <= 99) {
        checkParsesTo(formatJapaneseDate(date), date);
        checkParsesTo(formatJapaneseDateShort(date), date);
    }
    return 0;
}
