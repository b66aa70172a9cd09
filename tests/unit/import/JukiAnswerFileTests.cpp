#include "core/crypto/Wipe.h"
#include "core/import/CsvRecordReader.h"
#include "core/import/JukiAnswerFile.h"
#include "core/import/KanaMatchKey.h"
#include "tests/support/JukiFileBuilder.h"

#include <QStringDecoder>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::juki::AnswerFile;
using kohi::juki::FileEncoding;
using kohi::juki::parseAnswerFile;
using kohi::juki::ResultCode;
using kohi::test::JukiFileBuilder;
using kohi::test::syntheticMyNumber;

namespace {

const QDate kToday(2026, 12, 3);

QString numberOf(const kohi::juki::AnswerRow& row)
{
    return QString::fromLatin1(reinterpret_cast<const char*>(row.myNumber.data()),
                               qsizetype(row.myNumber.size()));
}

// One file with every case of the issue: CP932-only characters, half-width kana, a quoted comma
// and a quoted line break, result codes 10 and 20, a wrong check digit, wrong column counts.
JukiFileBuilder everyCase(JukiFileBuilder::Encoding encoding, bool crlf)
{
    JukiFileBuilder b;
    b.encoding = encoding;
    b.crlf = crlf;
    const QString n1 = syntheticMyNumber(12345678901);
    b.row(u"Q-0001"_s, u"00"_s, n1, u"髙橋　一郎"_s, u"ﾀｶﾊｼ ｲﾁﾛｳ"_s, u"19700505"_s, u"1"_s,
          u"大阪府池田市①丁目～2"_s); // line 2
    b.row(u"Q-0002"_s, u"00"_s, syntheticMyNumber(31415926535), u"山﨑　花子"_s,
          u"ヤマザキ　ハナコ"_s, u"19800101"_s, u"2"_s, u"大阪府吹田市1-2, 3号室"_s); // line 3
    b.row(u"Q-0003"_s, u"00"_s, syntheticMyNumber(14142135623), u"田中　次郎"_s,
          u"タナカ　ジロウ"_s, u"19900202"_s, u"1"_s, u"大阪府豊中市\n別棟"_s); // lines 4–5
    b.row(u"Q-0004"_s, u"10"_s, QString(), QString(), QString(), QString(), QString(), QString(),
          QString()); // line 6
    b.row(u"Q-0005"_s, u"20"_s, QString(), QString(), QString(), QString(), QString(), QString(),
          QString()); // line 7
    b.row(u"Q-0006"_s, u"00"_s, kohi::test::wrongCheckDigit(n1), u"佐藤　三郎"_s,
          u"サトウ　サブロウ"_s, u"19700101"_s, u"1"_s, u"大阪府"_s); // line 8
    b.raw({u"Q-0007"_s, u"00"_s, n1});                                // line 9
    b.raw({u"Q-0008"_s, u"00"_s, n1, u"a"_s, u"ア"_s, u"19700101"_s, u"1"_s, u"x"_s, u"1"_s,
           u"extra"_s}); // line 10
    b.row(u"Q-0009"_s, u"00"_s, syntheticMyNumber(27182818284), u"鈴木　四郎"_s,
          u"スズキ　シロウ"_s, u"19991399"_s, u"1"_s, u"大阪府"_s); // line 11
    b.row(u"Q-0010"_s, u"00"_s, syntheticMyNumber(11111111111), u"鈴木　五郎"_s,
          u"スズキ　ゴロウ"_s, u"19990101"_s, u"3"_s, u"大阪府"_s); // line 12
    b.row(u"Q-0011"_s, u"30"_s, QString(), QString(), QString(), QString(), QString(), QString(),
          QString()); // line 13
    return b;
}

} // namespace

