#include "core/validation/KanaName.h"

#include "ValidationTestSupport.h"

using namespace Qt::StringLiterals;
using kohi::ValidationResult;

namespace {

struct Case
{
    const char16_t* input;
    const char16_t* expected; // normalised value, or the message for errors
};

} // namespace

TEST_CASE("Kana names are normalised to full-width katakana", "[validation][kana]")
{
    const auto c = GENERATE(values<Case>({
        {u"ヤマダ\u3000タロウ", u"ヤマダ\u3000タロウ"},
        {u"ﾔﾏﾀﾞ ﾀﾛｳ", u"ヤマダ\u3000タロウ"},
        {u"ｶﾞｷﾞｸﾞｹﾞｺﾞ", u"ガギグゲゴ"},
        {u"ｻﾞｼﾞｽﾞｾﾞｿﾞﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞ", u"ザジズゼゾダヂヅデド"},
        {u"ﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞ", u"バビブベボ"},
        {u"ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ", u"パピプペポ"},
        {u"ｳﾞｧｲｵﾘﾝ", u"ヴァイオリン"},
        {u"ｷｮｳｺ", u"キョウコ"},
        {u"ｼｮｳｯﾁｬﾝ", u"ショウッチャン"},
        {u"ﾏｰｸ･ｽﾐｽ", u"マーク・スミス"},
        {u"ｦｧｨｩｪｫｬｭｮ", u"ヲァィゥェォャュョ"},
        {u"やまだ たろう", u"ヤマダ\u3000タロウ"},
        {u"ぁぃぅぇぉっゃゅょゎゔゕゖ", u"ァィゥェォッャュョヮヴヵヶ"},
        {u"がぎぐ ぱぴぷ", u"ガギグ\u3000パピプ"},
        {u"  ヤマダ \u3000\t タロウ\u3000 ", u"ヤマダ\u3000タロウ"},
        {u"ヤマダ  ハナ  コ", u"ヤマダ\u3000ハナ\u3000コ"},
        {u"カ\u3099ト\u3099", u"ガド"},  // decomposed (NFD) input
        {u"ﾊ\u309A", u"パ"},             // half-width base + combining mark
        {u"か゛は゜", u"ガパ"},          // spacing voicing marks
        {u"ヤマダﾀﾛｳ", u"ヤマダタロウ"}, // mixed widths
    }));
    const QString input = QString::fromUtf16(c.input);
    CAPTURE(input);
    const ValidationResult r = kohi::validateKanaName(input);
    CHECK(r.message.isEmpty());
    CHECK(r.status == ValidationResult::Status::Ok);
    CHECK(r.normalized == QString::fromUtf16(c.expected));
}

TEST_CASE("Kana names reject other characters, naming the first one as typed", "[validation][kana]")
{
    const auto c = GENERATE(values<Case>({
        {u"", u"カナ氏名が入力されていません。"},
        {u" \u3000\t", u"カナ氏名が入力されていません。"},
        {u"山田 タロウ",
         u"カナ氏名に使用できない文字「山」が含まれています。カタカナで入力してください。"},
        {u"ヤマダ Taro",
         u"カナ氏名に使用できない文字「T」が含まれています。カタカナで入力してください。"},
        {u"ヤマダ１",
         u"カナ氏名に使用できない文字「１」が含まれています。カタカナで入力してください。"},
        {u"ヤマダ2",
         u"カナ氏名に使用できない文字「2」が含まれています。カタカナで入力してください。"},
        {u"ﾔﾏﾀﾞ-ﾀﾛｳ",
         u"カナ氏名に使用できない文字「-」が含まれています。カタカナで入力してください。"},
        {u"ﾔﾏﾀﾞ｡",
         u"カナ氏名に使用できない文字「｡」が含まれています。カタカナで入力してください。"},
        {u"ﾞヤマダ",
         u"カナ氏名に使用できない文字「ﾞ」が含まれています。カタカナで入力してください。"},
        {u"ﾏﾞ", u"カナ氏名に使用できない文字「ﾞ」が含まれています。カタカナで入力してください。"},
        {u"ﾀ ﾞ", u"カナ氏名に使用できない文字「ﾞ」が含まれています。カタカナで入力してください。"},
        {u"ﾜﾞ", u"カナ氏名に使用できない文字「ﾞ」が含まれています。カタカナで入力してください。"},
        {u"ヽヤ",
         u"カナ氏名に使用できない文字「ヽ」が含まれています。カタカナで入力してください。"},
        {u"ヤ\u200Bマ", u"カナ氏名に使用できない見えない文字（U+"
                        u"200B）が含まれています。カタカナで入力してください。"},
        {u"𠮷ダ",
         u"カナ氏名に使用できない文字「𠮷」が含まれています。カタカナで入力してください。"},
    }));
    const QString input = QString::fromUtf16(c.input);
    CAPTURE(input);
    const ValidationResult r = kohi::validateKanaName(input);
    CHECK(r.status == ValidationResult::Status::Error);
    CHECK(r.message == QString::fromUtf16(c.expected));
}

TEST_CASE("normalizeKana keeps unknown characters for matching", "[validation][kana]")
{
    CHECK(kohi::normalizeKana(u"ﾔﾏﾀﾞ 太郎") == u"ヤマダ\u3000太郎"_s);
    CHECK(kohi::normalizeKana(u"やまだ") == kohi::normalizeKana(u"ﾔﾏﾀﾞ"));
    CHECK(kohi::normalizeKana(u"") == QString());
}
