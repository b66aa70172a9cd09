#include "core/validation/KanaName.h"

#include <QList>
#include <iterator>
#include <string_view>

using namespace Qt::StringLiterals;

namespace kohi {

namespace {

constexpr char16_t kIdeographicSpace = u'\u3000';
constexpr char16_t kDakuten = u'゛';    // U+309B, also what ﾞ maps to
constexpr char16_t kHandakuten = u'゜'; // U+309C, also what ﾟ maps to

// U+FF61–U+FF9F in order. A table rather than NFKC: NFKC would also rewrite letters, digits and
// symbols, and could turn a character we must reject into one we accept.
constexpr char16_t kHalfWidthKana[] =
    u"。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソ"
    u"タチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜";
static_assert(std::size(kHalfWidthKana) == 0xFF9F - 0xFF61 + 2);

constexpr std::u16string_view kTakesDakuten = u"カキクケコサシスセソタチツテトハヒフヘホ";
constexpr std::u16string_view kTakesHandakuten = u"ハヒフヘホ";

// Full-width form of one UTF-16 unit: half-width kana and hiragana become katakana;
// the voicing marks (spacing ゛゜ and combining U+3099/U+309A) become the spacing marks.
char16_t toKatakana(char16_t c)
{
    if (c >= u'\uFF61' && c <= u'\uFF9F') {
        return kHalfWidthKana[c - u'\uFF61'];
    }
    if (c >= u'\u3041' && c <= u'\u3096') { // ぁ…ゖ → ァ…ヶ
        return char16_t(c + 0x60);
    }
    if (c == u'\u3099') {
        return kDakuten;
    }
    if (c == u'\u309A') {
        return kHandakuten;
    }
    return c;
}

// ガ from カ+゛ etc.; 0 when the pair does not combine.
char16_t combineVoicing(char16_t base, char16_t mark)
{
    if (mark == kDakuten) {
        if (base == u'ウ') {
            return u'ヴ';
        }
        if (kTakesDakuten.find(base) != std::u16string_view::npos) {
            return char16_t(base + 1);
        }
    } else if (mark == kHandakuten && kTakesHandakuten.find(base) != std::u16string_view::npos) {
        return char16_t(base + 2);
    }
    return 0;
}

bool isAllowedInKanaName(char16_t c)
{
    return (c >= u'\u30A1' && c <= u'\u30F6') || c == u'ー' || c == u'・' || c == kIdeographicSpace;
}

// Normalised text plus, for each of its UTF-16 units, where it came from in the source.
struct KanaConversion
{
    QString source;
    QString text;
    QList<qsizetype> origin;
};

KanaConversion convert(QStringView input)
{
    KanaConversion conv;
    // NFC only composes canonical pairs (カ + U+3099 → ガ, as macOS pastes them); it leaves
    // half-width kana alone, which the table handles.
    conv.source = input.toString().normalized(QString::NormalizationForm_C);
    bool pendingSpace = false;
    for (qsizetype i = 0; i < conv.source.size(); ++i) {
        const QChar original = conv.source.at(i);
        if (original.isSpace()) {
            pendingSpace = true; // collapse runs; written only if something follows
            continue;
        }
        if (pendingSpace && !conv.text.isEmpty()) {
            conv.text.append(QChar(kIdeographicSpace));
            conv.origin.append(i - 1);
        }
        pendingSpace = false;

        const char16_t c = toKatakana(original.unicode());
        if ((c == kDakuten || c == kHandakuten) && !conv.text.isEmpty()) {
            if (const char16_t voiced = combineVoicing(conv.text.back().unicode(), c)) {
                conv.text.back() = QChar(voiced);
                continue;
            }
        }
        conv.text.append(QChar(c));
        conv.origin.append(i);
    }
    return conv;
}

// The source character at `index` (both halves of a surrogate pair) for a message.
QString describeCharacter(QStringView text, qsizetype index)
{
    const QChar c = text.at(index);
    if (c.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate()) {
        return u"文字「%1」"_s.arg(text.mid(index, 2));
    }
    if (!c.isPrint() || c.isMark()) {
        // Zero-width spaces and control codes come with pasted text; show their code instead.
        return u"見えない文字（U+%1）"_s.arg(
            QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
    }
    return u"文字「%1」"_s.arg(c);
}

} // namespace

QString normalizeKana(QStringView input)
{
    return convert(input).text;
}

ValidationResult validateKanaName(QStringView input)
{
    const KanaConversion conv = convert(input);
    if (conv.text.isEmpty()) {
        return ValidationResult::error(u"カナ氏名が入力されていません。"_s);
    }
    for (qsizetype i = 0; i < conv.text.size(); ++i) {
        if (!isAllowedInKanaName(conv.text.at(i).unicode())) {
            return ValidationResult::error(
                u"カナ氏名に使用できない%1が含まれています。カタカナで入力してください。"_s.arg(
                    describeCharacter(conv.source, conv.origin.at(i))));
        }
    }
    return ValidationResult::ok(conv.text);
}

} // namespace kohi