TEST_CASE("Answer files: every row validated, line numbers physical, in every encoding",
          "[import][juki]")
{
    const auto [encoding, expected, crlf] =
        GENERATE(std::make_tuple(JukiFileBuilder::Encoding::Cp932, FileEncoding::Cp932, true),
                 std::make_tuple(JukiFileBuilder::Encoding::Cp932, FileEncoding::Cp932, false),
                 std::make_tuple(JukiFileBuilder::Encoding::Utf8, FileEncoding::Utf8, true),
                 std::make_tuple(JukiFileBuilder::Encoding::Utf8Bom, FileEncoding::Utf8Bom, false));
    const AnswerFile f = parseAnswerFile(everyCase(encoding, crlf).bytes(), kToday);
    INFO(f.error.toStdString());
    REQUIRE(f.ok);
    CHECK(f.encoding == expected);
    REQUIRE(f.rows.size() == 11);

    const auto& r1 = f.rows[0];
    CHECK(r1.line == 2);
    CHECK(r1.valid());
    CHECK(r1.name == u"髙橋　一郎"_s);              // CP932-only 髙 decoded
    CHECK(r1.address == u"大阪府池田市①丁目～2"_s); // ① and FULLWIDTH TILDE (0x8160 → U+FF5E)
    CHECK(r1.kanaKey == u"タカハシイチロウ"_s);     // half-width, spaces removed
    CHECK(r1.birthDate == QDate(1970, 5, 5));
    CHECK(r1.sex == 1);
    CHECK(numberOf(r1) == syntheticMyNumber(12345678901));

    CHECK(f.rows[1].line == 3);
    CHECK(f.rows[1].name == u"山﨑　花子"_s);
    CHECK(f.rows[1].address == u"大阪府吹田市1-2, 3号室"_s); // quoted comma
    CHECK(f.rows[1].valid());

    CHECK(f.rows[2].line == 4);
    CHECK(f.rows[2].address == u"大阪府豊中市\n別棟"_s); // quoted line break
    CHECK(f.rows[2].valid());

    CHECK(f.rows[3].line == 6); // after the two-line record
    CHECK(f.rows[3].result == ResultCode::NotFound);
    CHECK(f.rows[3].valid());
    CHECK(f.rows[3].myNumber.isEmpty());
    CHECK(f.rows[4].line == 7);
    CHECK(f.rows[4].result == ResultCode::Several);
    CHECK(f.rows[4].valid());

    CHECK(f.rows[5].problemCode == u"check_digit"_s);
    CHECK(f.rows[5].myNumber.isEmpty());
    CHECK_FALSE(f.rows[5].problem.contains(syntheticMyNumber(12345678901).left(11)));
    CHECK(f.rows[6].problemCode == u"columns"_s);
    CHECK(f.rows[6].line == 9);
    CHECK(f.rows[6].inquiryNo == u"Q-0007"_s);
    CHECK(f.rows[7].problemCode == u"columns"_s);
    CHECK(f.rows[8].problemCode == u"birth_date"_s);
    CHECK(f.rows[9].problemCode == u"sex"_s);
    CHECK(f.rows[10].problemCode == u"result"_s);
    CHECK(f.rows[10].line == 13);
    CHECK(f.validRows() == 5);
}

TEST_CASE("Answer files: the bytes of a CP932 file are the ones the terminal writes",
          "[import][juki]")
{
    // 髙 = FB FC, 﨑 = FA B1, ① = 87 40, ～ = 81 60 (DESIGN: Qt 6.4's CP932 decoder).
    QByteArray bytes = JukiFileBuilder::encode(
        kohi::juki::answerFileHeader().join(u',') + u"\r\n"_s, JukiFileBuilder::Encoding::Cp932);
    bytes +=
        "Q1,00," + syntheticMyNumber(12345678901).toLatin1() +
        ",\xFB\xFC\x8B\xB4,\xC0\xB6\xCA\xBC,19700505,1,\x87\x40\xFA\xB1\x81\x60,12345678901\r\n";
    const AnswerFile f = parseAnswerFile(bytes, kToday);
    INFO(f.error.toStdString());
    REQUIRE(f.ok);
    CHECK(f.encoding == FileEncoding::Cp932);
    REQUIRE(f.rows.size() == 1);
    CHECK(f.rows[0].name == u"髙橋"_s);
    CHECK(f.rows[0].kanaKey == u"タカハシ"_s); // half-width ﾀｶﾊｼ
    CHECK(f.rows[0].address == u"①﨑～"_s);
    CHECK(f.rows[0].valid());
}

