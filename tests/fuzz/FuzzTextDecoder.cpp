// The answer file's encoding detection (REFERENCE §6): UTF-8 with or without BOM, else CP932.
#include "core/import/TextFileDecoder.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QStringDecoder>

namespace {

// Independent of core's byte scanner: Qt's decoder replaces every ill-formed sequence (overlong,
// surrogate, beyond U+10FFFF, truncated) with U+FFFD, so only valid UTF-8 survives a round trip.
// ConvertInitialBom: a leading BOM is text here, not something to drop.
bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && text.toUtf8() == bytes;
}

int physicalLines(const QByteArray& bytes)
{
    return int(bytes.count('\n')) + 1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kohi::juki;
    const QByteArray bytes = kohi::fuzz::bytesOf(data, size);
    const DecodedText decoded = decodeTextFile(bytes);
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");

    if (bom) {
        KOHI_FUZZ_CHECK(decoded.encoding == FileEncoding::Utf8Bom);
        KOHI_FUZZ_CHECK(decoded.ok == isValidUtf8(bytes.mid(3)));
    } else if (isValidUtf8(bytes)) {
        KOHI_FUZZ_CHECK(decoded.ok && decoded.encoding == FileEncoding::Utf8);
    } else {
        KOHI_FUZZ_CHECK(decoded.encoding == FileEncoding::Cp932);
    }

    if (decoded.ok) {
        KOHI_FUZZ_CHECK(decoded.error.isEmpty() && decoded.errorLine == 0);
        if (decoded.encoding != FileEncoding::Cp932) {
            // UTF-8 text comes back byte for byte.
            KOHI_FUZZ_CHECK(decoded.text.toUtf8() == (bom ? bytes.mid(3) : bytes));
        } else {
            // CP932 has no unmapped pair in an accepted file, and keeps every line.
            KOHI_FUZZ_CHECK(!decoded.text.contains(QChar(0xFFFD)));
            KOHI_FUZZ_CHECK(decoded.text.count(u'\n') == bytes.count('\n'));
        }
    } else {
        KOHI_FUZZ_CHECK(!decoded.error.isEmpty() && decoded.text.isEmpty());
        KOHI_FUZZ_CHECK(decoded.errorLine >= 1 && decoded.errorLine <= physicalLines(bytes));
    }
    KOHI_FUZZ_CHECK(!encodingLabel(decoded.encoding).isEmpty());
    return 0;
}
