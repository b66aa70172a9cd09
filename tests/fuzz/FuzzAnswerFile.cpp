// The 住基ネット answer file (REFERENCE §6): parseAnswerFile from raw bytes to validated rows.
#include "core/import/JukiAnswerFile.h"
#include "core/import/KanaMatchKey.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// Independent of core: weights 6,5,4,3,2,7,6,5,4,3,2; remainder 0 or 1 gives 0.
bool myNumberCheckDigitOk(const QString& twelve)
{
    static constexpr int weights[11] = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += (twelve.at(i).unicode() - u'0') * weights[i];
    const int check = sum % 11 <= 1 ? 0 : 11 - sum % 11;
    return twelve.at(11).unicode() - u'0' == check;
}

// Twelve ASCII digits in a row: what a My Number (or 住民票コード + 1) would look like.
bool holdsTwelveDigits(const QString& text)
{
    static const QRegularExpression twelve(u"[0-9]{12}"_s);
    return twelve.match(text).hasMatch();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kohi::juki;
    const QByteArray bytes = kohi::fuzz::bytesOf(data, size);
    const QByteArray expectedHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    const AnswerFile file = parseAnswerFile(bytes, QDate(2026, 12, 1));

    KOHI_FUZZ_CHECK(file.sha256 == expectedHash);
    KOHI_FUZZ_CHECK(!holdsTwelveDigits(file.error));
    if (!file.ok) {
        KOHI_FUZZ_CHECK(!file.error.isEmpty() && file.rows.isEmpty());
        KOHI_FUZZ_CHECK(file.errorLine >= 0 && file.errorLine <= file.physicalLines);
        return 0;
    }
    KOHI_FUZZ_CHECK(file.error.isEmpty() && !file.rows.isEmpty());
    KOHI_FUZZ_CHECK(file.rows.size() <= MaxAnswerRows);

    static const QRegularExpression inquiryPattern(u"^[A-Za-z0-9-]{1,32}$"_s);
    QSet<QString> validInquiries;
    int lastLine = 1; // the header
    for (const AnswerRow& row : file.rows) {
        KOHI_FUZZ_CHECK(row.line > lastLine && row.line <= file.physicalLines);
        lastLine = row.line;
        KOHI_FUZZ_CHECK(!holdsTwelveDigits(row.problem));
        if (!row.valid()) {
            KOHI_FUZZ_CHECK(row.myNumber.isEmpty() && !row.problem.isEmpty());
            continue;
        }
        KOHI_FUZZ_CHECK(row.problem.isEmpty());
        KOHI_FUZZ_CHECK(inquiryPattern.match(row.inquiryNo).hasMatch());
        // One inquiry is never answered by two valid rows.
        KOHI_FUZZ_CHECK(!validInquiries.contains(row.inquiryNo));
        validInquiries.insert(row.inquiryNo);
        if (row.result != ResultCode::Found) {
            KOHI_FUZZ_CHECK(row.myNumber.isEmpty());
            continue;
        }
        const QString number = row.myNumber.toDisplayString();
        KOHI_FUZZ_CHECK(number.size() == 12 && kohi::fuzz::allAsciiDigits(number));
        KOHI_FUZZ_CHECK(myNumberCheckDigitOk(number));
        KOHI_FUZZ_CHECK(!row.kanaKey.isEmpty() && row.kanaKey == kanaMatchKey(row.kana));
        KOHI_FUZZ_CHECK(row.birthDate.isValid() && row.birthDate <= QDate(2026, 12, 1));
        KOHI_FUZZ_CHECK(row.sex == 1 || row.sex == 2);
    }
    return 0;
}