TEST_CASE("Answer files: a broken file is refused as a whole, with the line", "[import][juki]")
{
    const QByteArray header = JukiFileBuilder::encode(
        kohi::juki::answerFileHeader().join(u',') + u"\r\n"_s, JukiFileBuilder::Encoding::Cp932);
    const QByteArray good = "Q1,10,,,,,,,\r\n";

    SECTION("invalid bytes (a lone CP932 lead byte, then an unmapped pair)")
    {
        const AnswerFile f = parseAnswerFile(header + good + "Q2,10,,\x81\x20,,,,,\r\n", kToday);
        CHECK_FALSE(f.ok);
        CHECK(f.errorLine == 3);
        CHECK(f.rows.isEmpty());
        CHECK(f.error.contains(u"3 行目"_s));
    }
    SECTION("a byte pair CP932 does not map (0x85 0x40)")
    {
        const AnswerFile f =
            parseAnswerFile(header + good + good + "Q2,10,,\x85\x40,,,,,\r\n", kToday);
        CHECK_FALSE(f.ok);
        CHECK(f.errorLine == 4);
    }
    SECTION("invalid bytes in a file with a BOM")
    {
        const QByteArray utf8 = JukiFileBuilder::encode(kohi::juki::answerFileHeader().join(u',') +
                                                            u"\nQ1,10,,,,,,,\n"_s,
                                                        JukiFileBuilder::Encoding::Utf8Bom);
        const AnswerFile f = parseAnswerFile(utf8 + "Q2,10,,\xC3\x28,,,,,\n", kToday);
        CHECK_FALSE(f.ok);
        CHECK(f.encoding == FileEncoding::Utf8Bom);
        CHECK(f.errorLine == 3);
    }
    SECTION("a quote that never closes")
    {
        const AnswerFile f =
            parseAnswerFile(header + good + good + "Q3,10,,\"abc,,,,,\r\n", kToday);
        CHECK_FALSE(f.ok);
        CHECK(f.errorLine == 4);
        CHECK(f.error.contains(u"引用符"_s));
    }
    SECTION("no header")
    {
        const AnswerFile f = parseAnswerFile(good + good, kToday);
        CHECK_FALSE(f.ok);
        CHECK(f.errorLine == 1);
    }
    SECTION("a header only")
    {
        CHECK_FALSE(parseAnswerFile(header, kToday).ok);
    }
    SECTION("empty")
    {
        CHECK_FALSE(parseAnswerFile(QByteArray(), kToday).ok);
    }
}

TEST_CASE("Answer files: quoting errors and duplicate inquiries reject rows, not the file",
          "[import][juki]")
{
    JukiFileBuilder b;
    b.encoding = JukiFileBuilder::Encoding::Utf8;
    const QString n = syntheticMyNumber(12345678901);
    b.row(u"D1"_s, u"00"_s, n, u"甲"_s, u"コウ"_s, u"19700101"_s, u"1"_s, u"x"_s);
    b.row(u"D1"_s, u"00"_s, syntheticMyNumber(31415926535), u"乙"_s, u"オツ"_s, u"19700101"_s,
          u"1"_s, u"x"_s);
    b.row(u"E1"_s, u"10"_s, n, QString(), QString(), QString(), QString(), QString());
    QByteArray bytes = b.bytes();
    bytes += "E2,10,,ab\"c,,,,,\r\nE3,10,,\"ab\"c,,,,,\r\n";
    const AnswerFile f = parseAnswerFile(bytes, kToday);
    REQUIRE(f.ok);
    REQUIRE(f.rows.size() == 5);
    CHECK(f.rows[0].problemCode == u"duplicate_inquiry"_s);
    CHECK(f.rows[1].problemCode == u"duplicate_inquiry"_s);
    CHECK(f.rows[0].myNumber.isEmpty());
    CHECK(f.rows[2].problemCode == u"number_unexpected"_s);
    CHECK(f.rows[3].problemCode == u"quoting"_s);
    CHECK(f.rows[3].line == 5);
    CHECK(f.rows[4].problemCode == u"quoting"_s);
}

