#include "core/import/TextFileDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace kohi::juki {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kohi::juki::TextFileDecoder", text);
}

int lineOfOffset(const QByteArray& bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// Offset of the first byte where strict UTF-8 decoding fails, or -1 when all is valid.
qsizetype firstInvalidUtf8(const QByteArray& bytes, qsizetype from)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values beyond U+10FFFF are not UTF-8.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

// CP932 validity by its byte structure (lead 0x81–0x9F/0xE0–0xFC followed by 0x40–0x7E/0x80–0xFC;
// single bytes 0x00–0x7F and half-width kana 0xA1–0xDF), then the decoder for unmapped pairs.
qsizetype firstInvalidCp932(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        if (c < 0x80 || (c >= 0xA1 && c <= 0xDF))
            continue;
        if ((c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xFC)) {
            if (i + 1 >= n)
                return i;
            const unsigned char t = p[i + 1];
            if (!((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFC)))
                return i;
            ++i;
            continue;
        }
        return i;
    }
    return -1;
}

// The text exactly as the bytes say: QString::fromUtf8 would also drop a second BOM after the
// first (a field starting with U+FEFF then vanished; found by tests/fuzz/FuzzCsv.cpp).
QString utf8Text(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

} // namespace

QString encodingLabel(FileEncoding encoding)
{
    switch (encoding) {
    case FileEncoding::Cp932:
        return u"CP932 (Shift_JIS)"_s;
    case FileEncoding::Utf8:
        return u"UTF-8"_s;
    case FileEncoding::Utf8Bom:
        return u"UTF-8 (BOM付き)"_s;
    }
    return {};
}

DecodedText decodeTextFile(const QByteArray& bytes)
{
    DecodedText d;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        d.encoding = FileEncoding::Utf8Bom;
        const qsizetype bad = firstInvalidUtf8(bytes, 3);
        if (bad >= 0) {
            d.errorLine = lineOfOffset(bytes, bad);
            d.error = tr("UTF-8 として読めない文字があります（%1 "
                         "行目）。ファイルが壊れていないか確認してください。")
                          .arg(d.errorLine);
            return d;
        }
        d.text = utf8Text(QByteArrayView(bytes).sliced(3));
        d.ok = true;
        return d;
    }
    if (firstInvalidUtf8(bytes, 0) < 0) {
        d.encoding = FileEncoding::Utf8;
        d.text = utf8Text(bytes);
        d.ok = true;
        return d;
    }
    d.encoding = FileEncoding::Cp932;
    qsizetype bad = firstInvalidCp932(bytes);
    if (bad < 0) {
        QStringDecoder decoder("CP932");
        if (!decoder.isValid()) {
            d.error = tr("この環境では CP932（Shift_JIS）のファイルを読めません。UTF-8 "
                         "で保存し直してください。");
            return d;
        }
        d.text = decoder.decode(bytes);
        // CP932 has no U+FFFD of its own: one in the result is a byte pair it does not map.
        const qsizetype replaced = d.text.indexOf(QChar(0xFFFD));
        if (!decoder.hasError() && replaced < 0) {
            d.ok = true;
            return d;
        }
        d.errorLine = replaced >= 0 ? int(QStringView(d.text).left(replaced).count(u'\n')) + 1 : 1;
        d.text.clear();
    } else {
        d.errorLine = lineOfOffset(bytes, bad);
    }
    d.error = tr("文字コードを判定できないか、読めない文字があります（%1 行目）。"
                 "CP932（Shift_JIS）か UTF-8 で保存されたファイルか確認してください。")
                  .arg(d.errorLine);
    return d;
}

} // namespace kohi::juki