TEST_CASE("Answer files: the 住民票コード is never in a parsed row", "[import][juki][security]")
{
    JukiFileBuilder b;
    b.row(u"R1"_s, u"00"_s, syntheticMyNumber(12345678901), u"髙橋　一郎"_s,
          u"タカハシ　イチロウ"_s, u"19700505"_s, u"1"_s, u"大阪府"_s, u"55544433322"_s);
    const AnswerFile f = parseAnswerFile(b.bytes(), kToday);
    REQUIRE(f.ok);
    REQUIRE(f.rows.size() == 1);
    const auto& r = f.rows[0];
    for (const QString& s : {r.inquiryNo, r.name, r.kana, r.kanaKey, r.address, r.problem})
        CHECK_FALSE(s.contains(u"55544433322"_s));
}

TEST_CASE("Kana match keys: NFKC, half-width to full-width, spaces ignored", "[import][juki]")
{
    CHECK(kohi::juki::kanaMatchKey(u"ﾔﾏﾀﾞ ﾀﾛｳ") == u"ヤマダタロウ"_s);
    CHECK(kohi::juki::kanaMatchKey(u"ヤマダ　タロウ") == u"ヤマダタロウ"_s);
    CHECK(kohi::juki::kanaMatchKey(u"やまだ たろう") == u"ヤマダタロウ"_s);
    CHECK(kohi::juki::kanaMatchKey(u"ｻﾄｳ ｰ") == u"サトウー"_s);
    CHECK(kohi::juki::kanaMatchKey(u"ﾊﾟﾊﾟ") == u"パパ"_s);
}

TEST_CASE("A kana match key is its own key, also when a removed space joined a combining mark",
          "[import][juki]")
{
    // Regression (tests/fuzz/FuzzKana.cpp): o-circumflex, a form feed, then U+0300 gave a key
    // that was not composed, so the key of the key differed.
    const QString key = kohi::juki::kanaMatchKey(u"\u00F4\u000C\u0300");
    CHECK(key == u"\u1ED3"_s);
    CHECK(kohi::juki::kanaMatchKey(key) == key);
    // Kana keep their voicing as before.
    CHECK(kohi::juki::kanaMatchKey(u"ｶ ﾞ") == u"カ゛"_s);
    CHECK(kohi::juki::kanaMatchKey(u"カ\u3099") == u"ガ"_s);
}

TEST_CASE("RFC 4180 records keep doubled quotes and count lines", "[import][csv]")
{
    kohi::juki::CsvRecordReader reader(u"a,\"b\"\"c\",\"d\r\ne\"\r\n\r\nf\n"_s);
    kohi::juki::CsvRecord r;
    REQUIRE(reader.next(&r));
    CHECK(r.line == 1);
    CHECK(r.fields == QStringList{u"a"_s, u"b\"c"_s, u"d\r\ne"_s});
    REQUIRE(reader.next(&r));
    CHECK(r.line == 4);
    CHECK(r.fields == QStringList{u"f"_s});
    CHECK_FALSE(reader.next(&r));
    CHECK(reader.unterminatedQuoteLine() == 0);
}

TEST_CASE("UTF-8 text is decoded byte for byte, a second BOM included", "[import][juki]")
{
    // Regression (tests/fuzz/FuzzCsv.cpp): QString::fromUtf8 dropped a BOM right after the
    // file's own, so a CSV whose first field starts with U+FEFF lost that character.
    const auto withBom = kohi::juki::decodeTextFile(QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                               "a,b\r\n"));
    REQUIRE(withBom.ok);
    CHECK(withBom.encoding == FileEncoding::Utf8Bom);
    CHECK(withBom.text == u"\uFEFFa,b\r\n"_s);
    // The answer file's header is then not the header: refused rather than silently repaired.
    JukiFileBuilder b;
    b.row(u"Q-0001"_s, u"10"_s, QString(), QString(), QString(), QString(), QString(), QString(),
          QString());
    const AnswerFile file =
        parseAnswerFile("\xEF\xBB\xBF\xEF\xBB\xBF" + b.text().toUtf8(), QDate(2026, 12, 1));
    CHECK_FALSE(file.ok);
    CHECK(file.errorLine == 1);
    CHECK(parseAnswerFile("\xEF\xBB\xBF" + b.text().toUtf8(), QDate(2026, 12, 1)).ok);
}
